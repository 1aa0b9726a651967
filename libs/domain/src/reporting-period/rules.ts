/** Stable rule names of the ReportingPeriod aggregate. */
export const ReportingPeriodRule = {
  idFormat: 'reporting-period-id-format',
  quarterNotEnded: 'quarter-not-ended',
  alreadyClosed: 'reporting-period-already-closed',
} as const;
export type ReportingPeriodRuleName = (typeof ReportingPeriodRule)[keyof typeof ReportingPeriodRule];
