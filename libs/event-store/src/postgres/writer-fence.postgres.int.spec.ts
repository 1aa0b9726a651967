import { Client } from 'pg';
import { StoreUnavailableError } from '../errors';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { openPostgresEventStore } from './open-postgres-event-store';
import { PgSqlClient } from './pg-sql-client';
import type { PostgresEventStore } from './postgres-event-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgreSQL: a writer that holds the read fence', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await openPostgresEventStore(new PgSqlClient({ connectionString: database.url, idleInTransactionTimeoutMs: 400 }));
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('shows the age of the oldest open writing transaction as the fence age', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT * FROM es_append('held', 'any', NULL, '[{"id":"6b0c1a52-8f3e-4f4e-9a51-1d3f0b6c2a10","type":"Held","data":{}}]')`);
      await sleep(1100);
      expect(await store.fenceAgeSeconds()).toBeGreaterThanOrEqual(1);
      await client.query('COMMIT');
      expect(await store.fenceAgeSeconds()).toBeLessThan(1);
    } finally {
      await client.end();
    }
  });

  it('ends a writer left idle inside a transaction, so readers of all streams move on', async () => {
    const head = await store.headPosition();
    const stalled = store.sql.transaction(async (tx) => {
      await tx.query(`SELECT * FROM es_append('stalled', 'any', NULL, '[{"id":"0f6c9a3e-2b1d-4c5e-8f70-9a1b2c3d4e5f","type":"Stalled","data":{}}]')`);
      await sleep(1500);
      await tx.query('SELECT 1');
    });
    await sleep(100);
    await store.append('moving', [{ type: 'Moving', data: {} }]);
    expect(await store.readAll({ after: head })).toEqual([]);

    await expect(stalled).rejects.toBeInstanceOf(StoreUnavailableError);
    const after = await store.readAll({ after: head });
    expect(after.map((e) => e.type)).toEqual(['Moving']);
  });
});
