import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';

export interface LoadFigures {
  readonly requestsPerSecond: number;
  /** Response times in ms, from every answer (autocannon 9 reports p90 and p97.5 but no p95). */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly answered: number;
  /** Requests without an answer: timed out, or the connection failed. */
  readonly unanswered: number;
}

export interface Load {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A function gives every request a body of its own (a mutation needs a fresh idempotency key). */
  readonly body: string | (() => string);
  readonly connections: number;
  readonly seconds: number;
  readonly onAnswer?: (status: number, body: string) => void;
}

/** Nearest-rank percentile of ascending `sorted`. */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** `load.connections` clients each sending a POST as soon as the previous one is answered, for `load.seconds`. */
export function runLoad(load: Load): Promise<LoadFigures> {
  const { body, onAnswer } = load;
  const times: number[] = [];
  const request: autocannon.Request = {
    ...(typeof body === 'function' ? { setupRequest: (defaults: autocannon.Request) => ({ ...defaults, body: body() }) } : {}),
    ...(onAnswer ? { onResponse: (status: number, answer: string) => onAnswer(status, answer) } : {}),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: load.url, method: 'POST', headers: { ...load.headers }, body: typeof body === 'function' ? body() : body,
      connections: load.connections, duration: load.seconds, requests: [request],
    }, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error);
      const sorted = times.sort((a, b) => a - b);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
        answered: sorted.length, unanswered: result.timeouts + result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => { times.push(responseTime); });
  });
}

/** The baseline of an HTTP case: a bare Node server answering `payload` to every request. */
export async function staticJsonServer(payload: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(payload); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** How a GraphQL endpoint answered: accepted, or the reason it refused (an HTTP status or an error code). */
export class AnswerTally {
  accepted = 0;
  readonly refused = new Map<string, number>();

  readonly record = (status: number, body: string): void => {
    const reason = refusalOf(status, body);
    if (reason === undefined) this.accepted++;
    else this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
  };
}

function refusalOf(status: number, body: string): string | undefined {
  if (status < 200 || status > 299) return `HTTP ${status}`;
  // Parsed only when it can hold errors: the load generator shares the machine with the API.
  if (!body.includes('"errors"')) return undefined;
  try {
    const { errors } = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
    return errors === undefined ? undefined : String(errors[0]?.extensions?.code ?? 'error without code');
  } catch {
    return 'unreadable answer';
  }
}
