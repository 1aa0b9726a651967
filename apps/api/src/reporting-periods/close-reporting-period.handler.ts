import { CommandHandler } from '@nestjs/cqrs';
import { ReportingPeriod } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';
import { CloseReportingPeriodCommand } from './close-reporting-period.command';

/** The stream name is built from the quarter, so a malformed id is refused before any read. */
const ReportingPeriodCommandHandler = commandHandlerFor(
  ReportingPeriod,
  (data: { readonly reportingPeriodId: string }) =>
    ReportingPeriod.requireReportingPeriodId('reportingPeriodId', data.reportingPeriodId),
);

@CommandHandler(CloseReportingPeriodCommand)
export class CloseReportingPeriodHandler extends ReportingPeriodCommandHandler<CloseReportingPeriodCommand> {
  protected toDomainCommand({ data }: CloseReportingPeriodCommand): ReportingPeriod.CloseReportingPeriod {
    return { type: 'CloseReportingPeriod', data };
  }
}
