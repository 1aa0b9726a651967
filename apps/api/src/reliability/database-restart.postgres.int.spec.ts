import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError, openServerEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { AcceptedLedger, feedAgainstStore } from './testing/accepted-ledger';
import { ApiProcess } from './testing/api-process';
import { sendUntilAccepted, type Refusal } from './testing/command-stream';
import { bearerFor, codesOf, postGraphql } from './testing/graphql-http';
import { PrivatePostgres, type StopMode } from './testing/private-postgres';
import { sleep, until } from './testing/wait';

const WRITERS = 4;
const REGIONS = Array.from({ length: WRITERS }, (_, i) => `JZ${String(i + 1).padStart(2, '0')}`);

const tally = (values: readonly string[]) =>
  values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

interface QueryObservation {
  readonly at: number;
  readonly codes: readonly string[];
  readonly retryable: boolean;
  readonly noAnswer: boolean;
}

/**
 * Issue 7, fault 1: the database restarts under a running API while commands and projectors run.
 * The machine's shared PostgreSQL is not touched: the test runs its own cluster and stops it twice,
 * once cleanly (`fast`: sessions ended with 57P01) and once as a crash (`immediate`: the server
 * dies at once and recovers from its WAL). The API process is never restarted.
 */
describe('the database restarts under a running API', () => {
  let cluster: PrivatePostgres;
  let databaseUrl: string;
  let dataDir: string;
  let api: ApiProcess;
  let store: PostgresEventStore | undefined;

  beforeAll(async () => {
    cluster = await PrivatePostgres.create();
    databaseUrl = await cluster.createDatabase('leerkring');
    dataDir = await mkdtemp(join(tmpdir(), 'leerkring-db-restart-'));
    // One token drives four writers and a reader that resend every 150 ms through two outages: the
    // per-user rate limit (sign-in-and-hardening.e2e.spec.ts) would refuse them, and that is not
    // what this test is about.
    api = new ApiProcess({ databaseUrl, dataDir, env: { RATE_LIMIT_PER_MINUTE: '0' } });
    await api.start();
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await store?.close();
    await cluster?.destroy();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers a retryable error while it is down, reconnects by itself, and loses nothing accepted', async () => {
    const authorization = await bearerFor(dataDir, { actorId: 'beheer-1', role: 'beheerder' });
    const ledger = new AcceptedLedger();
    const refusals: Refusal[] = [];
    const send = (name: string, input: Record<string, unknown> & { idempotencyKey: string }) =>
      sendUntilAccepted({ name, input, authorization }, { url: () => api.url, ledger, refusals, giveUpAfterMs: 75_000 });

    for (const [i, regionId] of REGIONS.entries()) {
      await send('registerRegion', { idempotencyKey: `register-${regionId}`, regionId, slug: `regio-${i}`, name: `Regio ${i}`, province: 'Utrecht' });
    }

    // Writers: each its own region (no conflicts between them), municipalities and new developers
    // (an aggregate per command, its id derived from the idempotency key).
    let stopping = false;
    const writer = async (w: number) => {
      for (let i = 0; !stopping; i++) {
        if (i % 3 === 2) {
          await send('appointDeveloper', { idempotencyKey: `dev-${w}-${i}`, person: { name: `Ontwikkelaar ${w}-${i}` }, appointedOn: '2024-01-08' });
        } else {
          await send('addMunicipality', { idempotencyKey: `mun-${w}-${i}`, regionId: REGIONS[w]!, municipality: `Gemeente ${w}-${i}` });
        }
      }
    };
    // A reader: the read side (TypeORM) and the projections' status.
    const queries: QueryObservation[] = [];
    const reader = async () => {
      for (let i = 0; !stopping; i++) {
        const outcome = await postGraphql(api.url, authorization, i % 2 ? '{ regions { id municipalities { name } } }' : '{ projectionStatus { name state } }');
        const errors = outcome.kind === 'answer' ? outcome.errors : [];
        queries.push({
          at: Date.now(), codes: codesOf(outcome), noAnswer: outcome.kind === 'no-answer',
          retryable: errors.length > 0 && errors.every((e) => e.extensions?.['retryable'] === true),
        });
        await sleep(50);
      }
    };
    const load = Promise.all([...REGIONS.map((_, w) => writer(w)), reader()]);
    // Handled here as well: a failed outage must not leave it to reject in the next test file.
    void load.catch(() => undefined);
    const pid = api.pid;

    const outage = async (mode: StopMode) => {
      await sleep(2_000);
      const before = ledger.size;
      expect(before).toBeGreaterThan(0);
      await cluster.stop(mode);
      const down = { from: Date.now(), to: 0 };
      await sleep(3_000);
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(503);
      down.to = Date.now();
      await cluster.start();
      // Reconnected by itself: commands are accepted again by the same process.
      await until(async () => ledger.size >= before + 2 * WRITERS, 60_000, `commands accepted again after the ${mode} restart`)
        .catch((error: Error) => {
          stopping = true;
          throw new Error(`${error.message}; last refusals: ${JSON.stringify(refusals.slice(-3))}\nAPI output:\n${api.output()}`);
        });
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      return down;
    };
    const windows = [await outage('fast'), await outage('immediate')];
    await sleep(1_000);
    stopping = true;
    await load;

    // The process was never restarted: it reconnected on its own.
    expect(api.pid).toBe(pid);
    expect(api.running).toBe(true);

    // While the database was down the client saw only the retryable error, never an internal one.
    const inWindow = (at: number) => windows.some((w) => at >= w.from && at <= w.to);
    const commandRefusals = refusals.filter((r) => inWindow(r.at));
    expect(commandRefusals.length).toBeGreaterThan(0);
    expect(tally(refusals.map((r) => (r.noAnswer ? `no answer: ${r.noAnswer}` : `${r.codes.join('+')}${r.retryable ? ' (retryable)' : ''}`))))
      .toEqual({ 'SERVICE_UNAVAILABLE (retryable)': refusals.length });
    const queryRefusals = queries.filter((q) => q.codes.length > 0 || q.noAnswer);
    expect(queryRefusals.filter((q) => inWindow(q.at)).length).toBeGreaterThan(0);
    expect(tally(queryRefusals.map((q) => (q.noAnswer ? 'no answer' : `${q.codes.join('+')}${q.retryable ? ' (retryable)' : ''}`))))
      .toEqual({ 'SERVICE_UNAVAILABLE (retryable)': queryRefusals.length });

    // Every accepted command's events are in the store, once.
    store = await openServerEventStore(databaseUrl);
    expect(await ledger.differencesWithStore(store.sql)).toEqual([]);
    const [{ n: stored } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    expect(Number(stored)).toBe(ledger.totalEvents);

    // ...and in the read models: the projectors resumed on their own and caught up.
    const head = await store.headPosition();
    await until(async () => {
      const outcome = await postGraphql(api.url, authorization, '{ projectionStatus { name state position } }');
      const statuses = (outcome.kind === 'answer' ? outcome.data?.['projectionStatus'] : undefined) as
        Array<{ state: string; position: string }> | undefined;
      return Boolean(statuses?.length) && statuses!.every((s) => s.state === 'LIVE' && s.position >= head);
    }, 30_000, 'every projector live at the head');
    const feed = await feedAgainstStore(store.sql);
    expect(feed).toEqual({ events: ledger.totalEvents, feedItems: ledger.totalEvents, distinctFeedEvents: ledger.totalEvents, missing: 0 });
    const municipalityCommands = ledger.keys().filter((k) => k.startsWith('mun-')).length;
    const [{ n: municipalities } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_regions.municipalities');
    expect(Number(municipalities)).toBe(municipalityCommands);
    const developerCommands = ledger.keys().filter((k) => k.startsWith('dev-')).length;
    const [{ n: developers } = { n: '0' }] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_people.developers');
    expect(Number(developers)).toBe(developerCommands);
  }, 200_000);

  it('raises StoreUnavailableError from the store adapter while the server is down, and serves again after', async () => {
    const adapter = await openServerEventStore(databaseUrl);
    try {
      await adapter.append('reliability-probe', [{ type: 'Probed', data: { n: 1 } }]);
      for (const mode of ['fast', 'immediate'] as const) {
        // The pool keeps idle connections: the restart kills them under it.
        await cluster.stop(mode);
        try {
          await expect(adapter.append('reliability-probe', [{ type: 'Probed', data: { mode } }])).rejects.toBeInstanceOf(StoreUnavailableError);
          await expect(adapter.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
          await expect(adapter.headPosition()).rejects.toBeInstanceOf(StoreUnavailableError);
          await expect(adapter.sql.transaction((tx) => tx.query('SELECT 1'))).rejects.toBeInstanceOf(StoreUnavailableError);
        } finally {
          await cluster.start();
        }
        await adapter.append('reliability-probe', [{ type: 'Probed', data: { mode, after: true } }]);
      }
      expect((await adapter.readStream('reliability-probe')).map((e) => e.data)).toEqual([
        { n: 1 }, { mode: 'fast', after: true }, { mode: 'immediate', after: true },
      ]);
    } finally {
      await adapter.close();
    }
  }, 60_000);
});
