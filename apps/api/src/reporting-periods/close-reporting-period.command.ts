import type { ReportingPeriod } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** closeReportingPeriod: VNG closes a quarter; its weeks then take only flagged corrections. */
export class CloseReportingPeriodCommand extends AggregateCommand<ReportingPeriod.CloseReportingPeriod['data']> {}
