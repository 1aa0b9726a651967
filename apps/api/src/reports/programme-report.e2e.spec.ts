import request from 'supertest';
import type ExcelJS from 'exceljs';
import type { RecordedEvent } from '@leerkring/event-store';
import { REPORT_EXPORTED, reportExportStream } from '@leerkring/reports';
import {
  binaryBody, csvNumber, indicatorCells, readCsvZip, readPdf, readXlsx, sheetRows, dutch, type RegionFiguresLike,
} from '../../../../libs/reports/src/testing/report-readers';
import { appendStory, reportStory } from '../../../../libs/reports/src/testing/report-story.fixtures';
import type { Principal } from '../command-side/command-context';
import { ontwikkelaar, regioAmbassadeur, vng } from '../command-side/testing/principals';
import { headersOf, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';

const NOW = new Date('2024-07-12T10:00:00Z');

const FIGURES = `activeCircles sessions sessionsByFormat { format count } participants participantsBySector { sector count }
  ambassadorHours { ambassadors logged commitment weeksLogged weeksExpected } learningsCaptured adoptedFromOthers adoptedByOthers promoted`;
const PREVIEW = `query($period: String, $from: String, $to: String, $regions: [String!], $position: String) {
  programmeReportPreview(period: $period, from: $from, to: $to, regions: $regions, position: $position) {
    position asOfDate weeksCounted allRegions period { kind label from to }
    regions { regionId name ${FIGURES} }
    totals { regions ${FIGURES} nationalAmbassadorHours { ambassadors logged commitment weeksLogged weeksExpected } }
    months { month sessions learningsCaptured adoptions promoted hoursLogged }
    adoptions { adoptedOn learningId title originRegionId originRegionName adoptingRegionId adoptingRegionName }
    lateCorrections { regionId regionName week reportingPeriodId previousHours hours correctedOn whatChanged }
    closedPeriods { reportingPeriodId closedOn }
  } }`;

type Region = RegionFiguresLike & { regionId: string; name: string; sessionsByFormat: Array<{ format: string; count: number }> };
interface Preview {
  readonly position: string;
  readonly regions: Region[];
  readonly totals: RegionFiguresLike & { regions: number; nationalAmbassadorHours: unknown };
  readonly months: Array<Record<string, unknown>>;
  readonly adoptions: Array<Record<string, unknown>>;
  readonly lateCorrections: Array<Record<string, unknown>>;
}


/** The report over HTTP: the preview (GraphQL) and the downloads (REST) for the hand-counted story. */
describe('programme reports over HTTP', () => {
  let t: GraphqlTestApp;
  let later: ReturnType<typeof reportStory>['later'];
  let downloads = 0;

  async function preview(variables: Record<string, unknown>, as: Principal = vng) {
    return t.query<{ programmeReportPreview: Preview }>(PREVIEW, variables, as);
  }
  async function figures(variables: Record<string, unknown>): Promise<Preview> {
    const res = await preview(variables);
    expect(res.errors).toBeUndefined();
    return res.data!.programmeReportPreview;
  }
  async function download(path: string, as?: Principal) {
    const res = await request(t.app.getHttpServer()).get(path).set(as ? await headersOf(as) : {}).buffer(true).parse(binaryBody);
    if (res.status === 200) downloads += 1;
    const body = res.body as Buffer;
    return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as Record<string, unknown> };
  }

  beforeAll(async () => {
    t = await startGraphqlApp({ now: NOW });
    const story = reportStory();
    later = story.later;
    await appendStory(t.store, story.events);
  });
  afterAll(async () => { await t?.close(); });

  it('previews the hand-counted figures of the quarter as JSON', async () => {
    const q2 = await figures({ period: '2024-Q2' });
    expect(q2.totals).toMatchObject({
      regions: 3, activeCircles: 3, sessions: 5, participants: 6, learningsCaptured: 2, adoptedFromOthers: 2, promoted: 1,
      ambassadorHours: { ambassadors: 3, logged: 38.5, commitment: 204, weeksLogged: 7, weeksExpected: 29 },
      nationalAmbassadorHours: { logged: 28, commitment: 208 },
    });
    expect(q2.regions.map((r) => [r.regionId, r.sessions, r.sessionsByFormat.filter((f) => f.count > 0)])).toEqual([
      ['JZ08', 3, [{ format: 'CASUSBESPREKING', count: 1 }, { format: 'OMDENKSESSIE', count: 2 }]],
      ['JZ36', 2, [{ format: 'PLENAIR', count: 1 }, { format: 'ACTIEGROEP', count: 1 }]],
      ['JZ38', 0, []],
    ]);
    expect(q2.months.map((m) => m['hoursLogged'])).toEqual([28.5, 10, 0]);
    expect(q2.adoptions.map((a) => [a['adoptedOn'], a['originRegionId'], a['adoptingRegionId']]))
      .toEqual([['2024-04-20', 'JZ08', 'JZ36'], ['2024-06-12', 'JZ36', 'JZ08']]);
    expect(q2.lateCorrections).toEqual([expect.objectContaining({ week: '2024-W16', previousHours: 8, hours: 9.5, regionId: 'JZ36' })]);
  });

  it('streams CSV, Excel and PDF with the figures of the preview', async () => {
    const q2 = await figures({ period: '2024-Q2' });
    const rowsOf = [...q2.regions, { regionId: 'Totaal', ...q2.totals }];

    const csv = await download('/reports/programme.csv.zip?period=2024-Q2', vng);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('application/zip');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="leerkring-programmarapportage-2024-Q2.csv.zip"');
    expect(csv.headers['x-leerkring-position']).toBe(q2.position);
    const regionRows = (await readCsvZip(csv.body)).tables['regios.csv'] ?? [];
    for (const [i, expected] of rowsOf.entries()) {
      const row = regionRows[i] ?? {};
      expect(row['Regio']).toBe(expected.regionId);
      const cells = indicatorCells(expected);
      expect(Object.fromEntries(Object.keys(cells).map((header) => [header, csvNumber(row[header])]))).toEqual(cells);
    }

    const xlsx = await download('/reports/programme.xlsx?period=2024-Q2', vng);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="leerkring-programmarapportage-2024-Q2.xlsx"');
    const sheet = (await readXlsx(xlsx.body)).getWorksheet('Indicatoren per regio') as ExcelJS.Worksheet;
    const sheetFigures = sheetRows(sheet);
    for (const [i, expected] of rowsOf.entries()) {
      const row = sheetFigures[i] ?? {};
      expect(row['Regio']).toBe(expected.regionId);
      for (const [header, value] of Object.entries(indicatorCells(expected))) {
        const cell = row[header] as number | null;
        expect(header.endsWith('(%)') && cell !== null ? Math.round(cell * 1000) / 10 : cell).toBe(value);
      }
    }

    const pdf = await download('/reports/programme.pdf?period=2024-Q2', vng);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="leerkring-programmarapportage-2024-Q2.pdf"');
    const { text } = await readPdf(pdf.body);
    expect(text).toContain(`Positie: ${q2.position}`);
    for (const region of q2.regions) {
      const f = indicatorCells(region);
      expect(text).toContain(`${region.regionId} ${region.name} ${f['Actieve cirkels']} ${f['Bijeenkomsten']} ${f['Deelnemers']} `
        + `${f['Ambassadeurs']} ${dutch(f['Uren gelogd'] as number)} ${dutch(f['Uren toegezegd'] as number)}`);
    }
  });

  it('reports on selected regions and on a range of days, for a beheerder too', async () => {
    const res = await download('/reports/programme.csv.zip?from=2024-04-01&to=2024-04-14&regions=JZ36&regions=JZ38', { actorId: 'b-1', role: 'beheerder' });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="leerkring-programmarapportage-2024-04-01_2024-04-14-JZ36-JZ38.csv.zip"');
    const rows = (await readCsvZip(res.body)).tables['regios.csv'] ?? [];
    // Weeks 14-15: West-Brabant West 8 + 7 hours, Zeeland 4; sessions on 2 and 10 April (only the latter in JZ36).
    expect(rows.map((r) => [r['Regio'], r['Bijeenkomsten'], r['Uren gelogd'], r['Uren toegezegd']])).toEqual([
      ['JZ36', '1', '15', '16'], ['JZ38', '0', '4', '8'], ['Totaal', '1', '19', '24'],
    ]);
  });

  it('refuses without a token (401), to other roles (403) and bad parameters (400), in Dutch', async () => {
    const anonymous = await download('/reports/programme.pdf?period=2024-Q2');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });

    const ambassador = await download('/reports/programme.xlsx?period=2024-Q2', regioAmbassadeur('a-1', 'JZ36'));
    expect(ambassador.status).toBe(403);
    expect(ambassador.json()).toMatchObject({ code: 'FORBIDDEN', rule: 'role-not-allowed', message: expect.stringContaining('VNG') });
    const forbidden = await preview({ period: '2024-Q2' }, ontwikkelaar('o-1', 'JZ36'));
    expect(forbidden.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);

    const cases: Array<[string, string, string]> = [
      ['', 'period', 'period-missing'],
      ['period=2024-Q7', 'period', 'period-format'],
      ['period=2024&from=2024-01-01', 'period', 'period-ambiguous'],
      ['from=2024-04-31&to=2024-05-01', 'from', 'date-invalid'],
      ['from=2024-05-01&to=2024-04-01', 'to', 'period-reversed'],
      ['period=2024&period=2025', 'period', 'parameter-repeated'],
      ['period=2024&regions=Zeeland', 'regions', 'region-id-format'],
      ['period=2024&regions=JZ99', 'regions', 'region-unknown'],
      ['period=2024&position=nu', 'position', 'position-format'],
      [`period=2024&position=${'f'.repeat(16)}-${'f'.repeat(16)}-${'f'.repeat(16)}`, 'position', 'position-beyond-head'],
    ];
    for (const [query, field, rule] of cases) {
      const res = await download(`/reports/programme.csv.zip?${query}`, vng);
      expect([query, res.status, res.json()]).toEqual([query, 400, expect.objectContaining({ code: 'BAD_USER_INPUT', field, rule })]);
      expect(res.json()['message']).toContain(field);
    }
    const graphql = await preview({ period: '2024-Q2', regions: ['JZ99'] });
    expect(graphql.errors?.map((e) => [e.extensions.code, e.extensions['field'], e.extensions['rule']]))
      .toEqual([['BAD_USER_INPUT', 'regions', 'region-unknown']]);
  });

  it('records every export: who, what, at which position; refusals and HEAD record nothing', async () => {
    const head = await request(t.app.getHttpServer()).head('/reports/programme.pdf?period=2024-Q2').set(await headersOf(vng));
    expect([head.status, head.headers['content-disposition']]).toEqual([200, 'attachment; filename="leerkring-programmarapportage-2024-Q2.pdf"']);
    const audit: RecordedEvent[] = await t.stream(reportExportStream(NOW));
    expect(audit).toHaveLength(downloads);
    expect(audit.every((e) => e.type === REPORT_EXPORTED)).toBe(true);
    const [first] = audit;
    expect(first?.metadata).toMatchObject({ actorId: vng.actorId, actorRole: 'vng', commandType: 'ExportProgrammeReport' });
    expect(first?.data).toMatchObject({
      format: 'csv', period: '2024-Q2', from: '2024-04-01', to: '2024-06-30', regionIds: [], positionRequested: false,
      fileName: 'leerkring-programmarapportage-2024-Q2.csv.zip', channel: 'api', exportedAt: NOW.toISOString(),
    });
    expect(audit.map((e) => (e.data as { format: string }).format)).toEqual(['csv', 'xlsx', 'pdf', 'csv']);
  });

  it('answers the same figures and the same CSV bytes at a position after new events arrived', async () => {
    const before = await figures({ period: '2024-Q2' });
    const csvBefore = await download(`/reports/programme.csv.zip?period=2024-Q2&position=${before.position}`, vng);
    await appendStory(t.store, later());

    expect(await figures({ period: '2024-Q2', position: before.position })).toEqual(before);
    const csvAgain = await download(`/reports/programme.csv.zip?period=2024-Q2&position=${before.position}`, vng);
    expect(csvAgain.body.equals(csvBefore.body)).toBe(true);
    const latest = await figures({ period: '2024-Q2' });
    expect(latest.position > before.position).toBe(true);
    expect(latest.totals.sessions).toBe(6);
    const audit = await t.stream(reportExportStream(NOW));
    expect(audit.at(-1)?.data).toMatchObject({ position: before.position, positionRequested: true });
  });
});
