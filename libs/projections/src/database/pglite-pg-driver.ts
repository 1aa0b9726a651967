import { EventEmitter } from 'node:events';
import type { PgliteSqlClient } from '@leerkring/event-store';

/**
 * The slice of the `pg` module that TypeORM's PostgreSQL driver uses (`new Pool()`,
 * `pool.connect(callback)`, `client.query()`, `pool.end()`), served by the embedded PGlite.
 *
 * PGlite is one session, shared with the event store. A client handed out by `connect` holds
 * that session alone until it is released, so a TypeORM transaction can never interleave with
 * another transaction or an append. Code must therefore release a query runner before it uses
 * another connection, or it waits for itself.
 */
/**
 * `date` columns arrive as the text PostgreSQL sends (`2024-04-01`), as the `pg` driver gives them
 * to TypeORM. PGlite would make midnight-UTC Dates of them, which TypeORM then formats in local
 * time: a day early west of Greenwich.
 */
const DATE_OID = 1082;
const QUERY_OPTIONS = { parsers: { [DATE_OID]: (value: string) => value } };

export function pgliteDriverFor(client: PgliteSqlClient): unknown {
  class LeasedClient extends EventEmitter {
    constructor(private readonly active: () => boolean) {
      super();
    }

    query(text: string, paramsOrCallback?: unknown, maybeCallback?: unknown): Promise<unknown> | undefined {
      const callback = (typeof paramsOrCallback === 'function' ? paramsOrCallback : maybeCallback) as
        | ((error: unknown, result?: unknown) => void)
        | undefined;
      const params = Array.isArray(paramsOrCallback) ? paramsOrCallback : undefined;
      const result = this.run(text, params);
      if (!callback) return result;
      result.then((r) => callback(null, r), (error) => callback(error));
      return undefined;
    }

    private async run(text: string, params: unknown[] | undefined) {
      if (!this.active()) throw new Error('query on a released embedded database connection');
      // Parameterless text may hold several statements (migrations): the simple protocol runs them.
      if (!params || params.length === 0) {
        const results = await client.db.exec(text, QUERY_OPTIONS);
        const last = results[results.length - 1];
        return toPgResult(text, last?.rows ?? [], last?.affectedRows, last?.fields ?? []);
      }
      const result = await client.db.query(text, params, QUERY_OPTIONS);
      return toPgResult(text, result.rows, result.affectedRows, result.fields);
    }

    release(): void {
      /* replaced per lease */
    }
  }

  class Pool extends EventEmitter {
    connect(callback?: (error: unknown, client?: LeasedClient, release?: (error?: unknown) => void) => void): Promise<LeasedClient> | undefined {
      const leased = new Promise<[LeasedClient, () => void]>((resolveLease) => {
        void client.exclusive(() => new Promise<void>((done) => {
          let active = true;
          const leasedClient = new LeasedClient(() => active);
          const release = () => {
            if (!active) return;
            active = false;
            done();
          };
          leasedClient.release = release;
          resolveLease([leasedClient, release]);
        }));
      });
      if (!callback) return leased.then(([c]) => c);
      leased.then(([c, release]) => callback(null, c, release), (error) => callback(error));
      return undefined;
    }

    query(text: string, params?: unknown[]): Promise<unknown> {
      return (this.connect() as Promise<LeasedClient>).then(async (c) => {
        try {
          return await c.query(text, params);
        } finally {
          c.release();
        }
      });
    }

    end(callback?: (error?: unknown) => void): Promise<void> | undefined {
      // The session belongs to the event store, which closes it.
      if (callback) {
        callback();
        return undefined;
      }
      return Promise.resolve();
    }
  }

  return { Pool, Client: LeasedClient, defaults: {}, types: { setTypeParser: () => undefined } };
}

function toPgResult(text: string, rows: unknown[], affectedRows: number | undefined, fields: unknown[]) {
  const command = /^\s*(?:WITH\b[\s\S]*?\)\s*)?(\w+)/i.exec(text)?.[1]?.toUpperCase() ?? 'SELECT';
  return { command, rows, rowCount: command === 'SELECT' ? rows.length : affectedRows ?? rows.length, fields };
}
