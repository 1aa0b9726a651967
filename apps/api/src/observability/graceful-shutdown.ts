import type { Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { ShutdownState } from './shutdown-state';

/** Of the deadline, what is kept for stopping the projectors and closing the store after draining. */
export const CLOSE_RESERVE_MS = 3000;

/**
 * Tracks the requests in flight on the HTTP server from the moment their headers arrive (before
 * the body is read), so draining waits for a mutation whose body is still coming in.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private idle: (() => void) | undefined;

  constructor(private readonly server: Server) {
    server.on('request', (_req, res: ServerResponse) => {
      if (this.draining) res.setHeader('connection', 'close');
      this.inFlight.add(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.inFlight.size === 0) this.idle?.();
      });
    });
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Stops listening at once (new connections are refused), closes idle keep-alive connections,
   * and asks every answer still to come to close its connection. Resolves true when the last
   * request in flight is answered, false when `timeoutMs` passes first.
   */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    this.server.close();
    this.server.closeIdleConnections();
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle = () => { clearTimeout(timer); resolve(true); };
    });
  }

  /** Ends what is left after the deadline: those clients get a reset, not an answer. */
  abort(): void {
    this.server.closeAllConnections();
  }
}

export interface GracefulShutdownOptions {
  /** The process exits within this after the first signal; forcibly (code 1) when a step hangs. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly exit?: (code: number) => void;
}

/**
 * SIGTERM (and SIGINT): stop taking requests, let those in flight finish (commands included),
 * then close the application: projectors stop after the batch in hand, whose checkpoint is
 * committed with it (ProjectionsModule, before any shutdown hook), and the store closes last
 * (EventStoreModule). Replaces Nest's `enableShutdownHooks`, which re-raises the signal and so
 * never exits with 0. A second signal exits at once.
 */
export function installGracefulShutdown(app: INestApplication, options: GracefulShutdownOptions): HttpDrain {
  const { timeoutMs, logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const drain = new HttpDrain(app.getHttpServer() as Server);
  let started = false;

  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    const began = Date.now();
    const deadline = setTimeout(() => {
      logger.fatal({ signal, timeoutMs, inFlight: drain.inFlightCount }, 'shutdown deadline passed: exiting forcibly');
      exit(1);
    }, timeoutMs);
    deadline.unref();
    app.get(ShutdownState).begin();
    logger.info({ signal, inFlight: drain.inFlightCount }, 'shutting down: refusing new connections, finishing requests in flight');
    const drained = await drain.drain(Math.max(0, timeoutMs - CLOSE_RESERVE_MS));
    if (!drained) {
      logger.warn({ inFlight: drain.inFlightCount }, 'requests still in flight at the drain deadline: closing their connections');
      drain.abort();
    }
    logger.info('requests drained: stopping projectors at their checkpoints and closing the store');
    try {
      await app.close();
    } catch (error) {
      logger.error({ err: error }, 'closing the application failed');
      clearTimeout(deadline);
      exit(1);
      return;
    }
    clearTimeout(deadline);
    logger.info({ durationMs: Date.now() - began }, 'shut down');
    exit(0);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (started) {
      logger.warn({ signal }, 'second signal during shutdown: exiting at once');
      exit(1);
      return;
    }
    started = true;
    void shutdown(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return drain;
}
