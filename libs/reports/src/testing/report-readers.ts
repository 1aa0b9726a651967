import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import type { Response } from 'superagent';

/**
 * Opens the report files with readers that share no code with the writers (jszip + csv-parse,
 * exceljs' reader, pdf-parse), and states the figures a region's row must show, written out
 * from the figures here rather than taken from the writers' table definitions.
 */

/** A supertest parser that keeps the body as bytes: `.buffer(true).parse(binaryBody)`. */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

export interface CsvZip {
  readonly files: string[];
  /** The raw bytes of each file (to check the BOM and line ends). */
  readonly bytes: Record<string, Buffer>;
  /** Rows by header, per file. */
  readonly tables: Record<string, Array<Record<string, string>>>;
}

export async function readCsvZip(buffer: Buffer): Promise<CsvZip> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files).sort();
  const bytes: Record<string, Buffer> = {};
  const tables: Record<string, Array<Record<string, string>>> = {};
  for (const name of files) {
    const file = zip.file(name);
    if (!file) continue;
    bytes[name] = await file.async('nodebuffer');
    tables[name] = parse(bytes[name], { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
  }
  return { files, bytes, tables };
}

/** `24,5` → 24.5; empty → null. */
export const csvNumber = (text: string | undefined): number | null =>
  text === undefined || text === '' ? null : Number(text.replace(',', '.'));

export async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The rows of a sheet below its header, as objects by header. */
export function sheetRows(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Array<Record<string, ExcelJS.CellValue>> = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value])));
  });
  return rows;
}

export async function readPdf(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** The figures of one region (or the totals) as the report model and the GraphQL preview both carry them. */
export interface RegionFiguresLike {
  readonly activeCircles: number;
  readonly sessions: number;
  readonly participants: number;
  readonly ambassadorHours: {
    readonly ambassadors: number;
    readonly logged: number;
    readonly commitment: number;
    readonly weeksLogged: number;
    readonly weeksExpected: number;
  };
  readonly learningsCaptured: number;
  readonly adoptedFromOthers: number;
  readonly adoptedByOthers: number;
  readonly promoted: number;
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The indicator columns of a region's row, by their Dutch header; shares as percentages with one decimal. */
export function indicatorCells(f: RegionFiguresLike): Record<string, number | null> {
  const h = f.ambassadorHours;
  return {
    'Actieve cirkels': f.activeCircles,
    Bijeenkomsten: f.sessions,
    Deelnemers: f.participants,
    Ambassadeurs: h.ambassadors,
    'Uren gelogd': h.logged,
    'Uren toegezegd': h.commitment,
    'Uren t.o.v. toezegging (%)': percent(h.logged, h.commitment),
    'Weken gelogd': h.weeksLogged,
    'Weken verwacht': h.weeksExpected,
    'Weken gelogd (%)': percent(h.weeksLogged, h.weeksExpected),
    'Lessen vastgelegd': f.learningsCaptured,
    'Overgenomen van andere regio\'s': f.adoptedFromOthers,
    'Door andere regio\'s overgenomen': f.adoptedByOthers,
    'Landelijk uitgelicht': f.promoted,
  };
}

/** `1234.5` as the PDF writes it: `1.234,5`. */
export function dutch(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
}
