export { overviewProjector, OVERVIEW_SCHEMA } from './overview.projector';
export { OVERVIEW_ENTITIES, OverviewPartEntity } from './overview.entities';
export { OverviewQueries, foldOverview } from './overview.queries';
export {
  NATIONAL_SLICE, OVERVIEW_EVENT_TYPES, OverviewFold, foldOverviewEvent, initialOverviewState,
} from './overview-state';
export type {
  AdoptionFacts, AmbassadorFacts, CircleFacts, LateCorrectionFacts, LearningFacts, OverviewSlice, OverviewState,
} from './overview-state';
export { summarizeOverview } from './overview-summary';
export type * from './overview-summary.types';
