import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import JSZip from 'jszip';
import type { ProgrammeReport } from '../model/programme-report.types';
import { reportTables, type Cell, type CellKind, type ReportTable } from '../tables/report-tables';

/**
 * The report as a zip of CSV files, one per table, for Excel as Dutch offices set it up: UTF-8
 * with a byte-order mark (else Excel reads ë as Ã«), `;` between fields and a decimal comma
 * (Dutch Excel reads `,` as the decimal sign and so expects `;`), CRLF line ends. Dates stay
 * ISO (`2024-04-01`), which every spreadsheet recognises.
 *
 * Byte-reproducible: nothing in it depends on when or where it was made. The files carry the
 * report's as-of date as their modification time, and `rapport.csv` names the position and period.
 */

const DEFAULT_FILE_DATE = new Date(Date.UTC(1980, 0, 1));

export function csvCell(kind: CellKind, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return decimalComma(Math.round(value * 1000) / 10);
    case 'hours':
      return decimalComma(value);
    default:
      return String(value);
  }
}

const decimalComma = (value: number): string => String(value).replace('.', ',');

export function tableCsv(table: ReportTable): string {
  const records = [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => row.map((cell, i) => csvCell(table.columns[i]?.kind ?? 'text', cell))),
  ];
  return stringify(records, { bom: true, delimiter: ';', record_delimiter: 'windows' });
}

export function csvZip(report: ProgrammeReport): JSZip {
  const zip = new JSZip();
  const date = report.asOfDate === null ? DEFAULT_FILE_DATE : new Date(`${report.asOfDate}T00:00:00Z`);
  for (const table of reportTables(report)) {
    zip.file(`${table.key}.csv`, tableCsv(table), { date, createFolders: false });
  }
  return zip;
}

const GENERATE = {
  type: 'nodebuffer',
  compression: 'DEFLATE',
  compressionOptions: { level: 6 },
  platform: 'DOS',
} as const;

const commentOf = (report: ProgrammeReport) =>
  `Leerkring programmarapportage ${report.period.label}, positie ${report.position === '' ? '(leeg)' : report.position}`;

/** The zip as a stream, for a download (JSZip's own stream is an old-style one: piped into a current one). */
export function csvZipStream(report: ProgrammeReport): Readable {
  const out = new PassThrough();
  const zip = csvZip(report).generateNodeStream({ ...GENERATE, streamFiles: false, comment: commentOf(report) });
  zip.on('error', (error: Error) => out.destroy(error)).pipe(out);
  return out;
}

/** The zip in memory (CLI, tests). */
export function csvZipBuffer(report: ProgrammeReport): Promise<Buffer> {
  return csvZip(report).generateAsync({ ...GENERATE, comment: commentOf(report) });
}
