import { randomUUID } from 'node:crypto';
import {
  ANY, NO_STREAM, STREAM_EXISTS,
  type AllStreamSubscription, type AppendResult, type EventStore, type EventToAppend, type ExpectedRevision,
  type ReadAllOptions, type ReadStreamOptions, type RecordedEvent, type SubscribeToAllOptions,
} from '../event-store.port';
import { EventIdConflictError, StreamNotFoundError, WrongExpectedRevisionError } from '../errors';
import { PollingAllSubscription } from '../polling-subscription';
import { START, decodePosition, encodePosition, type GlobalPosition } from '../position';
import { WakeSignal } from '../wake-signal';
import type { SqlClient } from './sql-client';

interface EventRow {
  position: string | number | bigint;
  era: number;
  /** Aliased: ordering by an output column named `xid` would sort the text, not the xid8. */
  xid_text: string;
  id: string;
  stream_name: string;
  revision: string | number | bigint;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  /** Milliseconds since 1970: a double parses in a fraction of the time a timestamptz text takes. */
  recorded_ms: number;
}

interface AppendRow {
  last_revision: string | number;
  last_era: number;
  last_xid: string;
  last_position: string | number;
}

const EVENT_COLUMNS = 'position, era, xid::text AS xid_text, id, stream_name, revision, type, data, metadata, '
  + '(extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms';

/**
 * Only transactions below every in-flight one are final: an event of a transaction that is still
 * open may commit later with a smaller position, so readers of all streams stop at this fence.
 */
const VISIBLE = `(era, xid) < ((SELECT max(r.era) FROM es_eras r), (SELECT pg_snapshot_xmin(pg_current_snapshot())))`;

/** Strictly after the position given as parameters $1..$3 (see `afterParams`). */
const AFTER = `(era, xid, position) > ($1::integer, $2::text::xid8, $3::bigint)`;

function afterParams(after: GlobalPosition | undefined): [string, string, string] {
  const [era, xid, position] = after && after !== START ? decodePosition(after, 3) : [0n, 0n, 0n];
  return [era!.toString(), xid!.toString(), position!.toString()];
}

export function positionOf(era: number | bigint, xid: string | bigint, position: string | number | bigint): GlobalPosition {
  return encodePosition([era, xid, position]);
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    streamName: row.stream_name,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    revision: Number(row.revision),
    position: positionOf(row.era, row.xid_text, row.position),
    recordedAt: new Date(row.recorded_ms),
  };
}

/** Events (with their ids) as the JSON array `es_append` takes. */
function payload(events: readonly EventToAppend[]): string {
  return JSON.stringify(events.map((e) => ({ id: e.id, type: e.type, data: e.data ?? null, metadata: e.metadata ?? {} })));
}

function expectedToSql(expected: ExpectedRevision): [kind: string, revision: number | null] {
  if (expected === ANY || expected === NO_STREAM || expected === STREAM_EXISTS) return [expected, null];
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected revision ${String(expected)} is not a revision`);
  }
  return ['exact', expected];
}

/**
 * The refusals of an append (see schema.ts, migration 3): LK001 and LK003 are raised by the
 * functions; a later id of a batch that is already taken surfaces as the unique violation of
 * `es_events_id_unique` (an id conflict), a revision another writer took first as that of
 * `es_events_stream_revision_unique`.
 */
type Refusal =
  | { readonly code: 'LK001' | 'LK003'; readonly detail?: string }
  | { readonly code: 'revision-taken' }
  /** A call inserted nothing: the stream is not at the expected revision, or the event is a re-send. */
  | { readonly code: 'expected-revision-unmet' };

function appendRefusal(error: unknown): Refusal | undefined {
  const { code, constraint, detail } = (error ?? {}) as { code?: unknown; constraint?: unknown; detail?: string };
  if (code === 'LK001' || code === 'LK003') return { code, detail };
  if (code === '23505' && constraint === 'es_events_id_unique') return { code: 'LK003', detail };
  if (code === '23505' && constraint === 'es_events_stream_revision_unique') return { code: 'revision-taken' };
  return undefined;
}

/**
 * The first call of a single-event append: one statement, kept prepared on each connection, that
 * inserts the event after the stream's last revision when the expected revision holds and inserts
 * nothing otherwise. Most commands append one event, and a plain statement costs the server less
 * than a PL/pgSQL call. Everything else goes to `es_append_one` (schema.ts), which looks for a
 * stored id and names the actual revision: a re-send fails here on `es_events_id_unique`, or
 * inserts nothing when its stream has moved on since, and is answered by that second call. The
 * unique index on (stream_name, revision) still decides between writers racing for a revision.
 */
const APPEND_ONE = `
WITH last AS (
  SELECT coalesce((SELECT e.revision FROM es_events e WHERE e.stream_name = $2::text
                    ORDER BY e.revision DESC LIMIT 1), -1) AS revision
)
INSERT INTO es_events (era, xid, id, stream_name, revision, type, data, metadata)
SELECT (SELECT max(r.era) FROM es_eras r), pg_current_xact_id(), $1::uuid, $2::text, last.revision + 1,
       $3::text, $4::jsonb, $5::jsonb
  FROM last
 WHERE CASE $6::text WHEN 'any' THEN true
                     WHEN 'stream_exists' THEN last.revision >= 0
                     WHEN 'no_stream' THEN last.revision = -1
                     ELSE last.revision = $7::bigint END
RETURNING revision AS last_revision, era AS last_era, xid::text AS last_xid, position AS last_position`;

/**
 * Appends with `any` or `stream_exists` that lost the race for a revision call again after the
 * winner: each lost race means another append went in, so a writer gives up only under a storm
 * of appends to one stream.
 */
const MAX_ATTEMPTS_AFTER_ANOTHER_WRITER = 25;

export interface PostgresEventStoreOptions {
  readonly pollIntervalMs?: number;
}

/** The event store on PostgreSQL or PGlite: the same SQL on both (see docs/event-store.md). */
export class PostgresEventStore implements EventStore {
  private readonly appended = new WakeSignal();

  constructor(readonly sql: SqlClient, private readonly options: PostgresEventStoreOptions = {}) {}

  async append(
    streamName: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('append needs at least one event');
    const expected = options.expectedRevision ?? ANY;
    const [kind, revision] = expectedToSql(expected);
    // Ids are fixed once: every call of a retry sends the same events.
    const identified = events.map((e) => (e.id ? e : { ...e, id: randomUUID() }));
    const batch = identified.length === 1 ? undefined : payload(identified);
    const call = batch === undefined
      ? (attempt: number) => this.callAppendOne(streamName, kind, revision, identified[0]!, attempt > 1)
      : () => this.callAppend(streamName, kind, revision, batch);
    const row = await this.attempt(call, streamName, expected, events);
    this.appended.notify();
    return {
      nextExpectedRevision: Number(row.last_revision),
      position: positionOf(row.last_era, row.last_xid, row.last_position),
    };
  }

  /**
   * Calls until the append is in or refused for good. A re-send that raced its original is
   * refused once and answered by the next call; an `exact` or `no_stream` append that lost its
   * revision to another writer is a wrong expected revision.
   */
  private async attempt(
    call: (attempt: number) => Promise<AppendRow | undefined>, streamName: string, expected: ExpectedRevision,
    events: readonly EventToAppend[],
  ): Promise<AppendRow> {
    const mayFollowOthers = expected === ANY || expected === STREAM_EXISTS;
    for (let attempt = 1; ; attempt++) {
      let refusal: Refusal | undefined;
      try {
        const row = await call(attempt);
        if (row) return row;
        refusal = { code: 'expected-revision-unmet' };
      } catch (error) {
        refusal = appendRefusal(error);
        if (!refusal) throw error;
      }
      const again = attempt === 1 || (refusal.code === 'revision-taken' && mayFollowOthers && attempt < MAX_ATTEMPTS_AFTER_ANOTHER_WRITER);
      if (again) continue;
      if (refusal.code === 'LK003') {
        const { detail } = refusal;
        const known = events.find((e) => e.id && detail?.includes(e.id));
        throw new EventIdConflictError(known?.id ?? detail ?? 'unknown', streamName);
      }
      const actual = refusal.code === 'LK001' ? Number(refusal.detail) : await this.currentRevision(streamName);
      throw new WrongExpectedRevisionError(streamName, expected, actual);
    }
  }

  private async callAppend(streamName: string, kind: string, revision: number | null, events: string): Promise<AppendRow | undefined> {
    const [row] = await this.sql.query<AppendRow>('SELECT * FROM es_append($1, $2, $3, $4::jsonb)', [streamName, kind, revision, events]);
    return row;
  }

  /** A first call runs APPEND_ONE (no row: it inserted nothing); a later one `es_append_one`, which looks for a stored id. */
  private async callAppendOne(
    streamName: string, kind: string, revision: number | null, event: EventToAppend, again: boolean,
  ): Promise<AppendRow | undefined> {
    const data = JSON.stringify(event.data ?? null);
    const metadata = JSON.stringify(event.metadata ?? {});
    if (again) {
      const [row] = await this.sql.query<AppendRow>(
        'SELECT * FROM es_append_one($1, $2, $3, $4::uuid, $5, $6::jsonb, $7::jsonb, true)',
        [streamName, kind, revision, event.id, event.type, data, metadata],
      );
      return row;
    }
    const [row] = await this.sql.queryPrepared<AppendRow>(
      'leerkring_append_one', APPEND_ONE, [event.id, streamName, event.type, data, metadata, kind, revision],
    );
    return row;
  }

  /** The stream's last revision, -1 when it has none. */
  private async currentRevision(streamName: string): Promise<number> {
    const [row] = await this.sql.query<{ revision: string | number | null }>(
      'SELECT max(revision) AS revision FROM es_events WHERE stream_name = $1', [streamName]);
    return row?.revision === null || row?.revision === undefined ? -1 : Number(row.revision);
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const limit = options.maxCount ?? null;
    const rows = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE stream_name = $1 AND revision ${backwards ? '<=' : '>='} $2
        ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamName, from, limit],
    );
    if (rows.length === 0 && !(await this.streamExists(streamName))) throw new StreamNotFoundError(streamName);
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE ${AFTER} AND ${VISIBLE}
        ORDER BY era, xid, position LIMIT $4`,
      [...afterParams(options.after), options.maxCount ?? 1000],
    );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<GlobalPosition> {
    const [row] = await this.sql.query<{ era: number; xid_text: string; position: string }>(
      `SELECT era, xid::text AS xid_text, position FROM es_events WHERE ${VISIBLE}
        ORDER BY era DESC, xid DESC, position DESC LIMIT 1`,
    );
    return row ? positionOf(row.era, row.xid_text, row.position) : START;
  }

  async countEventsAfter(position: GlobalPosition): Promise<number> {
    const [row] = await this.sql.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM es_events WHERE ${AFTER} AND ${VISIBLE}`,
      afterParams(position),
    );
    return Number(row?.n ?? 0);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllStreamSubscription {
    return new PollingAllSubscription(
      (after, maxCount) => this.readAll({ after, maxCount }),
      this.appended,
      { ...options, pollIntervalMs: this.options.pollIntervalMs },
    );
  }

  /**
   * Seconds the oldest open writing transaction has been holding back readers of all streams
   * (0 when none): the 'fence age' to alert on.
   */
  async fenceAgeSeconds(): Promise<number> {
    const [row] = await this.sql.query<{ age: number | string | null }>(
      `SELECT extract(epoch FROM clock_timestamp() - min(xact_start)) AS age
         FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    return Number(row?.age ?? 0);
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  private closing: Promise<void> | undefined;

  /** Idempotent: the application and a test may both close the store. */
  close(): Promise<void> {
    this.appended.notify();
    this.closing ??= this.sql.close();
    return this.closing;
  }

  private async streamExists(streamName: string): Promise<boolean> {
    const rows = await this.sql.query('SELECT 1 FROM es_events WHERE stream_name = $1 LIMIT 1', [streamName]);
    return rows.length > 0;
  }
}
