import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { ReportingPeriodCommand } from './commands';
import { decide } from './decide';
import type { ReportingPeriodEvent } from './events';
import { evolve } from './evolve';
import { reportingPeriodStreamName } from './quarter';
import type { ReportingPeriodState } from './state';
import { initialReportingPeriodState } from './state';

export type * from './commands';
export type * from './events';
export type { ReportingPeriodState } from './state';
export { initialReportingPeriodState } from './state';
export { ReportingPeriodRule } from './rules';
export type { ReportingPeriodRuleName } from './rules';
export type { QuarterParts, ReportingPeriodId } from './quarter';
export {
  firstDayOfQuarter, lastCountingDayOfQuarter, lastDayOfQuarter, parseReportingPeriodId, quarterOfDate,
  quarterOfWeek, quarterParts, reportingPeriodStreamName, requireReportingPeriodId, weeksOfQuarter,
} from './quarter';

export const decider: Decider<ReportingPeriodState, ReportingPeriodCommand, ReportingPeriodEvent> = {
  initialState: initialReportingPeriodState,
  decide,
  evolve,
};

/** `reporting-period-2024-q2` for `2024-Q2`. */
export const streamName = reportingPeriodStreamName;

/** All ReportingPeriod events are at version 1. */
export const eventSchema: EventSchema = { versions: {}, upcasters: [] };
