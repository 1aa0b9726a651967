import { randomUUID } from 'node:crypto';
import type { EventStore } from '@leerkring/event-store';
import type { ProgrammeReport } from './programme-report.types';

/**
 * The audit record of an export (who exported what, when, built at which position). Appended to
 * its own stream per month by the API and the CLI before the file goes out; the report itself
 * skips these events, so an export never changes the next report.
 */
export const REPORT_EXPORTED = 'ReportExported';

export type ReportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ReportExportedData {
  readonly format: ReportFormat;
  /** `2024-Q2`, `2024` or `2024-03-01_2024-05-31`. */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Empty for all regions. */
  readonly regionIds: readonly string[];
  /** The position the report was built at. */
  readonly position: string;
  /** Whether the caller asked for that position (a reproduction) or got the latest. */
  readonly positionRequested: boolean;
  readonly fileName: string;
  /** `api` or `cli`. */
  readonly channel: 'api' | 'cli';
  readonly exportedAt: string;
}

/** `audit-report-exports-2026-11`: one stream per month keeps streams short. */
export const reportExportStream = (exportedAt: Date): string => `audit-report-exports-${exportedAt.toISOString().slice(0, 7)}`;

/** Who exports: the actor and role of the principal (API) or the operator (CLI). */
export interface ReportExporter {
  readonly actorId: string;
  readonly role: string;
}

/**
 * Records an export before the file goes out: no audit, no file. The event id is fresh (every
 * export is its own act); the metadata follows the command side's names (actorId, actorRole,
 * occurredAt, correlationId) so an audit reader reads it like any other event.
 */
export async function recordReportExport(
  store: EventStore,
  input: {
    readonly report: Pick<ProgrammeReport, 'period' | 'position' | 'allRegions' | 'regions'>;
    readonly format: ReportFormat;
    readonly fileName: string;
    readonly positionRequested: boolean;
    readonly exporter: ReportExporter;
    readonly channel: ReportExportedData['channel'];
    readonly now: Date;
  },
): Promise<string> {
  const { report, exporter, now } = input;
  const data: ReportExportedData = {
    format: input.format,
    period: report.period.label,
    from: report.period.from,
    to: report.period.to,
    regionIds: report.allRegions ? [] : report.regions.map((r) => r.regionId),
    position: report.position,
    positionRequested: input.positionRequested,
    fileName: input.fileName,
    channel: input.channel,
    exportedAt: now.toISOString(),
  };
  const correlationId = randomUUID();
  const { position } = await store.append(reportExportStream(now), [{
    id: randomUUID(),
    type: REPORT_EXPORTED,
    data,
    metadata: {
      actorId: exporter.actorId, actorRole: exporter.role, correlationId, causationId: correlationId,
      commandType: 'ExportProgrammeReport', schemaVersion: 1, occurredAt: now.toISOString(),
    },
  }]);
  return position;
}
