import { parse, type OperationDefinitionNode } from 'graphql';
import type { DestinationStream } from 'pino';
import { loadAppConfig } from '../config/app-config';
import { operationLabel, UNRESOLVED } from './graphql-metrics.plugin';
import { createRootLogger, logLevelOf, PinoNestLogger } from './logger';
import { LeerkringMetrics, streamCategory } from './metrics';
import { correlationIdOf, currentCorrelationId, runInRequestScope } from './request-scope';

const collect = () => {
  const lines: Record<string, unknown>[] = [];
  const destination: DestinationStream = { write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>); } };
  return { lines, destination };
};

describe('log level', () => {
  it('is LOG_LEVEL when set, else info, and silent under jest', () => {
    expect(logLevelOf(loadAppConfig({ LOG_LEVEL: 'debug' }))).toBe('debug');
    expect(logLevelOf(loadAppConfig({ NODE_ENV: 'development' }))).toBe('info');
    expect(logLevelOf(loadAppConfig({ NODE_ENV: 'test' }))).toBe('silent');
    expect(() => loadAppConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('PinoNestLogger', () => {
  it("writes Nest's messages as JSON with their context, and the correlation id of the request they run in", () => {
    const { lines, destination } = collect();
    const root = createRootLogger('info', destination);
    const logger = new PinoNestLogger(root);
    logger.log('outside any request', 'Demo');
    runInRequestScope({ correlationId: 'c-1', logger: root.child({ correlationId: 'c-1' }), metrics: new LeerkringMetrics() }, () => {
      expect(currentCorrelationId()).toBe('c-1');
      logger.warn('inside', 'Projections');
      logger.error('failed', 'Error: failed\n    at x', 'Commands');
      logger.debug('below the level', 'Demo');
    });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', context: 'Demo', msg: 'outside any request' }),
      expect.objectContaining({ level: 'warn', context: 'Projections', msg: 'inside', correlationId: 'c-1' }),
      expect.objectContaining({ level: 'error', context: 'Commands', msg: 'failed', stack: 'Error: failed\n    at x', correlationId: 'c-1' }),
    ]);
    expect(lines[0]).not.toHaveProperty('correlationId');
  });
});

describe('correlation id of a request', () => {
  it('prefers x-correlation-id, then x-request-id, and replaces what is not a plain token', () => {
    expect(correlationIdOf({ 'x-correlation-id': 'a-1', 'x-request-id': 'b-2' })).toBe('a-1');
    expect(correlationIdOf({ 'x-request-id': 'b-2' })).toBe('b-2');
    expect(correlationIdOf({ 'x-correlation-id': 'bad\nline', 'x-request-id': 'b-2' })).toBe('b-2');
    expect(correlationIdOf({ 'x-correlation-id': '' })).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdOf({})).not.toBe(correlationIdOf({}));
  });
});

describe('metric labels stay few', () => {
  const operation = (document: string) => parse(document).definitions[0] as OperationDefinitionNode;

  it('names a GraphQL operation by its root field, never by the client-chosen name', () => {
    expect(operationLabel(operation('query MyOwnName { learnings { totalCount } }'))).toBe('learnings');
    expect(operationLabel(operation('mutation { a: registerRegion(input: {}) { revision } b: registerRegion(input: {}) { revision } }'))).toBe('registerRegion');
    expect(operationLabel(operation('{ regions { id } circles { id } }'))).toBe('multiple');
    expect(operationLabel(operation('{ ... on Query { regions { id } } }'))).toBe('multiple');
    expect(operationLabel(undefined)).toBe(UNRESOLVED);
  });

  it('names a stream by its category, never by its id', () => {
    expect(streamCategory('region-JZ36')).toBe('region');
    expect(streamCategory('reporting-period-2024-q3')).toBe('reporting-period');
    expect(streamCategory('learning-0f6c9a3e-2b1d-4c5e-8f70-9a1b2c3d4e5f')).toBe('learning');
    expect(streamCategory('person-keys-x')).toBe('other');
  });
});
