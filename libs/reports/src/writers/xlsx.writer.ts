import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ProgrammeReport } from '../model/programme-report.types';
import { TOTAL_LABEL, reportTables, type Cell, type CellKind, type ReportTable } from '../tables/report-tables';

/**
 * The report as an Excel workbook, one sheet per table: numbers as numbers (hours with two
 * decimals, shares as percentages), dates as dates, the header row frozen (and on the tables per
 * region the code and name columns too), an autofilter on the header and set column widths.
 */

const NUMBER_FORMATS: Readonly<Record<CellKind, string | undefined>> = {
  text: undefined,
  integer: '#,##0',
  hours: '#,##0.00',
  percent: '0.0%',
  date: 'dd-mm-yyyy',
  month: 'mmm yyyy',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };

/** A cell as Excel stores it: dates as UTC midnights (Excel has no time zones). */
export function xlsxValue(kind: CellKind, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (kind === 'month' && typeof value === 'string') return new Date(`${value}-01T00:00:00Z`);
  return value;
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

function addSheet(workbook: ExcelJS.Workbook, table: ReportTable): void {
  const perRegion = table.columns[0]?.header === 'Regio' && table.columns[1]?.header === 'Naam';
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', xSplit: perRegion ? 2 : 0, ySplit: 1 }],
    properties: { defaultRowHeight: 15 },
  });
  sheet.columns = table.columns.map((column, i) => ({
    key: `c${i}`,
    width: column.width,
    style: NUMBER_FORMATS[column.kind] === undefined ? {} : { numFmt: NUMBER_FORMATS[column.kind] as string },
  }));
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => { cell.fill = HEADER_FILL; });
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => xlsxValue(table.columns[i]?.kind ?? 'text', cell)));
  }
  if (table.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  if (perRegion) sheet.eachRow((row) => { if (row.getCell(1).value === TOTAL_LABEL) row.font = { bold: true }; });
}

/**
 * exceljs is loaded with the first workbook: it adds about 28 MB to a process, and most API
 * processes never write one.
 */
let excelJs: typeof ExcelJS | undefined;

export function reportWorkbook(report: ProgrammeReport): ExcelJS.Workbook {
  excelJs ??= require('exceljs') as typeof ExcelJS;
  const workbook = new excelJs.Workbook();
  const stamp = report.asOfDate === null ? new Date(Date.UTC(2000, 0, 1)) : new Date(`${report.asOfDate}T00:00:00Z`);
  workbook.creator = 'Leerkring';
  workbook.title = `Programmarapportage ${report.period.label}`;
  workbook.subject = `Positie ${report.position}`;
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const table of reportTables(report)) addSheet(workbook, table);
  return workbook;
}

/** Writes the workbook to a stream (a download); resolves when it is written. */
export async function writeXlsx(report: ProgrammeReport, out: Writable): Promise<void> {
  await reportWorkbook(report).xlsx.write(out);
}

export async function xlsxBuffer(report: ProgrammeReport): Promise<Buffer> {
  return Buffer.from(await reportWorkbook(report).xlsx.writeBuffer());
}
