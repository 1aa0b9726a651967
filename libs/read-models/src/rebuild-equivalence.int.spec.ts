import { openEmbeddedEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { InProcessProjectionLock, ProjectionEngine } from '@leerkring/projections';
import { readModelProjectors } from './index';
import { appendProgramme, syntheticProgramme } from './shared/synthetic-programme';

/** Every row of every read model, in a stable order, as JSON. */
async function dumpReadModels(store: PostgresEventStore): Promise<Record<string, unknown[]>> {
  const tables = await store.sql.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_schema LIKE 'rm\\_%' AND table_type = 'BASE TABLE' ORDER BY 1, 2`);
  const dump: Record<string, unknown[]> = {};
  for (const { schema, name } of tables) {
    const rows = await store.sql.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM "${schema}"."${name}" t`);
    dump[`${schema}.${name}`] = rows.map((r) => JSON.stringify(r.row)).sort();
  }
  return dump;
}

describe('rebuilding every read model', () => {
  let store: PostgresEventStore;
  afterAll(async () => { await store?.close(); });

  it('gives exactly the rows that incremental projection built', async () => {
    store = await openEmbeddedEventStore(undefined, { pollIntervalMs: 20 });
    const programme = syntheticProgramme(0.34);
    const half = Math.floor(programme.length / 2);
    const engine = new ProjectionEngine(readModelProjectors, store, store.sql, new InProcessProjectionLock(), { batchSize: 250 });
    await engine.start();
    // Half before the engine runs (catch-up), half while it is live (incremental).
    await appendProgramme(store, programme.slice(0, half));
    await appendProgramme(store, programme.slice(half), 4, 7);
    expect(await engine.waitForPosition(await store.headPosition(), 60_000)).toBe(true);
    expect((await engine.statuses()).filter((s) => s.failure)).toEqual([]);
    const incremental = await dumpReadModels(store);
    expect(Object.keys(incremental).length).toBeGreaterThan(15);
    expect(Object.values(incremental).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(3000);

    // A table the projectors do not know: gone after the swap proves each schema was rebuilt.
    for (const projector of readModelProjectors) await store.sql.exec(`CREATE TABLE ${projector.schema}.before_rebuild (x int)`);
    for (const runner of engine.runners.values()) await runner.rebuild();
    expect(await store.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'before_rebuild'`)).toEqual([]);
    expect(await engine.waitForPosition(await store.headPosition(), 60_000)).toBe(true);
    const rebuilt = await dumpReadModels(store);
    await engine.stop();

    expect(Object.keys(rebuilt)).toEqual(Object.keys(incremental));
    for (const table of Object.keys(incremental)) expect({ table, rows: rebuilt[table] }).toEqual({ table, rows: incremental[table] });
  }, 180_000);
});
