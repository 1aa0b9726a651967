import { types } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DatabaseError, Pool, type PoolClient, type PoolConfig, type QueryResult } from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { StoreUnavailableError } from '../errors';
import { copyStatement, type SqlClient, type SqlExecutor } from './sql-client';

/** SQLSTATE classes and codes that mean "the server is not there", not "your request is wrong". */
// 25P03: the server ended a session left idle inside a transaction.
const UNAVAILABLE_SQLSTATES = new Set(['25P03', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isConnectionFailure(error: unknown): boolean {
  // Socket errors are made by Node's core: in another realm (jest's sandbox, a vm) they are no
  // `instanceof Error` of ours, and a refused connection must still read as an outage there.
  if (!(error instanceof Error) && !types.isNativeError(error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  if (error instanceof DatabaseError) return false;
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(error.message);
}

export function toStoreError(error: unknown): unknown {
  if (isConnectionFailure(error)) {
    return new StoreUnavailableError(`PostgreSQL is not reachable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

export interface PgSqlClientOptions {
  readonly connectionString: string;
  readonly maxConnections?: number;
  /** A writer left idle inside a transaction holds back every reader of all streams. */
  readonly idleInTransactionTimeoutMs?: number;
  readonly applicationName?: string;
}

async function rowsOf<Row>(run: () => Promise<QueryResult>): Promise<Row[]> {
  try {
    return (await run()).rows as Row[];
  } catch (error) {
    throw toStoreError(error);
  }
}

export class PgSqlClient implements SqlClient {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;

  constructor(options: PgSqlClientOptions) {
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 10_000,
      application_name: options.applicationName ?? 'leerkring-event-store',
      connectionTimeoutMillis: 5_000,
    };
    this.pool = new Pool(config);
    // An idle client that loses its server emits here; without a listener Node would crash.
    this.pool.on('error', () => undefined);
  }

  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]> {
    return rowsOf<Row>(() => this.pool.query(text, params as unknown[] | undefined));
  }

  queryPrepared<Row>(name: string, text: string, params: readonly unknown[]): Promise<Row[]> {
    return rowsOf<Row>(() => this.pool.query({ name, text, values: params as unknown[] }));
  }

  async exec(script: string): Promise<void> {
    await this.query(script);
  }

  async copyFrom(table: string, columns: readonly string[], csv: string): Promise<void> {
    await this.transaction((tx) => tx.copyFrom(table, columns, csv));
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toStoreError(error);
    }
    // A checked-out client whose server ends the session emits 'error'; the query fails too.
    const onError = () => undefined;
    client.on('error', onError);
    const tx: SqlExecutor = {
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        try {
          return (await client.query(text, params as unknown[] | undefined)).rows as Row[];
        } catch (error) {
          throw toStoreError(error);
        }
      },
      exec: async (script: string) => { await tx.query(script); },
      copyFrom: async (table, columns, csv) => {
        try {
          await pipeline(Readable.from([csv]), client.query(copyFromStdin(copyStatement(table, columns, 'STDIN'))));
        } catch (error) {
          throw toStoreError(error);
        }
      },
    };
    let broken = false;
    try {
      await tx.query('BEGIN');
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      broken = isConnectionFailure(error) || error instanceof StoreUnavailableError;
      if (!broken) await client.query('ROLLBACK').catch(() => { broken = true; });
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken ? true : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
