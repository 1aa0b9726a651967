import type { SqlExecutor } from '@leerkring/event-store';

/** What the client was told for each command it saw accepted, by idempotency key. */
export class AcceptedLedger {
  private readonly accepted = new Map<string, { eventCount: number; aggregateId: string }>();

  record(idempotencyKey: string, payload: { eventCount: number; aggregateId: string }): void {
    const earlier = this.accepted.get(idempotencyKey);
    // A resend answered from the store must repeat the first answer exactly.
    if (earlier && (earlier.eventCount !== payload.eventCount || earlier.aggregateId !== payload.aggregateId)) {
      throw new Error(`key ${idempotencyKey} answered ${JSON.stringify(payload)} after ${JSON.stringify(earlier)}`);
    }
    this.accepted.set(idempotencyKey, { eventCount: payload.eventCount, aggregateId: payload.aggregateId });
  }

  get size(): number {
    return this.accepted.size;
  }

  get totalEvents(): number {
    return [...this.accepted.values()].reduce((sum, a) => sum + a.eventCount, 0);
  }

  /** The aggregate an accepted command addressed (or created). */
  aggregateOf(idempotencyKey: string): string {
    const accepted = this.accepted.get(idempotencyKey);
    if (!accepted) throw new Error(`${idempotencyKey} was not accepted`);
    return accepted.aggregateId;
  }

  keys(): string[] {
    return [...this.accepted.keys()];
  }

  /**
   * Compares with the store: every accepted command's events are there exactly as many times as
   * the client was told (so none is missing and none is there twice). Answers the differences,
   * empty when there are none.
   */
  async differencesWithStore(sql: SqlExecutor): Promise<string[]> {
    const rows = await sql.query<{ key: string | null; n: string }>(
      `SELECT metadata->>'idempotencyKey' AS key, count(*) AS n FROM es_events GROUP BY 1`,
    );
    const stored = new Map(rows.map((r) => [r.key ?? '', Number(r.n)]));
    const problems: string[] = [];
    for (const [key, { eventCount }] of this.accepted) {
      const n = stored.get(key) ?? 0;
      if (n !== eventCount) problems.push(`${key}: accepted with ${eventCount} event(s), stored ${n}`);
    }
    return problems;
  }
}

/**
 * Every event of the store is in the activity feed (which covers every event type) exactly once:
 * the read side lost nothing and applied nothing twice. Answers the counts.
 */
export async function feedAgainstStore(sql: SqlExecutor): Promise<{ events: number; feedItems: number; distinctFeedEvents: number; missing: number }> {
  const [events] = await sql.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
  const [feed] = await sql.query<{ n: string; ids: string }>('SELECT count(*) AS n, count(DISTINCT event_id) AS ids FROM rm_activity.feed_items');
  const [missing] = await sql.query<{ n: string }>(
    'SELECT count(*) AS n FROM es_events e WHERE NOT EXISTS (SELECT 1 FROM rm_activity.feed_items f WHERE f.event_id = e.id::text)',
  );
  return { events: Number(events!.n), feedItems: Number(feed!.n), distinctFeedEvents: Number(feed!.ids), missing: Number(missing!.n) };
}
