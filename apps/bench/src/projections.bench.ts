/**
 * Projection catch-up and rebuild on PostgreSQL beside a raw-SQL baseline in the same run: the
 * baseline pages through the same events by position and inserts one row per event into a plain
 * table in batches (the least any projection must do).
 * Personal data is encrypted per person as the API stores it (docs/crypto-shredding.md);
 * `--plaintext` measures without the cipher.
 * Usage: npm run bench:projections [-- --events 200000] [-- --plaintext]
 * (`npm run bench` runs the same measurement on the programme of its scale.)
 */
import { Pool } from 'pg';
import { AdvisoryProjectionLock, ProjectionEngine } from '@leerkring/projections';
import { readModelProjectors } from '@leerkring/read-models';
import { positiveOption, runScript } from './bench-settings';
import { openBenchProgramme, programmeUnitsFor, type BenchProgramme } from './bench-programme';
import { comparisonTable, formatNumber, printSection, type BenchSection } from './print-table';

async function rawBaseline(databaseUrl: string): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl });
  try {
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
  } finally {
    await pool.end();
  }
}

async function untilEveryProjectorIsLive(engine: ProjectionEngine): Promise<void> {
  for (;;) {
    const statuses = await engine.statuses();
    const failed = statuses.filter((s) => s.state === 'failed');
    if (failed.length > 0) throw new Error(`failed projections: ${failed.map((s) => `${s.name}: ${s.lastError}`).join('; ')}`);
    if (statuses.every((s) => s.state === 'live')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Catch-up of every projector from nothing to the programme's head, then a full rebuild of all of
 * them. The engine is stopped afterwards with its checkpoints at the head, so an API started on
 * the same database finds its read models up to date.
 */
export async function measureProjections(programme: BenchProgramme): Promise<BenchSection> {
  const { database, raw, store, events, head } = programme;
  const baseline = await rawBaseline(database.url);
  const engine = new ProjectionEngine(readModelProjectors, store, raw.sql, new AdvisoryProjectionLock(database.url));
  try {
    const started = performance.now();
    await engine.start();
    if (!(await engine.waitForPosition(head, 60 * 60_000))) throw new Error('projections did not catch up');
    // Caught up means live: the query indexes a build from empty leaves out are made by then.
    await untilEveryProjectorIsLive(engine);
    const catchUpSeconds = (performance.now() - started) / 1000;

    const rebuildStarted = performance.now();
    await Promise.all([...engine.runners.values()].map((runner) => runner.rebuild()));
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    return {
      title: `Projections on PostgreSQL, personal data ${programme.encrypted ? 'encrypted' : 'in plaintext'} (baseline: page by position and insert one row per event)`,
      table: comparisonTable([
        { name: `catch-up of ${readModelProjectors.length} projectors over ${formatNumber(events)} events`, unit: 'events/s', measured: events / catchUpSeconds, baseline },
        { name: 'full rebuild of every projector (shadow build and swap)', unit: 'events/s', measured: events / rebuildSeconds, baseline },
      ]),
      notes: [`catch-up ${catchUpSeconds.toFixed(1)} s, full rebuild ${rebuildSeconds.toFixed(1)} s`],
    };
  } finally {
    await engine.stop();
  }
}

async function main(): Promise<void> {
  const programme = await openBenchProgramme(programmeUnitsFor(positiveOption('events', 200_000)), { encrypted: !process.argv.includes('--plaintext') });
  try {
    printSection(await measureProjections(programme));
  } finally {
    await programme.dispose();
  }
}

if (require.main === module) runScript(main);
