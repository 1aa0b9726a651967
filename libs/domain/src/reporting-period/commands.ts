import type { Message } from '../shared/decider';

/** Closing is the creating command: the stream holds no events while the quarter is open. */
export type CloseReportingPeriod = Message<'CloseReportingPeriod', { reportingPeriodId: string }>;

export type ReportingPeriodCommand = CloseReportingPeriod;
