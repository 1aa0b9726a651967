import { randomBytes } from 'node:crypto';
import { openServerEventStore, type EventStore, type GlobalPosition, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { appendProgramme, syntheticProgramme } from '../../../libs/read-models/src/shared/synthetic-programme';
import { protectStore } from '../../api/src/people-privacy/protect-personal-data';
import { benchServerUrl } from './bench-settings';

/**
 * What `syntheticProgramme(units)` appends: about 2,400 events of regions, developers and
 * ambassadors, and 4,284 events (126 circles) per unit. 1 unit gives 6,696 events, 47 units
 * 203,760 and 233 units (scale 10 of `npm run bench`) 1,000,584.
 */
export const EVENTS_PER_PROGRAMME_UNIT = 4_284;
const EVENTS_BESIDE_THE_UNITS = 2_412;

/** The fewest programme units that give at least `events` events (at least one unit). */
export const programmeUnitsFor = (events: number): number =>
  Math.max(1, Math.ceil((events - EVENTS_BESIDE_THE_UNITS) / EVENTS_PER_PROGRAMME_UNIT));

/**
 * A synthetic programme appended once into a throw-away database, for every benchmark that
 * reads it: the projections measure on it and the API is then started on it, so a large
 * programme is generated and appended only once per run.
 */
export interface BenchProgramme {
  readonly database: TestDatabase;
  readonly raw: PostgresEventStore;
  /** `raw` with personal data encrypted under `masterKey` as the API stores it, or `raw` itself in plaintext. */
  readonly store: EventStore;
  readonly encrypted: boolean;
  /** The API started on this database needs it to read the person keys (LEERKRING_MASTER_KEY). */
  readonly masterKey: Buffer;
  readonly units: number;
  readonly events: number;
  readonly head: GlobalPosition;
  readonly appendSeconds: number;
  /** Closes the store and drops the database. */
  dispose(): Promise<void>;
}

export async function openBenchProgramme(units: number, options: { encrypted: boolean }): Promise<BenchProgramme> {
  const database = await createTestDatabase(benchServerUrl);
  const raw = await openServerEventStore(database.url);
  const masterKey = randomBytes(32);
  const dispose = async () => {
    await raw.close();
    await database.drop();
  };
  try {
    const store = options.encrypted ? await protectStore(raw, raw.sql, masterKey) : raw;
    const started = performance.now();
    // The batches are not kept: at scale 10 they hold a million events in memory.
    const events = await appendProgramme(store, syntheticProgramme(units));
    const appendSeconds = (performance.now() - started) / 1000;
    console.log(`${events.toLocaleString('en')} events appended (programme units: ${units}) in ${appendSeconds.toFixed(1)} s`);
    const head = await store.headPosition();
    return { database, raw, store, encrypted: options.encrypted, masterKey, units, events, head, appendSeconds, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
