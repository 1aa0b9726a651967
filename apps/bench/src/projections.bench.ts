/**
 * Projection catch-up and rebuild on PostgreSQL beside a raw-SQL baseline in the same run: the
 * baseline pages through the same events by position and inserts one row per event into a plain
 * table in batches (the least any projection must do).
 * Personal data is encrypted per person as the API stores it (docs/crypto-shredding.md);
 * `--plaintext` measures without the cipher.
 * Usage: npm run bench:projections [-- --events 200000] [-- --plaintext]
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openServerEventStore, type GlobalPosition } from '@leerkring/event-store';
import { AdvisoryProjectionLock, ProjectionEngine } from '@leerkring/projections';
import { readModelProjectors } from '@leerkring/read-models';
import { createTestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { benchServerUrl, numberOption } from './bench-settings';
import { printTable, type BenchRow } from './print-table';
import { appendProgramme, syntheticProgramme } from '../../../libs/read-models/src/shared/synthetic-programme';
import { protectStore } from '../../api/src/people-privacy/protect-personal-data';

const EVENTS = numberOption('events', 200_000);
const EVENTS_PER_SCALE = 4_525;

async function rawBaseline(pool: Pool): Promise<number> {
  await pool.query('CREATE TABLE bench_projection (event_id uuid, stream_name text, type text, data jsonb)');
  const started = performance.now();
  let after = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query('SELECT id, stream_name, type, data, position FROM es_events WHERE position > $1 ORDER BY position LIMIT 1000', [after]);
    if (rows.length === 0) break;
    await pool.query(
      'INSERT INTO bench_projection SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])',
      [rows.map((r) => r.id), rows.map((r) => r.stream_name), rows.map((r) => r.type), rows.map((r) => JSON.stringify(r.data))],
    );
    count += rows.length;
    after = String(rows[rows.length - 1].position);
  }
  return count / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const database = await createTestDatabase(benchServerUrl);
  const raw = await openServerEventStore(database.url);
  const plaintext = process.argv.includes('--plaintext');
  const store = plaintext ? raw : await protectStore(raw, raw.sql, randomBytes(32));
  const pool = new Pool({ connectionString: database.url });
  try {
    const scale = Math.max(1, Math.round(EVENTS / EVENTS_PER_SCALE));
    const generating = performance.now();
    const total = await appendProgramme(store, syntheticProgramme(scale));
    console.log(`${total.toLocaleString('en')} events appended (scale ${scale}) in ${((performance.now() - generating) / 1000).toFixed(1)} s`);
    const head: GlobalPosition = await store.headPosition();

    const baseline = await rawBaseline(pool);

    const engine = new ProjectionEngine(readModelProjectors, store, raw.sql, new AdvisoryProjectionLock(database.url), { batchSize: 1000 });
    const started = performance.now();
    await engine.start();
    if (!(await engine.waitForPosition(head, 30 * 60_000))) throw new Error('projections did not catch up');
    const catchUpSeconds = (performance.now() - started) / 1000;
    const failed = (await engine.statuses()).filter((s) => s.state === 'failed');
    if (failed.length > 0) throw new Error(`failed projections: ${failed.map((s) => `${s.name}: ${s.lastError}`).join('; ')}`);

    const rebuildStarted = performance.now();
    await Promise.all([...engine.runners.values()].map((runner) => runner.rebuild()));
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    await engine.stop();

    const rows: BenchRow[] = [
      { name: `catch-up of ${readModelProjectors.length} projectors over ${total.toLocaleString('en')} events`, unit: 'events/s', measured: total / catchUpSeconds, baseline },
      { name: 'full rebuild of every projector (shadow build and swap)', unit: 'events/s', measured: total / rebuildSeconds, baseline },
    ];
    printTable(`Projections on PostgreSQL, personal data ${plaintext ? 'in plaintext' : 'encrypted'} (baseline: page by position and insert one row per event)`, rows);
    console.log(`catch-up ${catchUpSeconds.toFixed(1)} s, full rebuild ${rebuildSeconds.toFixed(1)} s`);
  } finally {
    await pool.end();
    await store.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
