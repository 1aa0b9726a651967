export { learningsProjector, LEARNINGS_SCHEMA } from './learnings.projector';
export {
  LEARNING_ENTITIES, LearningAdoptionEntity, LearningEndorsementEntity, LearningEntity, LearningRevisionEntity,
} from './learning.entities';
export { LearningQueries } from './learning.queries';
export type { LearningDiffusion, LearningSearch } from './learning.views';
