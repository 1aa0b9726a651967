import type { EventStore } from './event-store.port';
import type { EventStoreDBEventStore } from './eventstoredb/eventstoredb-event-store';
import { PgSqlClient } from './postgres/pg-sql-client';
import { PgliteSqlClient } from './postgres/pglite-sql-client';
import { openPostgresEventStore } from './postgres/open-postgres-event-store';
import type { SqlClient } from './postgres/sql-client';

export type EventStoreAdapter = 'eventstoredb' | 'postgres' | 'embedded';

export interface ConfiguredEventStore {
  readonly adapter: EventStoreAdapter;
  readonly store: EventStore;
  /**
   * Where read models live. On the embedded default it is the event store's own session (PGlite
   * is one session per folder and process); on PostgreSQL the same database.
   */
  readonly readSql: SqlClient;
  /** Set when `readSql` is a PostgreSQL server (for TypeORM and the projection lock). */
  readonly readDatabaseUrl?: string;
  close(): Promise<void>;
}

export interface EventStoreSettings {
  readonly eventStoreConnectionString?: string;
  readonly databaseUrl?: string;
  /** Folder of the embedded database; used only when no PostgreSQL server is configured. */
  readonly dataDir?: string;
}

/**
 * One variable switches the adapter: EventStoreDB when its connection string is set, else
 * PostgreSQL when a database URL is set, else the embedded store in the data folder. Read models
 * go to `DATABASE_URL` when set, else to the embedded database.
 */
export async function openConfiguredEventStore(settings: EventStoreSettings): Promise<ConfiguredEventStore> {
  if (settings.eventStoreConnectionString) {
    // The gRPC client is loaded only for this adapter: about 22 MB the other two never use.
    const { EventStoreDBEventStore: Adapter } = require('./eventstoredb/eventstoredb-event-store') as { EventStoreDBEventStore: typeof EventStoreDBEventStore };
    const store = new Adapter(settings.eventStoreConnectionString);
    const readSql = settings.databaseUrl
      ? new PgSqlClient({ connectionString: settings.databaseUrl })
      : await PgliteSqlClient.open(settings.dataDir);
    return {
      adapter: 'eventstoredb', store, readSql, readDatabaseUrl: settings.databaseUrl,
      close: async () => { await store.close(); await readSql.close(); },
    };
  }
  const sql = settings.databaseUrl
    ? new PgSqlClient({ connectionString: settings.databaseUrl })
    : await PgliteSqlClient.open(settings.dataDir);
  const store = await openPostgresEventStore(sql);
  return {
    adapter: settings.databaseUrl ? 'postgres' : 'embedded', store, readSql: sql, readDatabaseUrl: settings.databaseUrl,
    close: () => store.close(),
  };
}
