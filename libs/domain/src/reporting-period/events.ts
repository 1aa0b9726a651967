import type { Message } from '../shared/decider';

/**
 * VNG closed the quarter: from now on weekly logs for its weeks are refused and corrections are
 * flagged late. The week range spares projections from recomputing which weeks count.
 */
export type ReportingPeriodClosed = Message<'ReportingPeriodClosed', {
  reportingPeriodId: string;
  year: number;
  quarter: number;
  firstWeek: string;
  lastWeek: string;
  /** ISO instant of the decision (the command's `context.now`). */
  closedAt: string;
}>;

export type ReportingPeriodEvent = ReportingPeriodClosed;
