import type { Readable } from 'node:stream';
import type { EventStore } from '@leerkring/event-store';
import { buildProgrammeReport } from './model/build-programme-report';
import type { ProgrammeReport } from './model/programme-report.types';
import { recordReportExport, type ReportExportedData, type ReportExporter, type ReportFormat } from './model/report-exported.event';
import { parseReportRequest, type RawReportRequest } from './period/report-request';
import { renderReport, reportFileName } from './writers/render-report';

export interface ReportExport {
  readonly report: ProgrammeReport;
  readonly fileName: string;
  /** The file's bytes; nothing is rendered before the export is recorded. */
  readonly stream: Readable;
}

/**
 * One export, as the API and the CLI make it: check the request, build the report from the
 * events up to its position, record who exported what (the audit), then render the file.
 */
export async function exportProgrammeReport(
  store: EventStore,
  raw: RawReportRequest,
  format: ReportFormat,
  who: { readonly exporter: ReportExporter; readonly channel: ReportExportedData['channel']; readonly now: Date },
): Promise<ReportExport> {
  const request = parseReportRequest(raw);
  const report = await buildProgrammeReport(store, request);
  const fileName = reportFileName(report, format);
  await recordReportExport(store, { report, format, fileName, positionRequested: request.position !== undefined, ...who });
  return { report, fileName, stream: renderReport(report, format) };
}
