/**
 * Event store throughput on PostgreSQL beside a raw-SQL baseline measured in the same run:
 * plain INSERTs of the same rows into a copy of the events table, and plain paging by position.
 * Usage: npm run bench:store [-- --events 4000]   (needs BENCH_DATABASE_URL, TEST_DATABASE_URL
 * or a local server at postgres://postgres@127.0.0.1:5432/postgres)
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { START, openServerEventStore, type GlobalPosition, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { benchServerUrl, numberOption, runScript } from './bench-settings';
import { comparisonTable, printSection, type BenchRow, type BenchSection } from './print-table';
import { median, pageByPosition } from './raw-sql';

const REPEATS = 3;
/** Single-event appends per case unless `--events` says otherwise (`npm run bench` keeps it). */
export const DEFAULT_SINGLE_EVENTS = 3_000;

const payload = () => ({ regionId: 'JZ36', week: '2024-W14', hours: 7.5, note: 'bench event of about 120 bytes' });
const metadata = { actorId: 'bench', correlationId: 'bench' };

/** `work` returns how many events it handled: the result is events per second. */
async function timed(work: () => Promise<number>): Promise<number> {
  const start = process.hrtime.bigint();
  const count = await work();
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Baseline and measured runs alternate, so a slow moment of the machine (fsync times vary a
 * lot on shared disks) falls on both sides; each side reports its median.
 */
async function compare(baseline: () => Promise<number>, measured: () => Promise<number>): Promise<[number, number]> {
  const b: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    b.push(await timed(baseline));
    m.push(await timed(measured));
  }
  return [median(b), median(m)];
}

/** Runs `total` jobs on `writers` concurrent workers. */
async function inParallel(writers: number, total: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: writers }, async () => {
    while (next < total) await job(next++);
  }));
}

/** Appends of `batch` events per case: a batch case appends 20 times the events of a single-event one, as it runs that much faster. */
const appendsOf = (singleEvents: number, batch: number) => Math.floor(singleEvents / (batch === 1 ? 1 : batch / 20));

function storeAppends(store: PostgresEventStore, singleEvents: number, writers: number, batch: number) {
  return async () => {
    const appends = appendsOf(singleEvents, batch);
    await inParallel(writers, appends, (i) => store.append(`bench-${writers}-${batch}-${i % 200}`,
      Array.from({ length: batch }, () => ({ id: randomUUID(), type: 'BenchEvent', data: payload(), metadata }))));
    return appends * batch;
  };
}

function rawInserts(pool: Pool, singleEvents: number, writers: number, batch: number) {
  return async () => {
    const appends = appendsOf(singleEvents, batch);
    const values = Array.from({ length: batch }, (_, i) =>
      `(1, pg_current_xact_id(), $${i * 4 + 1}::uuid, $${i * 4 + 2}, $${i * 4 + 3}, 'BenchEvent', $${i * 4 + 4}::jsonb, '${JSON.stringify(metadata)}'::jsonb)`).join(',');
    const sql = `INSERT INTO bench_raw (era, xid, id, stream_name, revision, type, data, metadata) VALUES ${values}`;
    await inParallel(writers, appends, (i) => {
      // The raw table has no stream row to lock, so unique names keep its revision unique.
      const stream = `raw-${writers}-${i}-${randomUUID()}`;
      return pool.query(sql, Array.from({ length: batch }, (_, r) => [randomUUID(), stream, r, JSON.stringify(payload())]).flat());
    });
    return appends * batch;
  };
}

async function readAllStore(store: PostgresEventStore): Promise<number> {
  let after: GlobalPosition = START;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) return count;
    count += page.length;
    after = page[page.length - 1]!.position;
  }
}

/** Appends (single events and batches, 1 and 8 writers) and reading all, in a database of its own. */
export async function measureStore(singleEvents: number): Promise<BenchSection> {
  const database = await createTestDatabase(benchServerUrl);
  const store = await openServerEventStore(database.url);
  const pool = new Pool({ connectionString: database.url, max: 10 });
  try {
    await pool.query('CREATE TABLE bench_raw (LIKE es_events INCLUDING ALL)');
    const rows: BenchRow[] = [];
    const cases: Array<[string, number, number]> = [
      ['append, 1 event per transaction, 1 writer', 1, 1],
      ['append, 1 event per transaction, 8 writers', 8, 1],
      ['append, 100 events per transaction, 1 writer', 1, 100],
      ['append, 100 events per transaction, 8 writers', 8, 100],
    ];
    for (const [name, writers, batch] of cases) {
      const [baseline, measured] = await compare(rawInserts(pool, singleEvents, writers, batch), storeAppends(store, singleEvents, writers, batch));
      rows.push({ name, unit: 'events/s', measured, baseline });
    }
    const [baseline, measured] = await compare(() => pageByPosition(pool, 'bench_raw'), () => readAllStore(store));
    const [{ n }] = (await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows as [{ n: string }];
    rows.push({ name: `read all, pages of 1,000 (${Number(n).toLocaleString('en')} events)`, unit: 'events/s', measured, baseline });
    return { title: 'Event store on PostgreSQL (median of 3, alternating) vs raw SQL in the same run', table: comparisonTable(rows), notes: [] };
  } finally {
    await pool.end();
    await store.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  printSection(await measureStore(numberOption('events', DEFAULT_SINGLE_EVENTS)));
}

if (require.main === module) runScript(main);
