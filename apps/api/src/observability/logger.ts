import type { LoggerService } from '@nestjs/common';
import { pino, stdTimeFunctions, type DestinationStream, type Level, type LevelWithSilent, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { currentRequestScope } from './request-scope';

/** Where log lines go: standard output, unless a test collects them. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** `LOG_LEVEL`, or `info`; under jest (NODE_ENV=test) `silent`, so test output stays clean. */
export function logLevelOf(config: Pick<AppConfig, 'LOG_LEVEL' | 'NODE_ENV'>): LevelWithSilent {
  return config.LOG_LEVEL ?? (config.NODE_ENV === 'test' ? 'silent' : 'info');
}

/**
 * One JSON object per line: `level` as a word, `time` as an ISO instant, the service and process.
 * Lines are written synchronously, so nothing is lost when the process exits right after.
 */
export function createRootLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'leerkring-api', pid: process.pid },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }, destination ?? pino.destination({ dest: 1, sync: true }));
}

/**
 * Nest's logger interface over pino: framework and application messages become JSON lines too,
 * with the correlation id of the request they were logged in.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, ...params: unknown[]): void { this.write('info', message, params); }
  error(message: unknown, ...params: unknown[]): void { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]): void { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]): void { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]): void { this.write('trace', message, params); }
  fatal(message: unknown, ...params: unknown[]): void { this.write('fatal', message, params); }

  private write(level: Level, message: unknown, params: readonly unknown[]): void {
    const logger = currentRequestScope()?.logger ?? this.root;
    if (!logger.isLevelEnabled(level)) return;
    // Nest's convention: the last string parameter is the context; for errors, a string before it the stack.
    const rest = [...params];
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' ? (rest.shift() as string) : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    if (message instanceof Error) {
      logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      logger[level]({ ...fields, ...(stack ? { stack } : {}), ...message });
    } else {
      logger[level]({ ...fields, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
