import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from './app.module';
import { CONFIGURED_EVENT_STORE } from './event-store/event-store.module';

describe('GET /health', () => {
  let app: INestApplication;

  beforeAll(async () => {
    process.env.LEERKRING_DATA_DIR = `${require('node:os').tmpdir()}/leerkring-health-${process.pid}`;
    delete process.env.DATABASE_URL;
    delete process.env.EVENTSTORE_CONNECTION_STRING;
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(async () => { await app?.close(); });

  it('reports the embedded store as up', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', store: { adapter: 'embedded', status: 'up' } });
  });
});

describe('GET /health when the store is gone', () => {
  it('answers 503 and says the store is down', async () => {
    process.env.LEERKRING_DATA_DIR = `${require('node:os').tmpdir()}/leerkring-health-down-${process.pid}`;
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    await moduleRef.get(CONFIGURED_EVENT_STORE).store.close();
    const res = await request(app.getHttpServer()).get('/health').expect(503);
    expect(res.body).toMatchObject({ status: 'error', store: { adapter: 'embedded', status: 'down' } });
    await app.close();
  });
});
