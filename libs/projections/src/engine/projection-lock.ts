import { Client } from 'pg';

/**
 * Only one process runs a projector at a time. On PostgreSQL this is a session-level advisory
 * lock on a connection of its own, held while the projector runs: a transaction-level lock
 * would keep a transaction open, and an open transaction holds back every reader of all streams.
 * If that session dies the lock is gone; the checkpoint guard still keeps the effect exactly-once.
 */
export interface ProjectionLock {
  tryAcquire(name: string): Promise<boolean>;
  release(name: string): Promise<void>;
  /** False once the lock's session is gone: the holder must stop and try again. */
  isHeld(name: string): Promise<boolean>;
  close(): Promise<void>;
}

/** One process owns the embedded database: a lock in memory is all it needs. */
export class InProcessProjectionLock implements ProjectionLock {
  private static readonly held = new Set<string>();
  private readonly mine = new Set<string>();

  async tryAcquire(name: string): Promise<boolean> {
    if (InProcessProjectionLock.held.has(name)) return this.mine.has(name);
    InProcessProjectionLock.held.add(name);
    this.mine.add(name);
    return true;
  }

  async release(name: string): Promise<void> {
    if (!this.mine.delete(name)) return;
    InProcessProjectionLock.held.delete(name);
  }

  async isHeld(name: string): Promise<boolean> {
    return this.mine.has(name);
  }

  async close(): Promise<void> {
    for (const name of [...this.mine]) await this.release(name);
  }
}

export class AdvisoryProjectionLock implements ProjectionLock {
  private session: Client | undefined;
  private broken = false;
  private readonly held = new Set<string>();
  /** The session is shared by every projector of the process: one statement at a time on it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly connectionString: string) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async connection(): Promise<Client> {
    if (this.session && !this.broken) return this.session;
    this.held.clear();
    const client = new Client({ connectionString: this.connectionString, application_name: 'leerkring-projection-lock' });
    client.on('error', () => { this.broken = true; });
    await client.connect();
    this.broken = false;
    this.session = client;
    return client;
  }

  tryAcquire(name: string): Promise<boolean> {
    return this.serial(async () => {
      const client = await this.connection();
      const { rows } = await client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_lock(hashtext('leerkring.projection'), hashtext($1)) AS ok`, [name]);
      if (rows[0]?.ok) this.held.add(name);
      return Boolean(rows[0]?.ok);
    });
  }

  release(name: string): Promise<void> {
    return this.serial(async () => {
      if (!this.held.delete(name) || !this.session || this.broken) return;
      await this.session.query(`SELECT pg_advisory_unlock(hashtext('leerkring.projection'), hashtext($1))`, [name]).catch(() => undefined);
    });
  }

  isHeld(name: string): Promise<boolean> {
    return this.serial(async () => {
      if (this.broken || !this.session || !this.held.has(name)) return false;
      try {
        await this.session.query('SELECT 1');
        return true;
      } catch {
        this.broken = true;
        return false;
      }
    });
  }

  close(): Promise<void> {
    return this.serial(async () => {
      this.held.clear();
      await this.session?.end().catch(() => undefined);
      this.session = undefined;
    });
  }
}
