import { START, type EventStore, type GlobalPosition } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import { startCommandSide, type CommandSideTestApp } from '../command-side/testing/command-side-test-app';
import { PROJECTION_ENGINE } from '../projections/projections.module';
import { DemoSeeder, type DemoSeedReport } from './demo-seeder';

/** A Wednesday in the fourth quarter: the year of logs spans four ended quarters, all closed. */
const NOW = new Date('2026-11-18T10:00:00Z');

/** Streams per kind and events in the whole store, read back in global order. */
async function storeContents(store: EventStore): Promise<{ streams: Record<string, number>; events: number }> {
  const names = new Set<string>();
  let events = 0;
  for (let after: GlobalPosition = START; ;) {
    const page = await store.readAll({ after, maxCount: 2000 });
    if (page.length === 0) break;
    for (const event of page) names.add(event.streamName);
    events += page.length;
    after = (page[page.length - 1] as { position: GlobalPosition }).position;
  }
  const streams: Record<string, number> = {};
  for (const name of names) {
    const kind = name.replace(/-[0-9a-f]{8}-[0-9a-f-]{27}$|-JZ\d{2}$|-\d{4}-q\d$/, '');
    streams[kind] = (streams[kind] ?? 0) + 1;
  }
  return { streams, events };
}

describe('seeding the full demo programme into the embedded store', () => {
  let app: CommandSideTestApp;
  let seeder: DemoSeeder;
  let first: DemoSeedReport;

  beforeAll(async () => {
    app = await startCommandSide(NOW);
    seeder = app.moduleRef.get(DemoSeeder);
    first = await seeder.seed({ progress: 'none' });
    // The time is the performance record of the demo on PGlite in memory (read by people, not asserted).
    console.info(`full demo programme: ${first.commands} commands in ${(first.durationMs / 1000).toFixed(1)} s`);
  }, 300_000);
  afterAll(async () => { await app?.close(); });

  it('is accepted command by command: the demo obeys every domain rule', () => {
    expect(first.refused).toEqual([]);
    expect(first).toMatchObject({ applied: first.commands, alreadyPresent: 0, stopped: false, today: '2026-11-18' });
  });

  it('lets the projectors it paused catch up afterwards', async () => {
    const engine = app.moduleRef.get<ProjectionEngine>(PROJECTION_ENGINE);
    expect(await engine.waitForPosition(await app.store.headPosition(), 60_000)).toBe(true);
  }, 90_000);

  it('yields the expected streams per kind and one event per command', async () => {
    const { counts, streams } = first.programme;
    const contents = await storeContents(app.store);
    expect(contents.events).toBe(counts.events);
    expect(contents.streams).toEqual({
      region: 42,
      developer: 8,
      ambassador: counts.regionalAmbassadors + 4,
      circle: counts.circles,
      learning: counts.learnings,
      'reporting-period': counts.closedPeriods,
    });
    expect(contents.streams).toEqual(streams);
    expect(counts.closedPeriods).toBe(4);
    expect(counts.lateCorrections).toBeGreaterThanOrEqual(2);
  });

  it('marks the corrections after VNG closed the quarter as late', async () => {
    const late = first.programme.commands.filter((c) => c.phase === 'late-corrections');
    expect(late.length).toBeGreaterThan(0);
    for (const command of late) {
      const events = await app.stream(command.stream);
      const corrected = events.find((e) => e.metadata['idempotencyKey'] === command.context.idempotencyKey);
      expect(corrected).toMatchObject({ type: 'WeeklyWorkCorrected', data: { late: true } });
    }
  });

  it('appends nothing when run again', async () => {
    const head = await app.store.headPosition();
    const again = await seeder.seed({ progress: 'none' });
    expect(again).toMatchObject({ applied: 0, alreadyPresent: first.commands, refused: [] });
    expect(await app.store.headPosition()).toBe(head);
  });
});

describe('seeding a store that already holds part of the demo', () => {
  let app: CommandSideTestApp;
  let seeder: DemoSeeder;
  const scale = 0.1;

  beforeAll(async () => {
    app = await startCommandSide(NOW);
    seeder = app.moduleRef.get(DemoSeeder);
  }, 60_000);
  afterAll(async () => { await app?.close(); });

  it('sends only what is missing', async () => {
    const programme = await seeder.programme({ scale });
    // As if an earlier run stopped part-way: the first 40 % went through the bus.
    const done = programme.commands.slice(0, Math.floor(programme.commands.length * 0.4));
    for (const command of done) await app.send(command.make());

    const report = await seeder.seed({ scale, progress: 'none' });
    expect(report.refused).toEqual([]);
    expect(report).toMatchObject({ applied: programme.commands.length - done.length, alreadyPresent: done.length });
    expect((await storeContents(app.store)).events).toBe(programme.counts.events);
  }, 120_000);

  it('is answered by the command side without appending when every command is sent again', async () => {
    const head = await app.store.headPosition();
    const report = await seeder.seed({ scale, progress: 'none', resendStored: true });
    expect(report.refused).toEqual([]);
    expect(report).toMatchObject({ applied: 0, alreadyPresent: report.commands });
    expect(await app.store.headPosition()).toBe(head);
  }, 120_000);

  it('rebuilds the first run\'s programme on a later day, so a rerun still appends nothing', async () => {
    const head = await app.store.headPosition();
    app.clock.current = new Date(NOW.getTime() + 9 * 86_400_000);
    const report = await seeder.seed({ scale, progress: 'none' });
    expect(report).toMatchObject({ today: '2026-11-18', applied: 0, refused: [] });
    expect(await app.store.headPosition()).toBe(head);
  }, 120_000);
});
