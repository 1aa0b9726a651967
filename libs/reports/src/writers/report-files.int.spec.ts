import type ExcelJS from 'exceljs';
import { openEmbeddedEventStore, type EventStore } from '@leerkring/event-store';
import { buildProgrammeReport } from '../model/build-programme-report';
import type { ProgrammeReport } from '../model/programme-report.types';
import { parseReportRequest } from '../period/report-request';
import { csvNumber, dutch, indicatorCells, readCsvZip, readPdf, readXlsx, sheetRows } from '../testing/report-readers';
import { WEST_BRABANT_WEST, appendStory, reportStory } from '../testing/report-story.fixtures';
import { renderReportToBuffer, reportFileName } from './render-report';

const TABLE_FILES = [
  'bijeenkomsten-per-vorm.csv', 'deelnemers-per-sector.csv', 'late-correcties.csv', 'overnames.csv', 'rapport.csv', 'regios.csv',
  'trends-per-maand.csv',
];

/** Each format opened by an independent reader and checked against the report's figures and the hand count. */
describe('the report files', () => {
  let store: EventStore;
  let report: ProgrammeReport;

  beforeAll(async () => {
    store = await openEmbeddedEventStore();
    await appendStory(store, reportStory().events);
    report = await buildProgrammeReport(store, parseReportRequest({ period: '2024-Q2' }));
  });
  afterAll(async () => { await store?.close(); });

  it('names the files in Dutch after the period and the selected regions', () => {
    expect(reportFileName(report, 'pdf')).toBe('leerkring-programmarapportage-2024-Q2.pdf');
    expect(reportFileName({ ...report, allRegions: false, regions: report.regions.slice(0, 2) }, 'csv'))
      .toBe('leerkring-programmarapportage-2024-Q2-JZ08-JZ36.csv.zip');
  });

  it('CSV: one file per table, UTF-8 with BOM, semicolons and decimal commas, with the position and period', async () => {
    const csv = await readCsvZip(await renderReportToBuffer(report, 'csv'));
    expect(csv.files).toEqual(TABLE_FILES);
    for (const name of csv.files) {
      expect([...(csv.bytes[name] as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect((csv.bytes[name] as Buffer).toString('utf8')).toContain('\r\n');
    }
    const about = Object.fromEntries((csv.tables['rapport.csv'] ?? []).map((row) => [row['Gegeven'], row['Waarde']]));
    expect(about).toMatchObject({ Positie: report.position, Periodecode: '2024-Q2', Van: '2024-04-01', 'Tot en met': '2024-06-30' });

    const rows = csv.tables['regios.csv'] ?? [];
    expect(rows.map((row) => row['Regio'])).toEqual(['JZ08', 'JZ36', 'JZ38', 'Totaal', 'Landelijk']);
    for (const [i, region] of report.regions.entries()) {
      const row = rows[i] ?? {};
      expect(row['Naam']).toBe(region.name);
      expect(Object.fromEntries(Object.keys(indicatorCells(region)).map((header) => [header, csvNumber(row[header])])))
        .toEqual(indicatorCells(region));
    }
    // Counted by hand: West-Brabant West logged 24,5 of 104 hours; 7 of 29 weeks in all.
    expect(rows[1]).toMatchObject({ 'Uren gelogd': '24,5', 'Uren toegezegd': '104', 'Uren t.o.v. toezegging (%)': '23,6' });
    expect(rows[3]).toMatchObject({ Bijeenkomsten: '5', Deelnemers: '6', 'Weken gelogd': '7', 'Weken verwacht': '29' });
    expect(csv.tables['deelnemers-per-sector.csv']?.[3]).toMatchObject({ Regio: 'Totaal', Gemeente: '2', Cliënt: '1', Totaal: '6' });
    expect(csv.tables['trends-per-maand.csv']?.map((m) => [m['Maand'], m['Bijeenkomsten'], m['Uren gelogd']]))
      .toEqual([['2024-04', '3', '28,5'], ['2024-05', '1', '10'], ['2024-06', '1', '0']]);
    expect(csv.tables['late-correcties.csv']?.map((c) => [c['Week'], c['Uren voor'], c['Uren na'], c['Verschil']]))
      .toEqual([['2024-W16', '8', '9,5', '1,5']]);
  });

  it('Excel: one sheet per table, typed numbers and dates, frozen headers, set column widths', async () => {
    const workbook = await readXlsx(await renderReportToBuffer(report, 'xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Over dit rapport', 'Indicatoren per regio', 'Bijeenkomsten per vorm', 'Deelnemers per sector', 'Trends per maand',
      'Overnames tussen regio\'s', 'Late correcties',
    ]);
    const regions = workbook.getWorksheet('Indicatoren per regio') as ExcelJS.Worksheet;
    expect(regions.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(regions.getColumn(2).width).toBe(30);
    const rows = sheetRows(regions);
    for (const [i, region] of report.regions.entries()) {
      const expected = indicatorCells(region);
      const row = rows[i] ?? {};
      for (const [header, value] of Object.entries(expected)) {
        // Shares are stored as fractions with a percentage format.
        const cell = row[header];
        if (header.endsWith('(%)')) expect(value === null ? cell : Math.round((cell as number) * 1000) / 10).toBe(value);
        else expect(cell).toBe(value);
      }
    }
    expect(regions.getRow(3).getCell(7)).toMatchObject({ value: 24.5, numFmt: '#,##0.00' });
    expect(regions.getRow(5).getCell(1).value).toBe('Totaal');

    const adoptions = workbook.getWorksheet('Overnames tussen regio\'s') as ExcelJS.Worksheet;
    expect(adoptions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const first = adoptions.getRow(2).getCell(1);
    expect(first.value).toEqual(new Date('2024-04-20T00:00:00Z'));
    expect(first.numFmt).toBe('dd-mm-yyyy');
    const months = sheetRows(workbook.getWorksheet('Trends per maand') as ExcelJS.Worksheet);
    expect(months.map((m) => [m['Maand'], m['Uren gelogd']])).toEqual([
      [new Date('2024-04-01T00:00:00Z'), 28.5], [new Date('2024-05-01T00:00:00Z'), 10], [new Date('2024-06-01T00:00:00Z'), 0],
    ]);
  });

  it('PDF: A4 with a cover, contents, tables and charts, Dutch numbers and dates', async () => {
    const bytes = await renderReportToBuffer(report, 'pdf');
    // Portrait and landscape A4 pages (pdfkit writes page dictionaries uncompressed).
    const boxes = new Set(bytes.toString('latin1').match(/\/MediaBox \[[^\]]+\]/g));
    expect([...boxes].sort()).toEqual(['/MediaBox [0 0 595.28 841.89]', '/MediaBox [0 0 841.89 595.28]']);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    const text = pdf.text;
    expect(text).toContain('Programmarapportage');
    expect(text).toContain('Periode: 1 april 2024 tot en met 30 juni 2024');
    expect(text).toContain(`Positie: ${report.position}`);
    expect(text).toMatch(/Inhoud\nLandelijke totalen 3\nTrends per maand 4\nIndicatoren per regio 5/);
    expect(text).toContain('Bijeenkomsten per maand');
    expect(text).toContain('Lessen vastgelegd, overgenomen en uitgelicht per maand');
    for (const region of report.regions) {
      const f = indicatorCells(region);
      const line = `${region.regionId} ${region.name} ${[f['Actieve cirkels'], f['Bijeenkomsten'], f['Deelnemers'], f['Ambassadeurs'],
        f['Uren gelogd'], f['Uren toegezegd']].map((n) => dutch(n as number)).join(' ')} ${dutch(f['Uren t.o.v. toezegging (%)'] as number)}%`;
      expect(text).toContain(line);
    }
    expect(text).toContain(`${WEST_BRABANT_WEST} Regio West-Brabant West 1 2 2 1 24,5 104 23,6%`);
    expect(text).toContain('Uren gelogd / toegezegd 38,5 / 204 (18,9%)');
    expect(text).toContain('20 april 2024 Uitstroom uit 24-uurszorg');
    expect(text).toContain('2024-W16 2024-Q2 8 9,5 1,5');
  });

  it('writes four-digit numbers with a thousands dot in the PDF', async () => {
    const big = { ...report, totals: { ...report.totals, sessions: 12345 } };
    const pdf = await readPdf(await renderReportToBuffer(big, 'pdf'));
    expect(pdf.text).toContain('12.345\nbijeenkomsten');
  });
});
