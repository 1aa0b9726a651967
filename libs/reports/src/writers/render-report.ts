import { PassThrough, type Readable } from 'node:stream';
import type { ProgrammeReport } from '../model/programme-report.types';
import type { ReportFormat } from '../model/report-exported.event';
import { csvZipStream } from './csv-zip.writer';
import { reportPdf } from './pdf/pdf.writer';
import { writeXlsx } from './xlsx.writer';

export const REPORT_FORMATS: readonly ReportFormat[] = ['csv', 'xlsx', 'pdf'];

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export const EXTENSIONS: Readonly<Record<ReportFormat, string>> = { csv: 'csv.zip', xlsx: 'xlsx', pdf: 'pdf' };

/**
 * `leerkring-programmarapportage-2024-Q2.pdf`; with selected regions their codes (up to five,
 * else their number): `leerkring-programmarapportage-2024-JZ08-JZ36.xlsx`.
 */
export function reportFileName(report: Pick<ProgrammeReport, 'period' | 'allRegions' | 'regions'>, format: ReportFormat): string {
  const codes = report.regions.map((r) => r.regionId);
  const regions = report.allRegions ? '' : codes.length <= 5 ? `-${codes.join('-')}` : `-${codes.length}-regios`;
  return `leerkring-programmarapportage-${report.period.label}${regions}.${EXTENSIONS[format]}`;
}

/**
 * The report in a format as a stream of bytes. Errors while writing surface as the stream's
 * `error` event (a download then ends short, as it must: half a file is no report).
 */
export function renderReport(report: ProgrammeReport, format: ReportFormat): Readable {
  switch (format) {
    case 'csv':
      return csvZipStream(report);
    case 'pdf':
      return reportPdf(report) as unknown as Readable;
    case 'xlsx': {
      const out = new PassThrough();
      writeXlsx(report, out).then(() => out.end(), (error: unknown) => out.destroy(error as Error));
      return out;
    }
  }
}

/** The whole file in memory (CLI, bench, tests). */
export async function renderReportToBuffer(report: ProgrammeReport, format: ReportFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of renderReport(report, format)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
