import { Client } from 'pg';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { openServerEventStore } from './open-postgres-event-store';

let database: TestDatabase;
afterAll(async () => { await database?.drop(); });

describeEventStoreContract(
  'PostgreSQL',
  async () => {
    database = await createTestDatabase();
    return openServerEventStore(database.url, { pollIntervalMs: 50 });
  },
  {
    holdOpenAppend: async (streamName, events) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query('BEGIN');
      await client.query('SELECT * FROM es_append($1, $2, $3, $4::jsonb)', [streamName, 'any', null, JSON.stringify(events)]);
      const end = async (how: 'COMMIT' | 'ROLLBACK') => {
        try { await client.query(how); } finally { await client.end(); }
      };
      return { commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') };
    },
  },
);
