import { openEmbeddedEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { InProcessProjectionLock } from './projection-lock';
import { ProjectionEngine } from './projection-engine';
import { ledgerProjector } from './testing/ledger-projector';

const counted = (n: number, tag = '') => Array.from({ length: n }, (_, i) => ({ type: 'Counted', data: { i, tag } }));

async function ledger(store: PostgresEventStore, schema = 'rm_ledger') {
  return store.sql.query<{ rows: number; distinct_ids: number }>(
    `SELECT count(*) AS rows, count(DISTINCT event_id) AS distinct_ids FROM ${schema}.ledger`);
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function queryIndexes(store: PostgresEventStore, schema = 'rm_ledger'): Promise<string[]> {
  const rows = await store.sql.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`, [schema]);
  return rows.map((row) => row.indexname);
}

describe('projection engine (embedded)', () => {
  let store: PostgresEventStore;
  let engine: ProjectionEngine | undefined;

  beforeEach(async () => { store = await openEmbeddedEventStore(undefined, { pollIntervalMs: 20 }); });
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
    await store.close();
  });

  const startEngine = async (...projectors: ReturnType<typeof ledgerProjector>[]) => {
    engine = new ProjectionEngine(projectors, store, store.sql, new InProcessProjectionLock(), { batchSize: 100, housekeepingMs: 50 });
    await engine.start();
    return engine;
  };

  it('catches up in batches, goes live, and reports position and lag', async () => {
    for (let s = 0; s < 10; s++) await store.append(`counter-${s}`, counted(50));
    const running = await startEngine(ledgerProjector());
    const head = await store.headPosition();
    expect(await running.waitForPosition(head, 10_000)).toBe(true);
    await until(async () => (await running.runner('ledger').status()).state === 'live');

    const live = await store.append('counter-x', counted(3));
    expect(await running.waitForPosition(live.position, 5_000)).toBe(true);
    expect(await ledger(store)).toEqual([{ rows: 503, distinct_ids: 503 }]);
    const [status] = await running.statuses();
    expect(status).toMatchObject({ name: 'ledger', state: 'live', position: live.position, lagEvents: 0, lagSeconds: 0, failure: null });
    const [checkpoint] = await running.checkpoints();
    expect(checkpoint).toMatchObject({ name: 'ledger', slot: 'live', position: live.position, eventsSeen: 503 });
  });

  it('builds from empty without its query indexes and makes them once caught up', async () => {
    await store.append('counter-a', counted(5));
    await store.append('counter-b', [{ type: 'Poison', data: {} }]);
    const poisoned = await startEngine(ledgerProjector({ poisonType: 'Poison' }));
    await until(async () => (await poisoned.runner('ledger').status()).state === 'failed');
    // Stopped behind the head: still a build from empty, so no index has been made yet.
    expect(await ledger(store)).toEqual([{ rows: 5, distinct_ids: 5 }]);
    expect(await queryIndexes(store)).toEqual([]);
    await poisoned.stop();
    engine = undefined;

    // Restarted after a fix (as after a crash): it makes them on reaching the head.
    const fixed = await startEngine(ledgerProjector());
    await until(async () => (await fixed.runner('ledger').status()).state === 'live');
    expect(await queryIndexes(store)).toEqual(['ledger_by_stream']);
    await fixed.runner('ledger').rebuild();
    expect(await queryIndexes(store)).toEqual(['ledger_by_stream']);
    expect(await ledger(store)).toEqual([{ rows: 6, distinct_ids: 6 }]);
  });

  it('answers a wait for a position it will not reach in time with false', async () => {
    const running = await startEngine(ledgerProjector());
    expect(await running.waitForPosition('ffffffffffffffff-ffffffffffffffff-ffffffffffffffff', 100)).toBe(false);
    expect(running.runner('ledger').waiting).toBe(0);
  });

  it('stops only the projector that cannot apply an event, names the event, and resumes after a fix', async () => {
    await store.append('counter-a', counted(5));
    const poisoned = await store.append('counter-b', [{ type: 'Poison', data: {} }]);
    const after = await store.append('counter-a', counted(5));
    const running = await startEngine(ledgerProjector({ poisonType: 'Poison' }), ledgerProjector({ name: 'healthy' }));

    expect(await running.waitForPosition(after.position, 5_000, ['healthy'])).toBe(true);
    await until(async () => (await running.runner('ledger').status()).state === 'failed');
    const status = await running.runner('ledger').status();
    const [poisonEvent] = await store.readStream('counter-b');
    expect(status.failure).toMatchObject({ eventId: poisonEvent!.id, eventType: 'Poison', position: poisoned.position });
    expect(status.lagEvents).toBe(6);
    // The events before the poisoned one are applied, none after it.
    expect(await ledger(store)).toEqual([{ rows: 5, distinct_ids: 5 }]);
    expect((await running.checkpoints()).find((c) => c.name === 'ledger')?.failedEventId).toBe(poisonEvent!.id);

    await running.stop();
    engine = undefined;
    const fixed = await startEngine(ledgerProjector());
    expect(await fixed.waitForPosition(after.position, 5_000)).toBe(true);
    expect(await ledger(store)).toEqual([{ rows: 11, distinct_ids: 11 }]);
    expect((await fixed.checkpoints()).find((c) => c.name === 'ledger')?.failedEventId).toBeNull();
  });

  it('rebuilds beside the live read model while events keep coming, and swaps in identical rows', async () => {
    for (let s = 0; s < 20; s++) await store.append(`counter-${s}`, counted(40));
    const running = await startEngine(ledgerProjector());
    expect(await running.waitForPosition(await store.headPosition(), 10_000)).toBe(true);
    const incremental = await store.sql.query('SELECT * FROM rm_ledger.ledger ORDER BY position');

    const writing = (async () => { for (let i = 0; i < 20; i++) await store.append('counter-late', counted(5, 'late')); })();
    await running.runner('ledger').rebuild();
    await writing;
    const head = await store.headPosition();
    expect(await running.waitForPosition(head, 10_000)).toBe(true);

    const rebuilt = await store.sql.query('SELECT * FROM rm_ledger.ledger ORDER BY position');
    expect(rebuilt).toHaveLength(900);
    expect(rebuilt.slice(0, incremental.length)).toEqual(incremental);
    expect(await ledger(store)).toEqual([{ rows: 900, distinct_ids: 900 }]);
    expect(await store.sql.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rm_ledger%' ORDER BY 1`)).toEqual([{ nspname: 'rm_ledger' }]);
    expect((await running.checkpoints()).map((c) => c.slot)).toEqual(['live']);
  });

  it('rebuilds a new version of a projector on start, and serves the old tables until then', async () => {
    await store.append('counter-a', counted(30));
    let running = await startEngine(ledgerProjector());
    expect(await running.waitForPosition(await store.headPosition(), 5_000)).toBe(true);
    await running.stop();
    engine = undefined;

    running = await startEngine(ledgerProjector({ version: 2, extraColumn: true }));
    const more = await store.append('counter-a', counted(10));
    expect(await running.waitForPosition(more.position, 10_000)).toBe(true);
    expect(await store.sql.query('SELECT count(*) AS n, bool_and(version_two) AS v2 FROM rm_ledger.ledger')).toEqual([{ n: 40, v2: true }]);
    expect((await running.checkpoints())[0]).toMatchObject({ version: 2, eventsSeen: 40 });
  });

  it('runs a rebuild that another caller requested', async () => {
    await store.append('counter-a', counted(10));
    const running = await startEngine(ledgerProjector());
    expect(await running.waitForPosition(await store.headPosition(), 5_000)).toBe(true);
    await store.sql.query(`INSERT INTO rm_ledger.ledger VALUES ('stray', 'x', 0, '')`);
    await running.requestRebuild('ledger');
    await until(async () => (await ledger(store))[0]!.rows === 10 && (await running.checkpoints())[0]!.rebuildRequestedAt === null);
  });
});
