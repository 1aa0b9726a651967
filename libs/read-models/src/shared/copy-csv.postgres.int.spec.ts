import { PgSqlClient, type SqlClient } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../event-store/src/testing/test-database';
import { describeCopyRows } from './copy-csv.fixtures';

describe('rows written with COPY on a PostgreSQL server', () => {
  let database: TestDatabase;
  describeCopyRows(
    async () => {
      database = await createTestDatabase();
      return new PgSqlClient({ connectionString: database.url });
    },
    async (sql: SqlClient) => {
      await sql.close();
      await database.drop();
    },
  );
});
