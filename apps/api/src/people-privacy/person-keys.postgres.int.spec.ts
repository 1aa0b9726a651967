import { randomBytes, randomUUID } from 'node:crypto';
import { PgSqlClient } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { PersonKeys } from './person-keys';

/** On a server, writers really race: each person still gets exactly one key. */
describe('the key store of personal data on PostgreSQL', () => {
  let database: TestDatabase;
  let sql: PgSqlClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new PgSqlClient({ connectionString: database.url, maxConnections: 10 });
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it('opens concurrently, and gives twenty racing writers of one new person the same key', async () => {
    const master = randomBytes(32);
    const stores = await Promise.all(Array.from({ length: 4 }, () => PersonKeys.open(sql, master)));
    const anna = randomUUID();
    const context = { subject: anna, eventId: randomUUID(), eventType: 'ParticipantAdded', field: 'person' };
    const keys = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 4]!.keysForSealing([anna, randomUUID()])));
    const sealed = keys[0]!.get(anna)!.seal({ name: 'Anna de Vries' }, context);
    for (const key of keys) expect(key.get(anna)!.open(sealed, context)).toEqual({ name: 'Anna de Vries' });
    expect(new Set(keys.map((key) => key.get(anna)!.wrapped)).size).toBe(1);
    const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM person_keys');
    expect(row!.n).toBe(21);
  });
});
