import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const METRIC_PREFIX = 'leerkring_';

/** A collector refreshes gauges from their source (the store, the projection engine) when scraped. */
export type ScrapeCollector = () => Promise<void>;

/** How long one collector may take before the scrape answers without it. */
export const COLLECTOR_TIMEOUT_MS = 3000;

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every metric of one API process (docs/operations.md lists them with their meaning). A registry
 * per application, not prom-client's global one, so that several apps in one test process never
 * share counters.
 */
export class LeerkringMetrics {
  readonly registry = new Registry();

  readonly appendDuration = new Histogram({
    name: `${METRIC_PREFIX}event_store_append_duration_seconds`,
    help: 'Time an append to the event store took, by stream category and outcome (ok, conflict, id_conflict, unavailable, error).',
    labelNames: ['stream_category', 'outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: `${METRIC_PREFIX}event_store_append_conflicts_total`,
    help: 'Appends refused because the stream was not at the expected revision (optimistic concurrency), by stream category.',
    labelNames: ['stream_category'] as const,
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: `${METRIC_PREFIX}event_store_appended_events_total`,
    help: 'Events appended to the event store (re-sent idempotent appends included), by stream category.',
    labelNames: ['stream_category'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
    help: 'Time from receiving a GraphQL operation to sending its answer, by root field (the contract name), operation type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: `${METRIC_PREFIX}graphql_errors_total`,
    help: 'Errors in GraphQL answers, by root field and extensions.code as the client saw it.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  readonly liveOverviewAnswers = new Counter({
    name: `${METRIC_PREFIX}live_overview_answers_total`,
    help: 'Answers to operations that ask only for the live national overview, by source: kept (the same operation at the same overview version) or computed.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly projectionLagEvents = new Gauge({
    name: `${METRIC_PREFIX}projection_lag_events`,
    help: 'Events visible in the store that the projector has not applied yet (absent where the store cannot count them).',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly projectionLagSeconds = new Gauge({
    name: `${METRIC_PREFIX}projection_lag_seconds`,
    help: 'Age of the oldest event the projector has not applied yet; 0 when it is up to date.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly projectionState = new Gauge({
    name: `${METRIC_PREFIX}projection_state`,
    help: 'The state of each projector in this process: 1 for its current state, absent for the others.',
    labelNames: ['projection', 'state'] as const,
    registers: [this.registry],
  });

  readonly fenceAge = new Gauge({
    name: `${METRIC_PREFIX}event_store_fence_age_seconds`,
    help: 'How long the oldest writing transaction on the PostgreSQL server has been open: readers of all streams wait behind it.',
    registers: [this.registry],
  });

  readonly collectorFailures = new Counter({
    name: `${METRIC_PREFIX}metrics_collector_failures_total`,
    help: 'Scrapes in which a collector failed or took too long; its gauges are left out of that scrape.',
    labelNames: ['collector'] as const,
    registers: [this.registry],
  });

  private readonly collectors = new Map<string, { collect: ScrapeCollector; reset: () => void }>();

  constructor() {
    // Process memory, CPU, event-loop lag, garbage collection and handles, under our prefix.
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  /** Runs `collect` before every scrape; `reset` clears its gauges when it fails, so no stale value is served. */
  onScrape(name: string, collect: ScrapeCollector, reset: () => void): void {
    this.collectors.set(name, { collect, reset });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition, after every collector has had its (bounded) turn. */
  async scrape(): Promise<string> {
    await Promise.all([...this.collectors].map(([name, { collect, reset }]) => withTimeout(collect(), COLLECTOR_TIMEOUT_MS)
      .catch(() => {
        reset();
        this.collectorFailures.inc({ collector: name });
      })));
    return this.registry.metrics();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The stream's category (DESIGN.md 4: `region-JZ36` → `region`), so labels stay few: ids never
 * become label values.
 */
const CATEGORIES = ['reporting-period', 'region', 'ambassador', 'developer', 'circle', 'learning'] as const;

export function streamCategory(streamName: string): string {
  return CATEGORIES.find((category) => streamName.startsWith(`${category}-`)) ?? 'other';
}
