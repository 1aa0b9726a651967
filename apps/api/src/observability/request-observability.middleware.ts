import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { LeerkringMetrics } from './metrics';
import { CORRELATION_HEADER, correlationIdOf, runInRequestScope, type RequestScope } from './request-scope';

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

/**
 * The first thing every request meets: its correlation id (the caller's `x-correlation-id` or
 * `x-request-id`, else a new one) is echoed in `x-correlation-id`; one JSON log line is written when
 * the response is done; and the rest of the request runs in a scope that carries the id to
 * resolvers, the command side and the store, with a logger that stamps it on every line.
 */
export function requestObservability(root: Logger, metrics: LeerkringMetrics) {
  const scopes = new WeakMap<IncomingMessage, RequestScope>();
  const http = pinoHttp<Request, ServerResponse>({
    logger: root,
    // The request logger handed to the code carries only the id; the request and response
    // fields go on the one line written at the end.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: levelOf,
    customSuccessMessage: summary,
    customErrorMessage: summary,
    customProps: (req) => {
      const graphql = scopes.get(req)?.graphql;
      return graphql ? { graphql } : {};
    },
  });

  return (req: Request, res: ServerResponse, next: () => void): void => {
    const correlationId = correlationIdOf(req.headers);
    res.setHeader(CORRELATION_HEADER, correlationId);
    req.id = correlationId;
    http(req, res);
    const scope: RequestScope = { correlationId, logger: req.log, metrics };
    scopes.set(req, scope);
    runInRequestScope(scope, next);
  };
}
