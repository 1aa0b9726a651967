import { openConfiguredEventStore, type ConfiguredEventStore } from '@leerkring/event-store';
import { loadAppConfig } from '../../api/src/config/app-config';
import { masterKeyOf } from '../../api/src/people-privacy/master-key';
import { protectPersonalData } from '../../api/src/people-privacy/protect-personal-data';

/**
 * The storage the API would use, from the same environment variables: personal data decrypted
 * with the same master key, so a rebuild here shows what the API would (`verwijderd` for a
 * forgotten person).
 */
export async function openStorageFromEnvironment(): Promise<ConfiguredEventStore> {
  const config = loadAppConfig();
  const configured = await openConfiguredEventStore({
    eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.LEERKRING_DATA_DIR,
  });
  return protectPersonalData(configured, masterKeyOf(config));
}
