import type { SqlExecutor } from '@leerkring/event-store';

/**
 * `events_seen` counts every event read up to the checkpoint (handled or skipped), so it can be
 * set against the store's event count for progress.
 *
 * One row per projector and slot: `live` is the read model being served, `next` a rebuild in
 * progress. A projector's rows and its checkpoint change in the same transaction, and the
 * checkpoint only moves from the value the writer read (see `advanceCheckpoint`): that is the
 * exactly-once effect, even when two processes race.
 */
export const CHECKPOINTS_DDL = `
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name            text NOT NULL,
  slot            text NOT NULL CHECK (slot IN ('live', 'next')),
  version         integer NOT NULL,
  schema_name     text NOT NULL,
  position        text NOT NULL DEFAULT '',
  events_seen  bigint NOT NULL DEFAULT 0,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  failed_event_id text,
  failed_position text,
  error           text,
  rebuild_requested_at timestamptz,
  PRIMARY KEY (name, slot)
);`;

/**
 * Creates the checkpoint table once, even when several processes start together: concurrent
 * `CREATE TABLE IF NOT EXISTS` can still collide in PostgreSQL's catalogue, so it runs under a
 * transaction-level advisory lock (released at commit; nothing is held open afterwards).
 */
export async function ensureCheckpointTable(sql: { transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> }): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('leerkring.projection_checkpoints'))`);
    await tx.exec(CHECKPOINTS_DDL);
  });
}

export type Slot = 'live' | 'next';

export interface CheckpointRow {
  readonly name: string;
  readonly slot: Slot;
  readonly version: number;
  readonly schemaName: string;
  readonly position: string;
  readonly eventsSeen: number;
  readonly updatedAt: Date;
  readonly failedEventId: string | null;
  readonly failedPosition: string | null;
  readonly error: string | null;
  readonly rebuildRequestedAt: Date | null;
}

interface RawRow {
  name: string; slot: Slot; version: number; schema_name: string; position: string;
  events_seen: string | number; updated_at: Date | string; failed_event_id: string | null;
  failed_position: string | null; error: string | null; rebuild_requested_at: Date | string | null;
}

const toRow = (r: RawRow): CheckpointRow => ({
  name: r.name,
  slot: r.slot,
  version: Number(r.version),
  schemaName: r.schema_name,
  position: r.position,
  eventsSeen: Number(r.events_seen),
  updatedAt: new Date(r.updated_at),
  failedEventId: r.failed_event_id,
  failedPosition: r.failed_position,
  error: r.error,
  rebuildRequestedAt: r.rebuild_requested_at ? new Date(r.rebuild_requested_at) : null,
});

export async function readCheckpoint(db: SqlExecutor, name: string, slot: Slot): Promise<CheckpointRow | undefined> {
  const [row] = await db.query<RawRow>('SELECT * FROM public.projection_checkpoints WHERE name = $1 AND slot = $2', [name, slot]);
  return row ? toRow(row) : undefined;
}

export async function readAllCheckpoints(db: SqlExecutor): Promise<CheckpointRow[]> {
  return (await db.query<RawRow>('SELECT * FROM public.projection_checkpoints ORDER BY name, slot')).map(toRow);
}

export async function insertCheckpoint(db: SqlExecutor, row: { name: string; slot: Slot; version: number; schemaName: string }): Promise<void> {
  await db.query(
    `INSERT INTO public.projection_checkpoints (name, slot, version, schema_name) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name, slot) DO UPDATE SET version = EXCLUDED.version, schema_name = EXCLUDED.schema_name,
       position = '', events_seen = 0, updated_at = now(), failed_event_id = NULL, failed_position = NULL, error = NULL`,
    [row.name, row.slot, row.version, row.schemaName],
  );
}

/** Thrown when the checkpoint is no longer the value this writer read: another writer moved it. */
export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(readonly projection: string, readonly expected: string) {
    super(`checkpoint of ${projection} moved away from ${expected || 'the start'}`);
  }
}

export async function advanceCheckpoint(
  db: SqlExecutor, name: string, slot: Slot, from: string, to: string, applied: number,
): Promise<void> {
  const rows = await db.query(
    `UPDATE public.projection_checkpoints
        SET position = $4, events_seen = events_seen + $5, updated_at = now(), error = NULL,
            failed_event_id = NULL, failed_position = NULL
      WHERE name = $1 AND slot = $2 AND position = $3 RETURNING 1`,
    [name, slot, from, to, applied],
  );
  if (rows.length !== 1) throw new CheckpointMovedError(name, from);
}

export async function recordFailure(
  db: SqlExecutor, name: string, slot: Slot, failure: { eventId: string; position: string; message: string },
): Promise<void> {
  await db.query(
    `UPDATE public.projection_checkpoints SET failed_event_id = $3, failed_position = $4, error = $5, updated_at = now()
      WHERE name = $1 AND slot = $2`,
    [name, slot, failure.eventId, failure.position, failure.message],
  );
}

export async function requestRebuild(db: SqlExecutor, name: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE public.projection_checkpoints SET rebuild_requested_at = now() WHERE name = $1 AND slot = 'live' RETURNING 1`, [name],
  );
  return rows.length === 1;
}
