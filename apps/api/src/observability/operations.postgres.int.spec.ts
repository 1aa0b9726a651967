import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { AppModule } from '../app.module';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { sampleValue } from './testing/prometheus-text';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store-facing operations signals on a real PostgreSQL server: fence age, slow and down store. */
describe('operations on PostgreSQL', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let configured: ConfiguredEventStore;
  const get = (path: string) => request(app.getHttpServer()).get(path);

  beforeAll(async () => {
    database = await createTestDatabase();
    const saved = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: database.url, LEERKRING_DATA_DIR: 'memory://', HEALTH_SLOW_MS: '300', HEALTH_TIMEOUT_MS: '3000' });
    delete process.env.EVENTSTORE_CONNECTION_STRING;
    try {
      const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
      app = moduleRef.createNestApplication({ logger: ['error'] });
      await app.init();
    } finally {
      process.env = saved;
    }
    configured = app.get(CONFIGURED_EVENT_STORE);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('shows the fence age while a writer keeps its transaction open', async () => {
    const writer = new Client({ connectionString: database.url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('SELECT pg_current_xact_id()');
      await sleep(1200);
      const text = (await get('/metrics').expect(200)).text;
      expect(sampleValue(text, 'leerkring_event_store_fence_age_seconds')).toBeGreaterThanOrEqual(1);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
  });

  it('ready: "slow" (200) while every connection of the pool is busy, and the live probe does not wait', async () => {
    const busy = Promise.all(Array.from({ length: 10 }, () => configured.readSql.query('SELECT pg_sleep(0.8)')));
    await sleep(100);
    const started = Date.now();
    await get('/health/live').expect(200);
    expect(Date.now() - started).toBeLessThan(300);
    const res = await get('/health/ready').expect(200);
    await busy;
    expect(res.body).toMatchObject({ status: 'ready', store: { adapter: 'postgres', status: 'slow', slowAfterMs: 300 } });
    expect(res.body.store.latencyMs).toBeGreaterThan(300);
  });

  // Last: the database is gone.
  it('ready: "down" (503) when the database is gone; live stays 200', async () => {
    await get('/health/ready').expect(200);
    await database.drop();
    const res = await get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ status: 'not-ready', store: { adapter: 'postgres', status: 'down', error: expect.any(String) } });
    await get('/health/live').expect(200);
  });
});
