import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openServerEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../event-store/src/testing/test-database';
import { AdvisoryProjectionLock } from './projection-lock';
import { ProjectionEngine } from './projection-engine';
import { ledgerProjector } from './testing/ledger-projector';

const counted = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Counted', data: { i } }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('projection engine on PostgreSQL', () => {
  let database: TestDatabase;
  let writer: PostgresEventStore;

  beforeEach(async () => {
    database = await createTestDatabase();
    writer = await openServerEventStore(database.url, { pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await writer.close();
    await database.drop();
  });

  const ledgerCounts = async () => {
    const [row] = await writer.sql.query<{ rows: string; ids: string }>('SELECT count(*) AS rows, count(DISTINCT event_id) AS ids FROM rm_ledger.ledger');
    return { rows: Number(row!.rows), ids: Number(row!.ids) };
  };

  const engineProcess = async () => {
    const store = await openServerEventStore(database.url, { pollIntervalMs: 20 });
    const engine = new ProjectionEngine([ledgerProjector()], store, store.sql, new AdvisoryProjectionLock(database.url), { batchSize: 100, housekeepingMs: 100 });
    await engine.start();
    return { engine, close: async () => { await engine.stop(); await store.close(); } };
  };

  it('applies every event exactly once when two processes run the same projector, and hands over', async () => {
    const first = await engineProcess();
    const second = await engineProcess();
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < 300) { next++; await writer.append(`counter-${next % 40}`, counted(10)); }
    }));
    const head = await writer.headPosition();
    const bothWait = await Promise.race([
      first.engine.waitForPosition(head, 20_000),
      second.engine.waitForPosition(head, 20_000),
    ]);
    expect(bothWait).toBe(true);
    expect(await ledgerCounts()).toEqual({ rows: 3000, ids: 3000 });
    // At the head the one running still makes its query indexes before it says live.
    const states = async () => [(await first.engine.statuses())[0]!.state, (await second.engine.statuses())[0]!.state];
    for (let tries = 0; tries < 200 && !(await states()).includes('live'); tries++) await sleep(25);
    const [firstState, secondState] = await states();
    expect([firstState, secondState].sort()).toEqual(['live', 'standby']);

    // The one running stops: the other takes over from the checkpoint.
    const [active, standby] = firstState === 'live' ? [first, second] : [second, first];
    await active.close();
    const more = await writer.append('counter-after', counted(25));
    expect(await standby.engine.waitForPosition(more.position, 20_000)).toBe(true);
    expect(await ledgerCounts()).toEqual({ rows: 3025, ids: 3025 });
    await standby.close();
  }, 60_000);

  it('loses and duplicates nothing when its process is killed in the middle of batches', async () => {
    for (let i = 0; i < 40; i++) await writer.append(`counter-${i}`, counted(50));
    const child = join(__dirname, 'testing', 'engine-child.ts');
    for (let kill = 0; kill < 5; kill++) {
      const proc = spawn(process.execPath, ['-r', '@swc-node/register', child], {
        env: { ...process.env, LEDGER_DATABASE_URL: database.url }, stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()));
      await sleep(150 + Math.floor(Math.random() * 300));
      proc.kill('SIGKILL');
      await new Promise((resolve) => proc.once('exit', resolve));
      await writer.append('counter-between', counted(10));
    }
    const partial = await ledgerCounts();
    expect(partial.rows).toBeGreaterThan(0);
    expect(partial.rows).toBeLessThan(2050);
    expect(partial.rows).toBe(partial.ids);

    const survivor = await engineProcess();
    expect(await survivor.engine.waitForPosition(await writer.headPosition(), 30_000)).toBe(true);
    expect(await ledgerCounts()).toEqual({ rows: 2050, ids: 2050 });
    await survivor.close();
  }, 90_000);
});
