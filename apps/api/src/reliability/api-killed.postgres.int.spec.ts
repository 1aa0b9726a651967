import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { AcceptedLedger, feedAgainstStore } from './testing/accepted-ledger';
import { ApiProcess } from './testing/api-process';
import { sendUntilAccepted, type Refusal } from './testing/command-stream';
import { bearerFor, postGraphql } from './testing/graphql-http';
import { sleep, until } from './testing/wait';

const KILLS = 20;
const WRITERS = 4;
const REGIONS = Array.from({ length: WRITERS }, (_, i) => `JZ${String(i + 1).padStart(2, '0')}`);

/** A small seeded generator, so a failing run can be replayed with its seed (printed below). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Issue 7, fault 2: the API process is killed (SIGKILL: no drain, no flush) at random moments in
 * a stream of commands, twenty times, and restarted each time. Clients resend what got no answer
 * with the same idempotency key. Every command the client saw accepted must be in the store, none
 * twice, and the read models must hold every event once.
 */
describe('the API process killed at random moments', () => {
  let database: TestDatabase;
  let dataDir: string;
  let api: ApiProcess;
  let store: PostgresEventStore | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'leerkring-api-killed-'));
    api = new ApiProcess({ databaseUrl: database.url, dataDir });
    await api.start();
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await store?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it(`loses and duplicates no accepted command across ${KILLS} kills`, async () => {
    const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
    // eslint-disable-next-line no-console
    console.log(`api-killed: seed ${seed} (RELIABILITY_SEED=${seed} replays the kill moments)`);
    const next = random(seed);
    const authorization = await bearerFor(dataDir, { actorId: 'beheer-1', role: 'beheerder' });
    const ledger = new AcceptedLedger();
    const refusals: Refusal[] = [];
    const send = (name: string, input: Record<string, unknown> & { idempotencyKey: string }) =>
      sendUntilAccepted({ name, input, authorization }, { url: () => api.url, ledger, refusals, retryDelayMs: 100, giveUpAfterMs: 60_000 });

    for (const [i, regionId] of REGIONS.entries()) {
      await send('registerRegion', { idempotencyKey: `register-${regionId}`, regionId, slug: `regio-${i}`, name: `Regio ${i}`, province: 'Utrecht' });
    }

    // A mix of commands that append to an existing stream and that create aggregates whose ids the
    // server derives from the idempotency key (a resend must find the same stream).
    let stopping = false;
    const writer = async (w: number) => {
      let developerId: string | undefined;
      for (let i = 0; !stopping; i++) {
        const key = `w${w}-${i}`;
        switch (i % 4) {
          case 0:
            await send('addMunicipality', { idempotencyKey: `mun-${key}`, regionId: REGIONS[w]!, municipality: `Gemeente ${key}` });
            break;
          case 1:
            await send('appointDeveloper', { idempotencyKey: `dev-${key}`, person: { name: `Ontwikkelaar ${key}` }, appointedOn: '2024-01-08' });
            break;
          case 2:
            developerId = ledger.aggregateOf(`dev-w${w}-${i - 1}`);
            await send('assignDeveloperToRegion', { idempotencyKey: `assign-${key}`, developerId, regionId: REGIONS[w]! });
            break;
          default:
            await send('appointAmbassador', {
              idempotencyKey: `amb-${key}`, person: { name: `Ambassadeur ${key}` }, scope: 'REGIONAL', regionId: REGIONS[w]!,
              background: 'GEMEENTE', appointedOn: '2024-01-08',
            });
        }
      }
    };
    const load = Promise.all(REGIONS.map((_, w) => writer(w)));

    const acceptedAtKill: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      // A random moment while commands are in flight: 100 ms to 1 s after the API is up.
      await sleep(100 + Math.floor(next() * 900));
      acceptedAtKill.push(ledger.size);
      await api.kill('SIGKILL');
      await api.start();
    }
    await sleep(1_000);
    stopping = true;
    await load;

    // The stream went on between kills, and commands were cut off mid-flight.
    expect(ledger.size).toBeGreaterThan(acceptedAtKill.at(-1)!);
    expect(refusals.filter((r) => r.noAnswer).length).toBeGreaterThan(0);
    // A resend is answered, never refused (an idempotency-key clash would be BAD_USER_INPUT).
    expect(refusals.filter((r) => !r.retryable)).toEqual([]);

    store = await openServerEventStore(database.url);
    expect(await ledger.differencesWithStore(store.sql)).toEqual([]);
    const [{ n: stored } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    expect(Number(stored)).toBe(ledger.totalEvents);
    // One aggregate per creating command, even when it was resent after a kill.
    const [{ n: developers } = { n: '0' }] = await store.sql.query<{ n: string }>(
      `SELECT count(DISTINCT stream_name) AS n FROM es_events WHERE type = 'DeveloperAppointed'`);
    expect(Number(developers)).toBe(ledger.keys().filter((k) => k.startsWith('dev-')).length);
    const [{ n: ambassadors } = { n: '0' }] = await store.sql.query<{ n: string }>(
      `SELECT count(DISTINCT stream_name) AS n FROM es_events WHERE type = 'AmbassadorAppointed'`);
    expect(Number(ambassadors)).toBe(ledger.keys().filter((k) => k.startsWith('amb-')).length);

    // The projectors, killed mid-batch as often, resumed from their checkpoints: every event once.
    const head = await store.headPosition();
    await until(async () => {
      const outcome = await postGraphql(api.url, authorization, '{ projectionStatus { name state position } }');
      const statuses = (outcome.kind === 'answer' ? outcome.data?.['projectionStatus'] : undefined) as
        Array<{ state: string; position: string }> | undefined;
      return Boolean(statuses?.length) && statuses!.every((s) => s.state === 'LIVE' && s.position >= head);
    }, 30_000, 'every projector live at the head');
    expect(await feedAgainstStore(store.sql)).toEqual({
      events: ledger.totalEvents, feedItems: ledger.totalEvents, distinctFeedEvents: ledger.totalEvents, missing: 0,
    });
    const [{ n: municipalities } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_regions.municipalities');
    expect(Number(municipalities)).toBe(ledger.keys().filter((k) => k.startsWith('mun-')).length);
    const [{ n: assignments } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_people.developer_regions');
    expect(Number(assignments)).toBe(ledger.keys().filter((k) => k.startsWith('assign-')).length);
  }, 240_000);
});
