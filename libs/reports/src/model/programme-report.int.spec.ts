import { isDomainError } from '@leerkring/domain';
import { openEmbeddedEventStore, type EventStore } from '@leerkring/event-store';
import { parseReportRequest, type RawReportRequest } from '../period/report-request';
import { FLEVOLAND, WEST_BRABANT_WEST, ZEELAND, appendStory, reportStory, uitstroom, wachtlijst } from '../testing/report-story.fixtures';
import { csvZipBuffer } from '../writers/csv-zip.writer';
import { buildProgrammeReport } from './build-programme-report';
import type { HoursFigures, ProgrammeReport } from './programme-report.types';
import { REPORT_EXPORTED } from './report-exported.event';

const hours = (ambassadors: number, logged: number, commitment: number, weeksLogged: number, weeksExpected: number): HoursFigures =>
  ({ ambassadors, logged, commitment, weeksLogged, weeksExpected });
const formats = (plenair: number, actiegroep: number, casusbespreking: number, fasterclass: number, omdenksessie: number) => [
  { format: 'plenair', count: plenair }, { format: 'actiegroep', count: actiegroep },
  { format: 'casusbespreking', count: casusbespreking }, { format: 'fasterclass', count: fasterclass },
  { format: 'omdenksessie', count: omdenksessie },
];
/** Only the sectors named; every other sector is 0. */
const sectors = (counts: Record<string, number>) => [
  'jeugdhulp', 'gemeente', 'onderwijs', 'ggz', 'ggd', 'politie', 'welzijn', 'jeugdbescherming', 'client', 'wetenschap',
  'huisarts', 'overig',
].map((sector) => ({ sector, count: counts[sector] ?? 0 }));

async function refusal(work: Promise<unknown>): Promise<{ field?: string; rule: string }> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  if (!isDomainError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { field: error.field, rule: error.rule };
}

/** The report built from a real embedded store against the story counted by hand in `report-story.fixtures.ts`. */
describe('buildProgrammeReport', () => {
  let store: EventStore;
  let later: () => ReturnType<typeof reportStory>['events'];
  let position: string;
  const q2 = (extra: RawReportRequest = {}) => buildProgrammeReport(store, parseReportRequest({ period: '2024-Q2', ...extra }));

  beforeAll(async () => {
    store = await openEmbeddedEventStore();
    const story = reportStory();
    later = story.later;
    position = await appendStory(store, story.events);
  });
  afterAll(async () => { await store?.close(); });

  it('counts the second quarter per region as counted by hand', async () => {
    const report = await q2();
    expect(report).toMatchObject({
      position, allRegions: true, weeksCounted: 13,
      period: { kind: 'quarter', label: '2024-Q2', from: '2024-04-01', to: '2024-06-30' },
      closedPeriods: [{ reportingPeriodId: '2024-Q2', closedOn: '2024-07-03' }],
    });
    expect(report.regions).toEqual([
      {
        regionId: FLEVOLAND, name: 'Flevoland', activeCircles: 1, sessions: 3, sessionsByFormat: formats(0, 0, 1, 0, 2),
        participants: 2, participantsBySector: sectors({ jeugdhulp: 1, client: 1 }),
        // Bram from week 18: 9 weeks at 8 hours.
        ambassadorHours: hours(1, 8, 72, 2, 9),
        learningsCaptured: 0, adoptedFromOthers: 1, adoptedByOthers: 1, promoted: 1,
      },
      {
        regionId: WEST_BRABANT_WEST, name: 'Regio West-Brabant West', activeCircles: 1, sessions: 2, sessionsByFormat: formats(1, 1, 0, 0, 0),
        participants: 2, participantsBySector: sectors({ gemeente: 2 }),
        // W14 8 + W15 7 (corrected) + W16 9,5 (late correction); W13 is Q1.
        ambassadorHours: hours(1, 24.5, 104, 3, 13),
        learningsCaptured: 1, adoptedFromOthers: 1, adoptedByOthers: 1, promoted: 0,
      },
      {
        regionId: ZEELAND, name: 'Zeeland', activeCircles: 1, sessions: 0, sessionsByFormat: formats(0, 0, 0, 0, 0),
        participants: 2, participantsBySector: sectors({ onderwijs: 1, ggz: 1 }),
        // Sanne, 4 hours, weeks 14-20 until she left.
        ambassadorHours: hours(1, 6, 28, 2, 7),
        learningsCaptured: 1, adoptedFromOthers: 0, adoptedByOthers: 0, promoted: 0,
      },
    ]);
    expect(report.totals).toEqual({
      regions: 3, activeCircles: 3, sessions: 5, sessionsByFormat: formats(1, 1, 1, 0, 2),
      participants: 6, participantsBySector: sectors({ jeugdhulp: 1, gemeente: 2, onderwijs: 1, ggz: 1, client: 1 }),
      ambassadorHours: hours(3, 38.5, 204, 7, 29), nationalAmbassadorHours: hours(1, 28, 208, 2, 13),
      learningsCaptured: 2, adoptedFromOthers: 2, adoptedByOthers: 2, promoted: 1,
    });
  });

  it('gives the trends per month, the adoptions between regions and the late corrections of the quarter', async () => {
    const report = await q2();
    expect(report.months).toEqual([
      { month: '2024-04', sessions: 3, learningsCaptured: 1, adoptions: 1, promoted: 0, hoursLogged: 28.5 },
      { month: '2024-05', sessions: 1, learningsCaptured: 0, adoptions: 0, promoted: 1, hoursLogged: 10 },
      { month: '2024-06', sessions: 1, learningsCaptured: 1, adoptions: 1, promoted: 0, hoursLogged: 0 },
    ]);
    expect(report.adoptions).toEqual([
      {
        adoptedOn: '2024-04-20', learningId: uitstroom, title: 'Uitstroom uit 24-uurszorg', originRegionId: FLEVOLAND,
        originRegionName: 'Flevoland', adoptingRegionId: WEST_BRABANT_WEST, adoptingRegionName: 'Regio West-Brabant West',
      },
      {
        adoptedOn: '2024-06-12', learningId: wachtlijst, title: 'Wachtlijst samen beheren', originRegionId: WEST_BRABANT_WEST,
        originRegionName: 'Regio West-Brabant West', adoptingRegionId: FLEVOLAND, adoptingRegionName: 'Flevoland',
      },
    ]);
    // Only W16 is a week of Q2; the late W13 correction belongs to the first quarter's report.
    expect(report.lateCorrections).toEqual([expect.objectContaining({
      regionId: WEST_BRABANT_WEST, regionName: 'Regio West-Brabant West', week: '2024-W16', reportingPeriodId: '2024-Q2',
      previousHours: 8, hours: 9.5, whatChanged: 'Uren van de regiotafel aangevuld',
    })]);
    const q1 = await buildProgrammeReport(store, parseReportRequest({ period: '2024-Q1' }));
    expect(q1.lateCorrections.map((c) => [c.week, c.previousHours, c.hours])).toEqual([['2024-W13', 7, 8.5]]);
  });

  it('reports on selected regions only, without national ambassadors', async () => {
    const report = await q2({ regions: `${FLEVOLAND}` });
    expect(report.allRegions).toBe(false);
    expect(report.regions.map((r) => r.regionId)).toEqual([FLEVOLAND]);
    expect(report.totals).toMatchObject({ regions: 1, sessions: 3, participants: 2, nationalAmbassadorHours: null });
    // Both adoptions involve Flevoland: once as origin, once as the adopting region.
    expect(report.adoptions).toHaveLength(2);
    expect(report.lateCorrections).toEqual([]);
    expect(report.months.map((m) => m.hoursLogged)).toEqual([0, 8, 0]);
  });

  it('counts a year and a range by their own days and weeks', async () => {
    const year = await buildProgrammeReport(store, parseReportRequest({ period: '2024' }));
    expect(year.totals).toMatchObject({ sessions: 8, learningsCaptured: 4, adoptedFromOthers: 3, promoted: 2 });
    expect(year.months).toHaveLength(12);
    const april = await buildProgrammeReport(store, parseReportRequest({ from: '2024-04-01', to: '2024-04-14' }));
    expect(april.period).toMatchObject({ kind: 'range', label: '2024-04-01_2024-04-14' });
    // Weeks 14 and 15 (Thursdays 4 and 11 April).
    expect(april.weeksCounted).toBe(2);
    expect(april.totals).toMatchObject({ sessions: 2, learningsCaptured: 1, ambassadorHours: hours(2, 19, 24, 3, 4) });
  });

  it('gives the same figures and the same CSV bytes at a position after new events arrived', async () => {
    const before = await q2();
    const csvBefore = await csvZipBuffer(before);
    await appendStory(store, later());
    await store.append('audit-report-exports-2024-07', [{ type: REPORT_EXPORTED, data: { format: 'csv' } }]);

    const again: ProgrammeReport = await q2({ position: before.position });
    expect(again).toEqual(before);
    expect((await csvZipBuffer(again)).equals(csvBefore)).toBe(true);

    const latest = await q2();
    expect(latest.position > before.position).toBe(true);
    expect(latest.totals.sessions).toBe(6);
    expect(latest.adoptions).toHaveLength(3);
    expect(latest.regions.find((r) => r.regionId === ZEELAND)?.name).toBe('Zeeland (Walcheren)');
    // The audit event is not part of any report: the latest report ends at the last domain event.
    expect(latest.position < (await store.headPosition())).toBe(true);
  });

  it('holds only what the first event says at its position', async () => {
    const first = (await store.readAll({ maxCount: 1 }))[0];
    const report = await q2({ position: first?.position ?? '' });
    expect(report.regions).toHaveLength(1);
    expect(report.totals).toMatchObject({ sessions: 0, activeCircles: 0, learningsCaptured: 0 });
  });

  it('refuses unknown regions and positions the store has not reached', async () => {
    expect(await refusal(q2({ regions: 'JZ08,JZ99' }))).toEqual({ field: 'regions', rule: 'region-unknown' });
    const head = await store.headPosition();
    const beyond = head.split('-').map(() => 'f'.repeat(16)).join('-');
    expect(await refusal(q2({ position: beyond }))).toEqual({ field: 'position', rule: 'position-beyond-head' });
    expect(await refusal(q2({ position: '0000000000000001' }))).toEqual({ field: 'position', rule: 'position-format' });
  });
});
