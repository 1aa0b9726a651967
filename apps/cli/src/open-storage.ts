import { openConfiguredEventStore, type ConfiguredEventStore } from '@leerkring/event-store';
import { loadAppConfig } from '../../api/src/config/app-config';

/** The storage the API would use, from the same environment variables. */
export function openStorageFromEnvironment(): Promise<ConfiguredEventStore> {
  const config = loadAppConfig();
  return openConfiguredEventStore({
    eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.LEERKRING_DATA_DIR,
  });
}
