import { PostgresEventStore, type ConfiguredEventStore } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import type { LeerkringMetrics } from './metrics';

/** Projection lag and state from the engine, read at scrape time (each status asks the store). */
export function registerProjectionCollector(metrics: LeerkringMetrics, engine: ProjectionEngine): void {
  const reset = () => {
    metrics.projectionLagEvents.reset();
    metrics.projectionLagSeconds.reset();
    metrics.projectionState.reset();
  };
  metrics.onScrape('projections', async () => {
    const statuses = await engine.statuses();
    reset();
    for (const status of statuses) {
      const projection = status.name;
      if (status.lagEvents !== null) metrics.projectionLagEvents.set({ projection }, status.lagEvents);
      metrics.projectionLagSeconds.set({ projection }, status.lagSeconds);
      metrics.projectionState.set({ projection, state: status.state }, 1);
    }
  }, reset);
}

/**
 * The age of the read fence (docs/event-store.md, "The ordering guarantee"), on the adapters that
 * have one: PostgreSQL and embedded (the same SQL). EventStoreDB commits atomically in its log and
 * has none. Asked through a view over the store's own SQL client, because the store the
 * application holds is wrapped (personal-data protection) and does not expose it.
 */
export function registerFenceCollector(metrics: LeerkringMetrics, configured: ConfiguredEventStore): void {
  if (configured.adapter === 'eventstoredb') return;
  const fence = new PostgresEventStore(configured.readSql);
  metrics.onScrape('fence', async () => {
    metrics.fenceAge.set(await fence.fenceAgeSeconds());
  }, () => metrics.fenceAge.reset());
}
