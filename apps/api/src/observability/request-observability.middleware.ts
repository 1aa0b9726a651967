import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger } from 'pino';
import type { LeerkringMetrics } from './metrics';
import {
  CORRELATION_HEADER, correlationIdOf, runInRequestScope, type GraphqlOperationSummary, type RequestScope,
} from './request-scope';

type Request = IncomingMessage & { originalUrl?: string };

/** Probes and scrapes come every few seconds: logged at debug so they do not drown the rest. */
const PROBE_PATHS = /^\/(health(\/.*)?|metrics)$/;

/** The path without its query string: a GET query may carry a GraphQL document with personal data. */
const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0] ?? '';

function levelOf(req: Request, res: ServerResponse, error?: Error): Level {
  if (error || res.statusCode >= 500) return 'error';
  if (PROBE_PATHS.test(pathOf(req.originalUrl ?? req.url))) return 'debug';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

/** `POST /graphql 200`; `aborted` when the client went away before the answer was complete. */
function summary(req: Request, res: ServerResponse): string {
  return `${req.method} ${pathOf(req.originalUrl ?? req.url)} ${res.writableEnded ? res.statusCode : 'aborted'}`;
}

/** The request's scope; its logger is made only when something logs in the request (most never do). */
class HttpRequestScope implements RequestScope {
  graphql?: GraphqlOperationSummary;
  private child: Logger | undefined;

  constructor(readonly correlationId: string, private readonly root: Logger, readonly metrics: LeerkringMetrics) {}

  get logger(): Logger {
    this.child ??= this.root.child({ correlationId: this.correlationId });
    return this.child;
  }
}

/**
 * The first thing every request meets: its correlation id (the caller's `x-correlation-id` or
 * `x-request-id`, else a new one) is echoed in `x-correlation-id`; one JSON log line is written when
 * the response is done (or the client went away); and the rest of the request runs in a scope
 * that carries the id to resolvers, the command side and the store, with a logger that stamps it
 * on every line.
 *
 * The line is written with the root logger and the request's fields, not through a child logger
 * per request: making two or three pino children for every request cost more than a tenth of an
 * overview request's time (CPU profile under 50 clients).
 */
export function requestObservability(root: Logger, metrics: LeerkringMetrics) {
  return (req: Request, res: ServerResponse, next: () => void): void => {
    const started = Date.now();
    const correlationId = correlationIdOf(req.headers);
    res.setHeader(CORRELATION_HEADER, correlationId);
    const scope = new HttpRequestScope(correlationId, root, metrics);
    const done = (error?: Error) => {
      res.off('finish', done);
      res.off('close', done);
      res.off('error', done);
      writeRequestLine(root, scope, req, res, Date.now() - started, error);
    };
    res.on('finish', done);
    res.on('close', done);
    res.on('error', done);
    runInRequestScope(scope, next);
  };
}

function writeRequestLine(
  root: Logger, scope: HttpRequestScope, req: Request, res: ServerResponse, durationMs: number, error: Error | undefined,
): void {
  const level = levelOf(req, res, error);
  if (!root.isLevelEnabled(level)) return;
  const line: Record<string, unknown> = {
    correlationId: scope.correlationId,
    req: { method: req.method, path: pathOf(req.originalUrl ?? req.url) },
    res: { statusCode: res.statusCode },
    durationMs,
  };
  if (scope.graphql) line['graphql'] = scope.graphql;
  if (error) line['err'] = error;
  root[level](line, summary(req, res));
}
