export { weeklyLogsProjector, WEEKLY_LOGS_SCHEMA } from './weekly-logs.projector';
export { WEEKLY_LOG_ENTITIES, WeeklyLogCorrectionEntity, WeeklyLogEntity } from './weekly-log.entities';
export { WeeklyLogQueries } from './weekly-log.queries';
export type { HoursFilter, RegionQuarterHours } from './weekly-log.queries';
