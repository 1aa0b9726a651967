import type { SqlClient, SqlExecutor } from './sql-client';
import { MIGRATIONS, type Migration } from './schema';

const MIGRATION_LOCK = 7_345_001;

/**
 * Applies the pending migrations in one transaction under an advisory lock, so several processes
 * starting at once migrate once. Then checks the era (see `openNewEraIfRestored`).
 */
export async function migrateEventStore(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS es_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM es_migrations')).map((r) => Number(r.version)),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO es_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await openNewEraIfRestored(tx);
  });
}

/**
 * A logical restore (dump and load into a new cluster) keeps the stored transaction ids but
 * restarts the server's counter below them, so new events would sort before old ones and a
 * reader's checkpoint would hide them. No committed row can carry an id at or above the
 * snapshot's xmax unless it came from another cluster: then a new era starts, and the order
 * (era, xid, position) puts every new event after every restored one.
 */
export async function openNewEraIfRestored(tx: SqlExecutor): Promise<boolean> {
  const [row] = await tx.query<{ restored: boolean }>(`
    SELECT EXISTS (
      SELECT 1 FROM es_events e
       WHERE e.era = (SELECT max(era) FROM es_eras)
         AND e.xid >= pg_snapshot_xmax(pg_current_snapshot())
    ) AS restored`);
  if (!row?.restored) return false;
  await tx.query(`INSERT INTO es_eras (era, reason)
                  SELECT max(era) + 1, 'transaction ids restarted (restore detected)' FROM es_eras`);
  return true;
}
