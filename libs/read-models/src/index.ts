import type { Projector } from '@leerkring/projections';
import { ACTIVITY_ENTITIES } from './activity/activity.entities';
import { activityProjector } from './activity/activity.projector';
import { CIRCLE_ENTITIES } from './circles/circle.entities';
import { circlesProjector } from './circles/circles.projector';
import { LEARNING_ENTITIES } from './learnings/learning.entities';
import { learningsProjector } from './learnings/learnings.projector';
import { OVERVIEW_ENTITIES } from './overview/overview.entities';
import { overviewProjector } from './overview/overview.projector';
import { PEOPLE_ENTITIES } from './people/people.entities';
import { peopleProjector } from './people/people.projector';
import { REGION_ENTITIES } from './regions/region.entities';
import { regionsProjector } from './regions/regions.projector';
import { WEEKLY_LOG_ENTITIES } from './weekly-logs/weekly-log.entities';
import { weeklyLogsProjector } from './weekly-logs/weekly-logs.projector';

export * from './regions/regions.projector';
export * from './regions/region.entities';
export * from './regions/region.queries';
export { REGIONS_SCHEMA } from './regions/region-tables';
export * from './people/people.projector';
export * from './people/people.entities';
export * from './people/people.queries';
export { PEOPLE_SCHEMA } from './people/people-tables';
export { personName, personEmail } from './people/person-data';
export * from './circles/circles.projector';
export * from './circles/circle.entities';
export * from './circles/circle.queries';
export { CIRCLES_SCHEMA } from './circles/circle-tables';
export * from './activity/activity.projector';
export * from './activity/activity.entities';
export * from './activity/activity.queries';
export { ACTIVITY_SCHEMA } from './activity/activity-tables';
export * from './shared/pagination';
export * from './learnings';
export * from './weekly-logs';
export * from './overview';

/** Every projector the API runs. */
export const readModelProjectors: readonly Projector[] = [
  regionsProjector, peopleProjector, circlesProjector, learningsProjector, weeklyLogsProjector, overviewProjector, activityProjector,
];

/** Every TypeORM entity the queries read with. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const readModelEntities: Function[] = [
  ...REGION_ENTITIES, ...PEOPLE_ENTITIES, ...CIRCLE_ENTITIES, ...LEARNING_ENTITIES, ...WEEKLY_LOG_ENTITIES,
  ...OVERVIEW_ENTITIES, ...ACTIVITY_ENTITIES,
];
