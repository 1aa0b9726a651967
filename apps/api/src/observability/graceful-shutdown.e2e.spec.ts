import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConfiguredEventStore, readStreamOrEmpty, type ConfiguredEventStore } from '@leerkring/event-store';
import {
  connectionRefused, devToken, holdRequest, sleep, startApiProcess, until, type ApiProcess,
} from './testing/api-process';

const APPOINT = 'mutation Appoint($input: AppointDeveloperInput!) { appointDeveloper(input: $input) { aggregateId } }';
const appointBody = (key: string) => JSON.stringify({
  query: APPOINT, variables: { input: { idempotencyKey: key, person: { name: `Ontwikkelaar ${key}` }, appointedOn: '2024-01-08' } },
});

interface Outcome {
  readonly key: string;
  readonly sentAt: number;
  readonly settledAt: number;
  readonly aggregateId?: string;
  readonly error?: string;
}

/** A client sending one mutation every `everyMs` without waiting for the previous one. */
function mutationStream(url: string, token: string, everyMs: number) {
  const outcomes: Outcome[] = [];
  const pending = new Set<Promise<void>>();
  const send = (key: string) => {
    const sentAt = Date.now();
    const done = fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: appointBody(key),
    }).then(async (res) => {
      const body = (await res.json()) as { data?: { appointDeveloper?: { aggregateId: string } }; errors?: unknown[] };
      const aggregateId = body.data?.appointDeveloper?.aggregateId;
      outcomes.push(aggregateId && !body.errors
        ? { key, sentAt, settledAt: Date.now(), aggregateId }
        : { key, sentAt, settledAt: Date.now(), error: JSON.stringify(body.errors) });
    }, (error: Error & { cause?: { code?: string } }) => {
      outcomes.push({ key, sentAt, settledAt: Date.now(), error: error.cause?.code ?? error.message });
    });
    const tracked = done.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  let n = 0;
  const timer = setInterval(() => send(`stream-${n++}`), everyMs);
  return {
    outcomes,
    accepted: () => outcomes.filter((o) => o.aggregateId !== undefined),
    async stop() { clearInterval(timer); await Promise.all(pending); },
  };
}

/** The process's embedded store, opened by the test once the process has let go of it. */
const openStoreOf = (dataDir: string): Promise<ConfiguredEventStore> => openConfiguredEventStore({ dataDir });

/**
 * Graceful shutdown of the real API process (main.ts) on the embedded store: SIGTERM in the middle
 * of a stream of mutations, with one mutation held in flight by its client.
 */
describe('SIGTERM', () => {
  const dirs: string[] = [];
  const processes: ApiProcess[] = [];
  const streams: Array<{ stop(): Promise<void> }> = [];
  const dataDir = () => {
    const dir = join(tmpdir(), `leerkring-shutdown-${process.pid}-${randomUUID()}`);
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.stop()));
    for (const api of processes) if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
    await Promise.all(processes.map((api) => api.exited));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('refuses new connections, finishes what is in flight, keeps every accepted mutation and exits 0 within 10 s', async () => {
    const dir = dataDir();
    const api = await startApiProcess({ LEERKRING_DATA_DIR: dir });
    processes.push(api);
    const token = await devToken(api.url);
    // Headers and half the body go first, while the server is idle, so that it surely has this
    // mutation in flight (a new connection can wait long to be accepted under load).
    const held = holdRequest(api.port, '/graphql', { authorization: `Bearer ${token}` }, appointBody('held'));
    await sleep(500);
    const stream = mutationStream(api.url, token, 40);
    streams.push(stream);
    await until(() => stream.accepted().length >= 5, 20_000, 'five mutations accepted');
    const signalledAt = Date.now();
    api.child.kill('SIGTERM');

    await until(() => connectionRefused(api.port), 2000, 'a new connection refused');
    // Still running: it waits for the held mutation, however long its client takes (within the deadline).
    await sleep(700);
    expect(api.child.exitCode).toBeNull();
    const shuttingDown = api.logs.find((line) => line['msg'] === 'shutting down: refusing new connections, finishing requests in flight');
    expect(shuttingDown?.['inFlight']).toBeGreaterThanOrEqual(1);

    const answer = await held.finish();
    await stream.stop();
    const exit = await api.exited;

    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    const heldId = (JSON.parse(answer.body) as { data: { appointDeveloper: { aggregateId: string } } }).data.appointDeveloper.aggregateId;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(10_000);

    // Nothing failed before the signal; after it, clients were refused, not answered with errors.
    const failed = stream.outcomes.filter((o) => o.error !== undefined);
    expect(failed.filter((o) => o.settledAt < signalledAt)).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.filter((o) => !/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|other side closed/.test(o.error ?? ''))).toEqual([]);

    // Every mutation a client saw accepted is in the store, the held one included.
    const configured = await openStoreOf(dir);
    try {
      const acceptedIds = [...stream.accepted().map((o) => o.aggregateId ?? ''), heldId];
      expect(acceptedIds.length).toBeGreaterThanOrEqual(6);
      for (const id of acceptedIds) {
        const events = await readStreamOrEmpty(configured.store, `developer-${id}`);
        expect(events.map((e) => e.type)).toEqual(['DeveloperAppointed']);
      }
      // The projectors stopped at committed checkpoints, none past the head and none failed.
      const head = await configured.store.headPosition();
      const checkpoints = await configured.readSql.query<{ name: string; position: string; failed_event_id: string | null }>(
        `SELECT name, position, failed_event_id FROM projection_checkpoints WHERE slot = 'live'`,
      );
      expect(checkpoints.length).toBeGreaterThanOrEqual(7);
      expect(checkpoints.filter((c) => c.position > head || c.failed_event_id !== null)).toEqual([]);
    } finally {
      await configured.close();
    }

    // The log tells the story, in order, and every request line carries its correlation id.
    const messages = api.logs.map((line) => line['msg']);
    const steps = [
      'shutting down: refusing new connections, finishing requests in flight',
      'requests drained: stopping projectors at their checkpoints and closing the store',
      'shut down',
    ].map((step) => messages.indexOf(step));
    expect(steps.every((index) => index >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    const requestLines = api.logs.filter((line) => line['req'] !== undefined);
    expect(requestLines.length).toBeGreaterThanOrEqual(6);
    expect(requestLines.filter((line) => typeof line['correlationId'] !== 'string')).toEqual([]);
  }, 120_000);

  it('cuts a client that does not finish by the drain deadline, and still exits 0 within SHUTDOWN_TIMEOUT_MS', async () => {
    const dir = dataDir();
    const api = await startApiProcess({ LEERKRING_DATA_DIR: dir, SHUTDOWN_TIMEOUT_MS: '4000' });
    processes.push(api);
    const token = await devToken(api.url);
    const held = holdRequest(api.port, '/graphql', { authorization: `Bearer ${token}` }, appointBody('never-finished'));
    await sleep(300);
    const signalledAt = Date.now();
    api.child.kill('SIGTERM');

    const cut = await held.cut;
    const exit = await api.exited;
    expect(cut.code).toBe('ECONNRESET');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(4000);
    expect(api.logs.map((line) => line['msg'])).toContain('requests still in flight at the drain deadline: closing their connections');

    const configured = await openStoreOf(dir);
    try {
      const all = await configured.store.readAll();
      expect(all.filter((event) => event.metadata['idempotencyKey'] === 'never-finished')).toEqual([]);
    } finally {
      await configured.close();
    }
  }, 120_000);
});
