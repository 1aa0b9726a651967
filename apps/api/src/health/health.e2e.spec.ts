import request from 'supertest';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { ShutdownState } from '../observability/shutdown-state';

/**
 * The probes over real HTTP on the embedded store. A slow store is made by holding its one session
 * in a transaction (PGlite runs one statement or transaction at a time, so the probe's ping waits
 * behind it), as a server store would be slow behind its locks. Nothing is simulated: the store
 * answers late. (A long single statement would not do: PGlite runs it on the process's own thread,
 * which then answers nothing at all, liveness included.)
 */
describe('the health probes', () => {
  let t: GraphqlTestApp;
  let configured: ConfiguredEventStore;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  /** Holds the store's one session for `ms` in a transaction that waits without blocking the process. */
  const keepStoreBusy = (ms: number): { done: Promise<unknown> } => ({
    done: configured.readSql.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await new Promise((resolve) => setTimeout(resolve, ms));
    }),
  });

  beforeAll(async () => {
    process.env.HEALTH_SLOW_MS = '300';
    process.env.HEALTH_TIMEOUT_MS = '1500';
    try {
      t = await startGraphqlApp({ now: SUMMER_2024 });
    } finally {
      delete process.env.HEALTH_SLOW_MS;
      delete process.env.HEALTH_TIMEOUT_MS;
    }
    configured = t.app.get(CONFIGURED_EVENT_STORE);
  });
  afterAll(async () => { await t?.close(); });

  it('live: the process answers', async () => {
    const res = await get('/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
  });

  it('ready: the store answers in time', async () => {
    const res = await get('/health/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ready', store: { adapter: 'embedded', status: 'up', latencyMs: expect.any(Number), slowAfterMs: 300 },
    });
    expect(res.body.store.latencyMs).toBeLessThan(300);
  });

  it('ready: a slow store is still ready, says "slow" and how slow', async () => {
    const busy = keepStoreBusy(900);
    const res = await get('/health/ready').expect(200);
    await busy.done;
    expect(res.body).toMatchObject({ status: 'ready', store: { status: 'slow', slowAfterMs: 300 } });
    expect(res.body.store.latencyMs).toBeGreaterThan(300);
  });

  it('ready: a store silent past the timeout is down (503), and the live probe does not wait for it', async () => {
    const busy = keepStoreBusy(2500);
    const started = Date.now();
    const live = await get('/health/live').expect(200);
    expect(Date.now() - started).toBeLessThan(500);
    expect(live.body.status).toBe('ok');
    const res = await get('/health/ready').expect(503);
    await busy.done;
    expect(res.body).toEqual({
      status: 'not-ready',
      store: { adapter: 'embedded', status: 'down', latencyMs: expect.any(Number), error: 'no answer within 1500 ms' },
    });
  });

  it('a closed store: ready and /health are 503 "down", live is still 200', async () => {
    await get('/health/ready').expect(200);
    await configured.store.close();
    const ready = await get('/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'not-ready', store: { adapter: 'embedded', status: 'down', error: expect.any(String) } });
    const health = await get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'error', store: { adapter: 'embedded', status: 'down' } });
    await get('/health/live').expect(200);
  });

  // Last: a process does not come back from shutting down.
  it('ready: 503 while shutting down, whatever the store; live stays 200', async () => {
    t.app.get(ShutdownState).begin();
    const res = await get('/health/ready').expect(503);
    expect(res.body).toEqual({ status: 'shutting-down' });
    await get('/health/live').expect(200);
  });
});
