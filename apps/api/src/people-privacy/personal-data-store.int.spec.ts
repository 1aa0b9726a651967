import { randomBytes, randomUUID } from 'node:crypto';
import { openConfiguredEventStore, type ConfiguredEventStore, type EventToAppend, type RecordedEvent } from '@leerkring/event-store';
import { PersonalDataIntegrityError } from './personal-data-cipher';
import { PersonalDataStore, readingPersonalDataSealed } from './personal-data-store';
import { personKeysOf, protectPersonalData } from './protect-personal-data';

const developerId = randomUUID();
const stream = `developer-${developerId}`;
const appointed = (id: string): EventToAppend => ({
  id, type: 'DeveloperAppointed',
  data: { developerId, person: { name: 'Fatima el Amrani', email: 'f.elamrani@example.nl' }, appointedOn: '2019-01-07' },
  metadata: { schemaVersion: 1 },
});
const assigned: EventToAppend = { id: randomUUID(), type: 'DeveloperAssignedToRegion', data: { developerId, regionId: 'JZ36' } };
const personOf = (event: RecordedEvent | undefined) => (event?.data as { person: unknown }).person;
const PLAINTEXT = /Fatima|Amrani|f\.elamrani/;

/** The store the application reads and writes through, over the embedded store (no mocks). */
describe('the personal-data store', () => {
  let configured: ConfiguredEventStore;
  let store: PersonalDataStore;
  const firstId = randomUUID();

  beforeAll(async () => {
    configured = await protectPersonalData(await openConfiguredEventStore({ dataDir: 'memory://' }), randomBytes(32));
    store = configured.store as PersonalDataStore;
    await store.append(stream, [appointed(firstId), assigned]);
  });
  afterAll(() => configured.close());

  it('stores only envelopes, and answers every read in the clear', async () => {
    const raw = await store.raw.readStream(stream);
    expect(JSON.stringify(raw)).not.toMatch(PLAINTEXT);
    expect(personOf(raw[0])).toMatchObject({ $pd: 1, subject: developerId });
    const rows = await configured.readSql.query<{ data: unknown }>('SELECT data FROM es_events');
    expect(JSON.stringify(rows)).not.toMatch(PLAINTEXT);

    const expected = { name: 'Fatima el Amrani', email: 'f.elamrani@example.nl' };
    expect(personOf((await store.readStream(stream))[0])).toEqual(expected);
    expect(personOf((await store.readAll())[0])).toEqual(expected);
    expect((await store.readStream(stream))[1]).toEqual(raw[1]);
  });

  it('answers a repeated append of the same event as the original: the envelope is the same', async () => {
    const before = await store.raw.readStream(stream);
    const again = await store.append(stream, [appointed(firstId), assigned]);
    expect(again).toEqual({ nextExpectedRevision: 1, position: before[1]!.position });
    expect(await store.raw.readStream(stream)).toEqual(before);
  });

  it('feeds subscribers in the clear', async () => {
    const subscription = store.subscribeToAll({ batchSize: 10 });
    let people: unknown[] = [];
    for await (const message of subscription) {
      if (message.kind === 'caught-up') break;
      people = [...people, ...message.events.filter((e) => e.type === 'DeveloperAppointed').map(personOf)];
    }
    await subscription.stop();
    expect(people).toEqual([{ name: 'Fatima el Amrani', email: 'f.elamrani@example.nl' }]);
  });

  it('refuses an altered envelope instead of reading it as someone forgotten', async () => {
    const otherId = randomUUID();
    const other = { ...appointed(randomUUID()), data: { developerId: otherId, person: { name: 'Jan' }, appointedOn: '2019-01-07' } };
    await store.append(`developer-${otherId}`, [other]);
    await configured.readSql.query(
      `UPDATE es_events SET data = jsonb_set(data, '{person,subject}', to_jsonb($2::text)) WHERE stream_name = $1`,
      [`developer-${otherId}`, developerId],
    );
    await expect(store.readStream(`developer-${otherId}`)).rejects.toThrow(PersonalDataIntegrityError);
    await configured.readSql.query(`DELETE FROM es_events WHERE stream_name = $1`, [`developer-${otherId}`]);

    // Read once (and so remembered), then altered: answered from nowhere but the ciphertext.
    expect(personOf((await store.readStream(stream))[0])).toMatchObject({ name: 'Fatima el Amrani' });
    const [{ data } = { data: '' }] = await configured.readSql.query<{ data: string }>(
      `SELECT data->'person'->>'data' AS data FROM es_events WHERE stream_name = $1 AND revision = 0`, [stream]);
    const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
    const alter = (value: string) => configured.readSql.query(
      `UPDATE es_events SET data = jsonb_set(data, '{person,data}', to_jsonb($2::text)) WHERE stream_name = $1 AND revision = 0`,
      [stream, value]);
    await alter(flipped);
    await expect(store.readStream(stream)).rejects.toThrow(PersonalDataIntegrityError);
    await alter(data);
  });

  it('reads a forgotten person as `verwijderd` everywhere, and stores nothing new for them', async () => {
    expect(await personKeysOf(configured)!.forget(developerId)).toBe('held');
    expect(personOf((await store.readStream(stream))[0])).toEqual({ name: 'verwijderd' });
    expect(personOf((await store.readAll()).find((e) => e.type === 'DeveloperAppointed'))).toEqual({ name: 'verwijderd' });
    const refusal = await store.append(`developer-${developerId}-again`, [appointed(randomUUID())]).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ rule: 'person-forgotten' });
  });

  it('reads as stored for folds that use no personal data, and still seals what they append', async () => {
    const sealedReads = readingPersonalDataSealed(store);
    expect(await sealedReads.readStream(stream)).toEqual(await store.raw.readStream(stream));
    expect(await sealedReads.readAll()).toEqual(await store.raw.readAll());
    expect(await sealedReads.headPosition()).toBe(await store.headPosition());
    const otherId = randomUUID();
    await sealedReads.append(`developer-${otherId}`, [{ ...appointed(randomUUID()), data: { ...appointed('x').data as object, developerId: otherId } }]);
    const [stored] = await store.raw.readStream(`developer-${otherId}`);
    expect(personOf(stored)).toMatchObject({ $pd: 1, subject: otherId });
    expect(readingPersonalDataSealed(store.raw)).toBe(store.raw);
  });
});
