import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { until } from './wait';

export const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
  server.on('error', reject);
});

const MAIN = join(__dirname, '..', '..', 'main.ts');

export interface ApiProcessSettings {
  readonly databaseUrl: string;
  /** Shared by every process of a test, so the development issuer's key is the same for all. */
  readonly dataDir: string;
  readonly env?: Readonly<Record<string, string>>;
  /** A compiled `main.js` to run with plain Node, as `npm start` does; without it `main.ts` runs through swc. */
  readonly entry?: string;
  /** Options for Node itself, before the entry (`--max-old-space-size=512`). */
  readonly nodeOptions?: readonly string[];
}

/**
 * The API as operators run it: its own Node process (`main.ts` through swc, or `entry`), on
 * PostgreSQL. The tests kill it, stop its database under it and restart it; the last lines of its
 * stderr are kept for the failure message.
 */
export class ApiProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private outputTail: string[] = [];
  url = '';

  constructor(private readonly settings: ApiProcessSettings) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves when it answers `/health` (HTTP up and store reachable). */
  async start(timeoutMs = 60_000): Promise<string> {
    if (this.running) throw new Error('the API process is running already');
    const port = await freePort();
    const entry = this.settings.entry ? [this.settings.entry] : ['-r', '@swc-node/register', MAIN];
    const child = spawn(process.execPath, [...(this.settings.nodeOptions ?? []), ...entry], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: this.settings.databaseUrl,
        NODE_ENV: 'development',
        LEERKRING_DATA_DIR: this.settings.dataDir,
        LEERKRING_DEMO_DATA: 'off',
        LOG_LEVEL: 'warn',
        ...this.settings.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // The JSON log goes to stdout, crashes to stderr: keep the tail of both for failure messages.
    const keep = (chunk: string) => {
      this.outputTail.push(chunk);
      if (this.outputTail.length > 40) this.outputTail.shift();
    };
    child.stdout!.setEncoding('utf8').on('data', keep);
    child.stderr!.setEncoding('utf8').on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.url = `http://127.0.0.1:${port}`;
    try {
      await until(async () => {
        if (!this.running) throw new Error('exited');
        return (await fetch(`${this.url}/health`)).ok;
      }, timeoutMs, 'API /health');
    } catch (error) {
      throw new Error(`the API did not start: ${(error as Error).message}\n${this.output()}`);
    }
    return this.url;
  }

  /** SIGKILL: no drain, no checkpoint flush, no closing of connections. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child!.kill(signal);
    await this.exited;
  }

  /** Graceful stop (SIGTERM), as at the end of a test. */
  async stop(): Promise<void> {
    await this.kill('SIGTERM');
  }

  /** The last lines the process wrote (log and crash output). */
  output(): string {
    return this.outputTail.join('').slice(-4000);
  }
}
