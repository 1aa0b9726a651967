import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@leerkring/event-store';
import {
  buildProgrammeReport, exportProgrammeReport, parseReportRequest, type ProgrammeReport, type RawReportRequest, type ReportExport,
  type ReportFormat,
} from '@leerkring/reports';
import { CLOCK, type Clock } from '../command-side/clock';
import type { Principal } from '../command-side/command-context';
import { readingPersonalDataSealed } from '../people-privacy/personal-data-store';

/** The programme report for the API: figures for the preview, audited files for the downloads. */
@Injectable()
export class ProgrammeReports {
  /** The report folds no personal field: it reads the events as stored (its audit event is still sealed on append). */
  private readonly store: EventStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.store = readingPersonalDataSealed(store);
  }

  /** The figures as JSON (GraphQL); not an export, so not audited. */
  preview(raw: RawReportRequest): Promise<ProgrammeReport> {
    return buildProgrammeReport(this.store, parseReportRequest(raw));
  }

  /** A file to download, recorded as `ReportExported` before a byte of it goes out. */
  export(raw: RawReportRequest, format: ReportFormat, principal: Principal): Promise<ReportExport> {
    return exportProgrammeReport(this.store, raw, format, {
      exporter: { actorId: principal.actorId, role: principal.role }, channel: 'api', now: this.clock.now(),
    });
  }
}
