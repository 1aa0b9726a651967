import { openServerEventStore, type EventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../event-store/src/testing/test-database';
import { parseReportRequest } from '../period/report-request';
import { appendStory, reportStory } from '../testing/report-story.fixtures';
import { csvZipBuffer } from '../writers/csv-zip.writer';
import { buildProgrammeReport } from './build-programme-report';

/** The report on a PostgreSQL server: the same hand count, and the same bytes at a position after more writes. */
describe('buildProgrammeReport on PostgreSQL', () => {
  let database: TestDatabase;
  let store: EventStore;
  let later: ReturnType<typeof reportStory>['later'];

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await openServerEventStore(database.url);
    const story = reportStory();
    later = story.later;
    await appendStory(store, story.events);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('counts the quarter as counted by hand and reproduces it at its position', async () => {
    const q2 = (position?: string) => buildProgrammeReport(store, parseReportRequest({ period: '2024-Q2', position }));
    const before = await q2();
    expect(before.totals).toMatchObject({
      regions: 3, activeCircles: 3, sessions: 5, participants: 6, learningsCaptured: 2, adoptedFromOthers: 2, promoted: 1,
      ambassadorHours: { logged: 38.5, commitment: 204, weeksLogged: 7, weeksExpected: 29 },
    });
    const bytes = await csvZipBuffer(before);

    // More work arrives, some of it from writers running at the same time.
    await Promise.all([appendStory(store, later()), store.append('audit-report-exports-2024-07', [{ type: 'ReportExported', data: {} }])]);

    const again = await q2(before.position);
    expect(again).toEqual(before);
    expect((await csvZipBuffer(again)).equals(bytes)).toBe(true);
    expect((await q2()).totals.sessions).toBe(6);
  });
});
