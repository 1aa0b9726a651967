import type { ConfiguredEventStore, EventStore, SqlClient } from '@leerkring/event-store';
import { PersonalDataCodec } from './personal-data-codec';
import { PersonalDataStore } from './personal-data-store';
import { PersonKeys } from './person-keys';

/** `store` with personal data encrypted per person, the keys in `keysSql`. */
export async function protectStore(store: EventStore, keysSql: SqlClient, masterKey: Buffer): Promise<PersonalDataStore> {
  return new PersonalDataStore(store, new PersonalDataCodec(await PersonKeys.open(keysSql, masterKey)));
}

/**
 * The configured storage with personal data encrypted per person: its `store` seals on append
 * and opens on every read, keys in `readSql`. Used wherever the application opens its storage
 * (the API's EventStoreModule, the CLI), so every process reads and writes alike.
 */
export async function protectPersonalData(configured: ConfiguredEventStore, masterKey: Buffer): Promise<ConfiguredEventStore> {
  try {
    return { ...configured, store: await protectStore(configured.store, configured.readSql, masterKey) };
  } catch (error) {
    await configured.close();
    throw error;
  }
}

/** The key store behind a protected storage; `undefined` when the storage is not protected. */
export function personKeysOf(configured: ConfiguredEventStore): PersonKeys | undefined {
  return configured.store instanceof PersonalDataStore ? configured.store.codec.keys : undefined;
}
