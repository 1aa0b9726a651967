import { randomUUID } from 'node:crypto';
import { START } from '../position';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { migrateEventStore } from './migrate';
import { openPostgresEventStore } from './open-postgres-event-store';
import { PgSqlClient } from './pg-sql-client';
import { PgliteSqlClient } from './pglite-sql-client';
import type { SqlClient } from './sql-client';

const backends: Array<[string, () => Promise<{ sql: SqlClient; cleanup: () => Promise<void> }>]> = [
  ['embedded (PGlite)', async () => ({ sql: await PgliteSqlClient.open(), cleanup: async () => undefined })],
];
if (process.env.TEST_DATABASE_URL) {
  backends.push(['PostgreSQL', async () => {
    const database: TestDatabase = await createTestDatabase();
    return { sql: new PgSqlClient({ connectionString: database.url }), cleanup: () => database.drop() };
  }]);
}

describe.each(backends)('eras after a logical restore: %s', (_name, open) => {
  it('opens a new era when stored transaction ids are ahead of the server, so new events sort after restored ones', async () => {
    const { sql, cleanup } = await open();
    const store = await openPostgresEventStore(sql);
    try {
      await store.append('region-JZ36', [{ type: 'Before', data: {} }]);
      // What a restore into a fresh cluster looks like: rows carry ids the new server has not reached.
      await sql.query(`INSERT INTO es_events (era, xid, id, stream_name, revision, type, data, metadata)
                       VALUES (1, '4000000000'::xid8, $1, 'region-JZ08', 0, 'Restored', '{}', '{}')`, [randomUUID()]);

      // Until the restart that follows a restore, those rows sit beyond the read fence.
      expect((await store.readAll({ after: START })).map((e) => e.type)).toEqual(['Before']);

      await migrateEventStore(sql);
      const eras = await sql.query<{ era: number }>('SELECT era FROM es_eras ORDER BY era');
      expect(eras.map((r) => Number(r.era))).toEqual([1, 2]);
      const restored = await store.readAll({ after: START });
      expect(restored.map((e) => e.type)).toEqual(['Before', 'Restored']);
      const checkpoint = restored[1]!.position;

      await store.append('region-JZ08', [{ type: 'After', data: {} }], { expectedRevision: 0 });
      expect((await store.readAll({ after: checkpoint })).map((e) => e.type)).toEqual(['After']);
      expect((await store.readAll()).map((e) => e.type)).toEqual(['Before', 'Restored', 'After']);

      await migrateEventStore(sql);
      expect(await sql.query('SELECT era FROM es_eras')).toHaveLength(2);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
