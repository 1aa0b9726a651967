import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

export const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await Promise.resolve().then(check).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly at: number;
}

/** The API as its own process (`node -r @swc-node/register main.ts`), its JSON log lines collected. */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  readonly logs: Record<string, unknown>[];
  readonly stderr: string[];
  readonly exited: Promise<Exit>;
}

/** A log line as JSON; anything else kept as `raw`, so a stray line fails an assertion, not the reader. */
function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { raw: line };
  }
}

const REPO_ROOT = join(__dirname, '..', '..', '..', '..', '..');

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'apps', 'api', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', LEERKRING_DEMO_DATA: 'off', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const text = partial + chunk;
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) if (line.trim() !== '') logs.push(parseLine(line));
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr.push(chunk); });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  const url = `http://127.0.0.1:${port}`;
  // POST, not a GET probe: the answer proves the whole stack (sign-in included) is up.
  const up = () => fetch(`${url}/auth/dev/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"beheerder"}',
  }).then((res) => res.ok, () => false);
  const deadline = Date.now() + 90_000;
  while (!(await up())) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} while starting: ${stderr.join('')}`);
    if (Date.now() > deadline) throw new Error(`the API on port ${port} did not come up: ${stderr.join('')}`);
    await sleep(100);
  }
  return { child, port, url, logs, stderr, exited };
}

/** A development token of the process's own issuer. */
export async function devToken(url: string, role = 'beheerder'): Promise<string> {
  const res = await fetch(`${url}/auth/dev/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** True when a new TCP connection to the port is refused. */
export const connectionRefused = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(false); });
  socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
});

export interface HeldRequest {
  /** Sends the rest of the body; resolves with the answer, or rejects when the connection is cut. */
  finish(): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>;
  /** Resolves when the connection ends without an answer. */
  readonly cut: Promise<NodeJS.ErrnoException>;
}

/**
 * A POST whose headers and first half of the body are sent now, on a connection of its own, and
 * the rest only when asked: a request the server has in flight for as long as the test wants.
 */
export function holdRequest(port: number, path: string, headers: Record<string, string>, body: string): HeldRequest {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let cutResolve: (error: NodeJS.ErrnoException) => void = () => undefined;
  const cut = new Promise<NodeJS.ErrnoException>((resolve) => { cutResolve = resolve; });
  const req = httpRequest({
    host: '127.0.0.1', port, path, method: 'POST', agent: false,
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.length) },
  });
  const answer = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.once('error', (error: NodeJS.ErrnoException) => { cutResolve(error); reject(error); });
  });
  answer.catch(() => undefined);
  req.write(bytes.subarray(0, half));
  return {
    finish: () => { req.end(bytes.subarray(half)); return answer; },
    cut,
  };
}
