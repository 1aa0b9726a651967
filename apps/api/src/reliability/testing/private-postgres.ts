import { execFile } from 'node:child_process';
import { readdir, mkdtemp, rm, chown, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './api-process';

const run = promisify(execFile);
const POSTGRES_LIB = '/usr/lib/postgresql';

/** The newest Debian PostgreSQL binaries (`initdb`, `pg_ctl`) on this machine. */
async function binDir(): Promise<string> {
  const versions = await readdir(POSTGRES_LIB).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL binaries under ${POSTGRES_LIB}: install Debian's postgresql package`);
  return join(POSTGRES_LIB, newest, 'bin');
}

/** initdb and postgres refuse to run as root: then they run as the postgres user. */
async function ownerIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}

export type StopMode = 'fast' | 'immediate';

/**
 * A PostgreSQL cluster of this test alone, in a temporary folder on a free port, so that it can be
 * stopped and started under a running API without touching the machine's shared server (other
 * engineers' tests use it). `fast` is a clean shutdown (sessions ended with 57P01), `immediate`
 * a crash: the server dies at once and recovers from its WAL at the next start.
 */
export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
    private readonly asPostgres: boolean,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const bin = await binDir();
    const dir = await mkdtemp(join(tmpdir(), 'leerkring-private-pg-'));
    const owner = await ownerIds();
    if (owner) {
      await chmod(dir, 0o700);
      await chown(dir, owner.uid, owner.gid);
    }
    const cluster = new PrivatePostgres(bin, dir, await freePort(), owner !== undefined);
    await cluster.pg('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    await cluster.start();
    return cluster;
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** The URL of a database on this cluster. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async start(): Promise<void> {
    await this.pg('pg_ctl', [
      'start', '-D', this.dataDir, '-w', '-t', '60', '-l', join(this.dir, 'server.log'),
      // The socket goes into the private folder too: nothing of this cluster touches /var/run.
      '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`,
    ]);
  }

  async stop(mode: StopMode = 'fast'): Promise<void> {
    await this.pg('pg_ctl', ['stop', '-D', this.dataDir, '-w', '-t', '60', '-m', mode]);
  }

  /** Stops the server (if running) and removes its folder. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async pg(tool: string, args: readonly string[]): Promise<void> {
    const path = join(this.bin, tool);
    const [file, argv] = this.asPostgres ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, [...args]];
    try {
      await run(file, argv, { cwd: this.dir, timeout: 90_000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${tool} ${args[0]} failed: ${stderr || stdout || (error as Error).message}`);
    }
  }
}
