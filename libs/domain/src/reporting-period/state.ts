/** A quarter is open until VNG closes it; there is no event for opening. */
export type ReportingPeriodState =
  | { readonly status: 'open' }
  | { readonly status: 'closed'; readonly reportingPeriodId: string; readonly closedAt: string };

export const initialReportingPeriodState = (): ReportingPeriodState => ({ status: 'open' });
