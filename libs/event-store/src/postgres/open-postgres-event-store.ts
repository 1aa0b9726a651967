import { migrateEventStore } from './migrate';
import { PgSqlClient } from './pg-sql-client';
import { PgliteSqlClient } from './pglite-sql-client';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
import type { SqlClient } from './sql-client';

/** Migrates the schema on `sql` and returns the store over it. */
export async function openPostgresEventStore(sql: SqlClient, options?: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  await migrateEventStore(sql);
  return new PostgresEventStore(sql, options);
}

export async function openServerEventStore(connectionString: string, options?: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  return openPostgresEventStore(new PgSqlClient({ connectionString }), options);
}

/** The embedded store: PGlite persisted to `dataDir`, or in memory when it is omitted. */
export async function openEmbeddedEventStore(dataDir?: string, options?: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  return openPostgresEventStore(await PgliteSqlClient.open(dataDir), options);
}
