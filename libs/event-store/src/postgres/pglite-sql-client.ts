import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { claimDataDir } from './data-dir-lock';
import { copyStatement, type SqlClient, type SqlExecutor } from './sql-client';

/**
 * PGlite is one database session. Two interleaved transactions on it would share that session
 * and lose atomicity, so every statement and every transaction here runs alone, in order.
 */
export class PgliteSqlClient implements SqlClient {
  readonly kind = 'pglite' as const;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly db: PGlite, private readonly releaseDataDir: () => Promise<void>) {}

  /** `dataDir` is a folder to persist into, or undefined for memory only (tests). */
  static async open(dataDir?: string): Promise<PgliteSqlClient> {
    // 'memory://' keeps the database in memory (tests); anything else is a folder on disk.
    const onDisk = Boolean(dataDir && !dataDir.includes('://'));
    let release: () => Promise<void> = async () => undefined;
    if (onDisk) {
      await mkdir(dataDir!, { recursive: true });
      release = await claimDataDir(dataDir!);
    }
    try {
      const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
      return new PgliteSqlClient(db, release);
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** Runs `work` after everything queued before it, alone on the session. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.exclusive(async () => (await this.db.query<Row>(text, params as unknown[] | undefined)).rows);
  }

  queryPrepared<Row>(_name: string, text: string, params: readonly unknown[]): Promise<Row[]> {
    return this.query<Row>(text, params);
  }

  exec(script: string): Promise<void> {
    return this.exclusive(async () => { await this.db.exec(script); });
  }

  copyFrom(table: string, columns: readonly string[], csv: string): Promise<void> {
    return this.exclusive(() => copyInto(this.db, table, columns, csv));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.db.transaction(async (pgTx) => {
        const tx: SqlExecutor = {
          query: async <Row>(text: string, params?: readonly unknown[]) =>
            (await pgTx.query<Row>(text, params as unknown[] | undefined)).rows,
          exec: async (script: string) => { await pgTx.exec(script); },
          copyFrom: (table, columns, csv) => copyInto(pgTx, table, columns, csv),
        };
        return work(tx);
      }),
    );
  }

  async close(): Promise<void> {
    await this.exclusive(() => this.db.close());
    await this.releaseDataDir();
  }
}

/** PGlite has no STDIN: COPY reads the rows from a blob handed over with the query. */
async function copyInto(db: Pick<PGlite, 'query'>, table: string, columns: readonly string[], csv: string): Promise<void> {
  await db.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
}
