import request from 'supertest';
import { EVENT_STORE, WrongExpectedRevisionError, type ConfiguredEventStore, type EventStore } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import { FLEVOLAND, SUMMER_2024, WEST_BRABANT_WEST } from '../command-side/testing/fixtures';
import { beheerder } from '../command-side/testing/principals';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { accepted, refusal, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { PROJECTION_ENGINE } from '../projections/projections.module';
import { declaredMetrics, sampleValue } from './testing/prometheus-text';

describe('GET /metrics', () => {
  let t: GraphqlTestApp;
  let engine: ProjectionEngine;

  const scrape = async (): Promise<string> => {
    const res = await request(t.app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };
  const until = async (check: (text: string) => boolean): Promise<string> => {
    for (let i = 0; i < 100; i++) {
      const text = await scrape();
      if (check(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the metrics never showed the expected values');
  };

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    engine = t.app.get(PROJECTION_ENGINE);
    accepted(await t.mutate('registerRegion', { idempotencyKey: 'register-jz36', ...WEST_BRABANT_WEST }, beheerder));
  });
  afterAll(async () => { await t?.close(); });

  it('answers the Prometheus text format, every metric under leerkring_, process memory included', async () => {
    const text = await scrape();
    const names = declaredMetrics(text);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !name.startsWith('leerkring_'))).toEqual([]);
    expect(sampleValue(text, 'leerkring_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(sampleValue(text, 'leerkring_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining([
      'leerkring_nodejs_heap_size_used_bytes', 'leerkring_nodejs_eventloop_lag_seconds',
      'leerkring_event_store_append_duration_seconds', 'leerkring_event_store_append_conflicts_total',
      'leerkring_graphql_operation_duration_seconds', 'leerkring_graphql_errors_total',
      'leerkring_projection_lag_events', 'leerkring_projection_lag_seconds', 'leerkring_event_store_fence_age_seconds',
    ]));
  });

  it('times every append by stream category and counts the conflicts', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    await expect(store.append('region-JZ36', [{ type: 'RegionRenamed', data: {} }], { expectedRevision: 5 }))
      .rejects.toBeInstanceOf(WrongExpectedRevisionError);
    const text = await scrape();
    const region = { stream_category: 'region' };
    expect(sampleValue(text, 'leerkring_event_store_append_duration_seconds_count', { ...region, outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, 'leerkring_event_store_append_duration_seconds_count', { ...region, outcome: 'conflict' })).toBe(1);
    expect(sampleValue(text, 'leerkring_event_store_append_conflicts_total', region)).toBe(1);
    expect(sampleValue(text, 'leerkring_event_store_appended_events_total', region)).toBe(1);
    expect(sampleValue(text, 'leerkring_event_store_append_duration_seconds_bucket', { ...region, outcome: 'ok', le: '+Inf' })).toBe(1);
  });

  it('times GraphQL operations by root field and counts errors by the code the client saw', async () => {
    const conflict = refusal(await t.mutate('addMunicipality', {
      idempotencyKey: 'add-stale', regionId: 'JZ36', municipality: 'Zundert', expectedRevision: 7,
    }, beheerder));
    expect(conflict.extensions.code).toBe('CONFLICT');
    const unparsable = await t.query('{ projectionStatus { name ', undefined, beheerder);
    expect(unparsable.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await t.query('{ projectionStatus { name } }', undefined, beheerder)).errors).toBeUndefined();
    expect((await t.query('{ projectionStatus { name } __typename }', undefined, beheerder)).errors).toBeUndefined();

    const text = await scrape();
    const duration = 'leerkring_graphql_operation_duration_seconds_count';
    expect(sampleValue(text, duration, { operation: 'registerRegion', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, duration, { operation: 'addMunicipality', type: 'mutation', outcome: 'error' })).toBe(1);
    expect(sampleValue(text, duration, { operation: 'projectionStatus', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, duration, { operation: 'multiple', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, duration, { operation: 'unresolved', type: 'unresolved', outcome: 'error' })).toBe(1);
    expect(sampleValue(text, 'leerkring_graphql_errors_total', { operation: 'addMunicipality', code: 'CONFLICT' })).toBe(1);
    expect(sampleValue(text, 'leerkring_graphql_errors_total', { operation: 'unresolved', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(sampleValue(text, 'leerkring_graphql_errors_total', { operation: 'projectionStatus' })).toBeUndefined();
  });

  it('reads projection lag and state when scraped: a stopped projector falls behind, a restarted one catches up', async () => {
    const caughtUp = await until((text) => sampleValue(text, 'leerkring_projection_lag_events', { projection: 'regions' }) === 0);
    expect(sampleValue(caughtUp, 'leerkring_projection_state', { projection: 'regions', state: 'live' })).toBe(1);
    expect(sampleValue(caughtUp, 'leerkring_projection_lag_seconds', { projection: 'regions' })).toBe(0);

    await engine.runner('regions').stop();
    accepted(await t.mutate('registerRegion', { idempotencyKey: 'register-jz08', ...FLEVOLAND }, beheerder));
    const behind = await scrape();
    expect(sampleValue(behind, 'leerkring_projection_lag_events', { projection: 'regions' })).toBe(1);
    expect(sampleValue(behind, 'leerkring_projection_lag_seconds', { projection: 'regions' })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(behind, 'leerkring_projection_state', { projection: 'regions', state: 'stopped' })).toBe(1);
    expect(sampleValue(behind, 'leerkring_projection_state', { projection: 'regions', state: 'live' })).toBeUndefined();

    engine.runner('regions').start();
    const again = await until((text) => sampleValue(text, 'leerkring_projection_lag_events', { projection: 'regions' }) === 0);
    expect(sampleValue(again, 'leerkring_projection_state', { projection: 'regions', state: 'live' })).toBe(1);
  });

  it('reports the fence age of the embedded store (no other writer: 0)', async () => {
    expect(sampleValue(await scrape(), 'leerkring_event_store_fence_age_seconds')).toBe(0);
  });

  // Last: the store stays closed.
  it('still answers with the store gone: the store-read gauges are left out and the failures counted', async () => {
    await t.app.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE).store.close();
    const text = await scrape();
    expect(sampleValue(text, 'leerkring_projection_lag_events', { projection: 'regions' })).toBeUndefined();
    expect(sampleValue(text, 'leerkring_metrics_collector_failures_total', { collector: 'projections' })).toBe(1);
    expect(sampleValue(text, 'leerkring_metrics_collector_failures_total', { collector: 'fence' })).toBe(1);
    expect(sampleValue(text, 'leerkring_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
