import { Module } from '@nestjs/common';
import { CommandSideModule } from '../command-side/command-side.module';
import { ProgrammeReportController } from './programme-report.controller';
import { ProgrammeReportResolver } from './programme-report.resolver';
import { ProgrammeReports } from './programme-reports.service';

/**
 * Programme reports for VNG (docs/reports.md): downloads in CSV, Excel and PDF, and the
 * `programmeReportPreview` query, all built from the events up to a position. The event store
 * and configuration are global; the clock comes from the command side.
 */
@Module({
  imports: [CommandSideModule],
  controllers: [ProgrammeReportController],
  providers: [ProgrammeReports, ProgrammeReportResolver],
})
export class ReportsModule {}
