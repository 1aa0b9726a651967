import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { LeerkringMetrics } from './metrics';

/** What the GraphQL plugin learns about the operation, for the request's log line. */
export interface GraphqlOperationSummary {
  readonly operation: string;
  readonly type: string;
  readonly errorCodes: readonly string[];
}

/**
 * What belongs to one HTTP request wherever its work runs (resolvers, command handlers, the
 * store decorator): its correlation id, a logger that carries it, and the metrics to report to.
 */
export interface RequestScope {
  readonly correlationId: string;
  readonly logger: Logger;
  readonly metrics: LeerkringMetrics;
  graphql?: GraphqlOperationSummary;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The correlation id of the request being served, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export const CORRELATION_HEADER = 'x-correlation-id';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's id is kept when it is a plain token: it ends up in logs, response headers and event
 * metadata, so control characters, spaces and long values are replaced by a fresh id.
 */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

export function correlationIdOf(headers: Headers): string {
  for (const name of [CORRELATION_HEADER, REQUEST_ID_HEADER]) {
    const value = headers[name];
    const text = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && ACCEPTABLE_ID.test(text)) return text;
  }
  return randomUUID();
}
