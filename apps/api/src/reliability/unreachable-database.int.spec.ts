import { Client } from 'pg';
import { createReadDataSource } from '@leerkring/projections';
import { PgSqlClient, StoreUnavailableError } from '@leerkring/event-store';
import { ErrorCode, toGraphQLError } from '../graphql/error-mapping';
import { freePort } from './testing/api-process';

/**
 * What the API answers when its PostgreSQL server is not there, for both ways it reads: the event
 * store's pool (StoreUnavailableError) and the read models' TypeORM data source (the driver's own
 * errors). Both are the retryable SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR. The connection
 * is really refused: a port nothing listens on.
 */
describe('an unreachable database, as the client sees it', () => {
  let url: string;

  beforeAll(async () => { url = `postgres://postgres@127.0.0.1:${await freePort()}/leerkring`; });

  const answerTo = (error: unknown) => toGraphQLError(error).extensions;

  it('maps the store adapter\'s refusal to the retryable SERVICE_UNAVAILABLE', async () => {
    const sql = new PgSqlClient({ connectionString: url });
    try {
      const error = await sql.query('SELECT 1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(answerTo(error)).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true });
    } finally {
      await sql.close();
    }
  });

  it('maps the read models\' driver error (TypeORM over pg) the same way', async () => {
    const dataSource = createReadDataSource({ kind: 'postgres', url }, { entities: [], migrations: [] });
    const error = await dataSource.initialize().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(answerTo(error)).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true });
  });

  it('maps a plain client\'s refused connection too, and leaves other database errors internal', async () => {
    const client = new Client({ connectionString: url });
    const refused = await client.connect().catch((e: unknown) => e);
    expect(answerTo(refused)).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true });
    // A query the server refuses for what it is (here: SQLSTATE 42P01, no such table) is no outage.
    const notAnOutage = Object.assign(new Error('relation "nope" does not exist'), { code: '42P01' });
    expect(answerTo(notAnOutage)).toMatchObject({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(answerTo({ driverError: notAnOutage, message: 'QueryFailedError' })).toMatchObject({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });
});
