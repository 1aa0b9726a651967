import request from 'supertest';
import type ExcelJS from 'exceljs';
import { SESSION_FORMATS } from '@leerkring/domain';
import {
  binaryBody, csvNumber, indicatorCells, readCsvZip, readPdf, readXlsx, sheetRows, type RegionFiguresLike,
} from '../../../../libs/reports/src/testing/report-readers';
import { vng } from '../command-side/testing/principals';
import type { DemoCommand, DemoCommandKind } from '../demo/demo-command';
import { DemoSeeder, type DemoSeedReport } from '../demo/demo-seeder';
import { headersOf, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';

/** The demo's "today" (a Wednesday in the fourth quarter) and the year of the programme that ends on it. */
const NOW = new Date('2026-11-18T10:00:00Z');
const FROM = '2025-11-19';
const TO = '2026-11-18';

const inYear = (date: string) => date >= FROM && date <= TO;

interface Totals extends RegionFiguresLike {
  readonly regions: number;
  readonly sessionsByFormat: Array<{ format: string; count: number }>;
}

/** What the demo's commands say about the year, counted from the commands themselves (not from events). */
function countedFromCommands(report: DemoSeedReport) {
  const of = <K extends DemoCommandKind>(kind: K) => report.programme.commands.filter((c): c is DemoCommand<K> => c.kind === kind);
  const started = new Map(of('StartCircle').map((c) => [c.data.circleId, c.data.startedOn]));
  const closed = new Map(of('CloseCircle').map((c) => [c.data.circleId, c.data.closedOn]));
  const active = new Set([...started].filter(([id, on]) => on <= TO && (closed.get(id) ?? '9999') >= FROM).map(([id]) => id));
  const removed = new Set(of('RemoveParticipant').map((c) => c.data.participantId));
  const sessions = of('RecordSession').filter((c) => inYear(c.data.date));
  return {
    activeCircles: active.size,
    participants: of('AddParticipant').filter((c) => active.has(c.data.circleId) && !removed.has(c.data.participantId)).length,
    sessionsByFormat: SESSION_FORMATS.map((format) => sessions.filter((c) => c.data.format === format).length),
    adoptions: of('AdoptLearning').filter((c) => inYear(c.data.adoptedOn)).length,
  };
}


/**
 * The full demo programme (42 regions, a year of work) through the command bus, then the year's
 * report in every format. Times are printed for people (the bench measures them), not asserted:
 * the projectors catch up on the demo meanwhile and share the embedded database's one session.
 */
describe('the programme report of the full demo programme', () => {
  let t: GraphqlTestApp;
  let seeded: DemoSeedReport;
  let totals: Totals;
  let regionIds: string[];

  beforeAll(async () => {
    t = await startGraphqlApp({ now: NOW });
    seeded = await t.app.get(DemoSeeder).seed({ progress: 'none' });
    const res = await t.query<{ programmeReportPreview: { totals: Totals; regions: Array<{ regionId: string }> } }>(
      `query($from: String, $to: String) { programmeReportPreview(from: $from, to: $to) {
        regions { regionId }
        totals { regions activeCircles sessions sessionsByFormat { format count } participants learningsCaptured adoptedFromOthers
          adoptedByOthers promoted ambassadorHours { ambassadors logged commitment weeksLogged weeksExpected } } } }`,
      { from: FROM, to: TO }, vng,
    );
    expect(res.errors).toBeUndefined();
    totals = res.data!.programmeReportPreview.totals;
    regionIds = res.data!.programmeReportPreview.regions.map((r) => r.regionId);
  }, 240_000);
  afterAll(async () => { await t?.close(); });

  async function download(extension: string): Promise<Buffer> {
    const started = performance.now();
    const res = await request(t.app.getHttpServer()).get(`/reports/programme.${extension}?from=${FROM}&to=${TO}`)
      .set(await headersOf(vng)).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    const body = res.body as Buffer;
    console.info(`full demo programme, one year, ${extension}: ${Math.round(performance.now() - started)} ms, ${body.length} bytes`);
    return body;
  }

  it('counts what the demo programme did in the year', () => {
    expect(seeded.refused).toEqual([]);
    const expected = countedFromCommands(seeded);
    expect(regionIds).toHaveLength(42);
    expect(totals).toMatchObject({
      regions: 42, activeCircles: expected.activeCircles, participants: expected.participants, adoptedFromOthers: expected.adoptions,
      adoptedByOthers: expected.adoptions,
    });
    expect(totals.sessionsByFormat.map((f) => f.count)).toEqual(expected.sessionsByFormat);
    expect(totals.ambassadorHours.logged).toBeGreaterThan(0);
  });

  it('exports the year as CSV', async () => {
    const csv = await readCsvZip(await download('csv.zip'));
    const rows = csv.tables['regios.csv'] ?? [];
    expect(rows.map((r) => r['Regio'])).toEqual([...regionIds, 'Totaal', 'Landelijk']);
    const total = rows[42] ?? {};
    expect(Object.fromEntries(Object.keys(indicatorCells(totals)).map((h) => [h, csvNumber(total[h])]))).toEqual(indicatorCells(totals));
  });

  it('exports the year as Excel', async () => {
    const workbook = await readXlsx(await download('xlsx'));
    const rows = sheetRows(workbook.getWorksheet('Indicatoren per regio') as ExcelJS.Worksheet);
    expect(rows).toHaveLength(44);
    expect(rows[42]?.['Bijeenkomsten']).toBe(totals.sessions);
    expect(rows[42]?.['Uren gelogd']).toBe(totals.ambassadorHours.logged);
    expect(sheetRows(workbook.getWorksheet('Overnames tussen regio\'s') as ExcelJS.Worksheet)).toHaveLength(totals.adoptedFromOthers);
  });

  it('exports the year as PDF', async () => {
    const pdf = await readPdf(await download('pdf'));
    expect(pdf.pages).toBeGreaterThan(10);
    for (const regionId of regionIds) expect(pdf.text).toContain(`\n${regionId} `);
    expect(pdf.text).toContain('19 november 2025 tot en met 18 november 2026');
  });
});
