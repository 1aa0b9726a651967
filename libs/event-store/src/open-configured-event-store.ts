import type { EventStore } from './event-store.port';
import { EventStoreDBEventStore } from './eventstoredb/eventstoredb-event-store';
import { openEmbeddedEventStore, openServerEventStore } from './postgres/open-postgres-event-store';

export type EventStoreAdapter = 'eventstoredb' | 'postgres' | 'embedded';

export interface ConfiguredEventStore {
  readonly adapter: EventStoreAdapter;
  readonly store: EventStore;
}

export interface EventStoreSettings {
  readonly eventStoreConnectionString?: string;
  readonly databaseUrl?: string;
  /** Folder of the embedded store; used only when neither server is configured. */
  readonly dataDir?: string;
}

/**
 * One variable switches the adapter: EventStoreDB when its connection string is set, else
 * PostgreSQL when a database URL is set, else the embedded store in the data folder.
 */
export async function openConfiguredEventStore(settings: EventStoreSettings): Promise<ConfiguredEventStore> {
  if (settings.eventStoreConnectionString) {
    return { adapter: 'eventstoredb', store: new EventStoreDBEventStore(settings.eventStoreConnectionString) };
  }
  if (settings.databaseUrl) {
    return { adapter: 'postgres', store: await openServerEventStore(settings.databaseUrl) };
  }
  return { adapter: 'embedded', store: await openEmbeddedEventStore(settings.dataDir) };
}
