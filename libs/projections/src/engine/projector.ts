import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';

/**
 * A read model and the code that keeps it. A projector owns one PostgreSQL schema; its `ddl`
 * creates its tables there with unqualified names, and `apply` writes with unqualified names too:
 * the engine runs both with `search_path` set to the schema being built. That is what lets a
 * rebuild build a new copy beside the live one (`<schema>__next`) and swap the two atomically.
 *
 * `apply` gets a batch of events in global order (only the types in `eventTypes`) inside the
 * transaction that also moves the projector's checkpoint: it must not commit, and must be
 * deterministic (no clock, no random ids: use the event's data, metadata and `recordedAt`), so a
 * rebuild gives the same rows.
 */
export interface Projector {
  /** Stable name, as in `npm run projections -- rebuild NAME` (kebab-case). */
  readonly name: string;
  /** Bump when the DDL or the meaning of the rows changes: a rebuild follows. */
  readonly version: number;
  /** The PostgreSQL schema the live read model lives in, e.g. `rm_learnings`. */
  readonly schema: string;
  /** Event types `apply` is given; others still move the checkpoint. */
  readonly eventTypes: readonly string[];
  /** Creates the tables and the indexes writes need (keys, unique), unqualified, in the current `search_path`. */
  readonly ddl: string;
  /**
   * The indexes only queries need, as `CREATE INDEX IF NOT EXISTS` statements, unqualified. A
   * build from empty (first catch-up, rebuild) makes them once it has caught up: one sorted build
   * per index instead of an insert into every index for every row.
   */
  readonly indexes?: string;
  apply(events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void>;
}
