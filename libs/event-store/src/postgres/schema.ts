/**
 * Versioned migrations of the event store schema. A migration, once shipped, never changes:
 * add a new one. See docs/event-store.md for why the global order is (era, xid, position).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const createTables = `
CREATE TABLE es_eras (
  era        integer PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  reason     text NOT NULL
);
INSERT INTO es_eras (era, reason) VALUES (1, 'created');

CREATE TABLE es_streams (
  stream_name text PRIMARY KEY,
  revision    bigint NOT NULL
);

CREATE TABLE es_events (
  position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  era         integer NOT NULL,
  xid         xid8 NOT NULL,
  id          uuid NOT NULL,
  stream_name text NOT NULL,
  revision    bigint NOT NULL,
  type        text NOT NULL,
  data        jsonb NOT NULL,
  metadata    jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_id_unique UNIQUE (id),
  CONSTRAINT es_events_stream_revision_unique UNIQUE (stream_name, revision)
);
-- Readers of all streams page by exactly this key; without the index every page sorts.
CREATE INDEX es_events_global_order ON es_events (era, xid, position);
`;

/**
 * One call, one statement, one transaction: the stream row is locked first so concurrent
 * appends to one stream queue up, then the idempotency and revision checks see every commit
 * before them (READ COMMITTED takes a fresh snapshot per statement in a volatile function).
 * Errors use SQLSTATEs of our own: LK001 wrong expected revision (DETAIL = actual revision),
 * LK003 event id already used by another event.
 */
const createAppendFunction = `
CREATE FUNCTION es_append(p_stream text, p_expected_kind text, p_expected bigint, p_events jsonb)
RETURNS TABLE (last_revision bigint, last_era integer, last_xid text, last_position bigint)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_current  bigint;
  v_count    integer := jsonb_array_length(p_events);
  v_era      integer;
  v_xid      xid8;
  v_position bigint;
BEGIN
  SELECT s.revision INTO v_current FROM es_streams s WHERE s.stream_name = p_stream FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO es_streams (stream_name, revision) VALUES (p_stream, -1) ON CONFLICT DO NOTHING;
    SELECT s.revision INTO v_current FROM es_streams s WHERE s.stream_name = p_stream FOR UPDATE;
  END IF;

  -- Looked up by the first id alone: an equality on the unique index, whose plan cannot go
  -- stale as the table grows. A batch whose later ids are taken fails on insert with a unique
  -- violation of es_events_id_unique, which the adapter reports as an id conflict. (No
  -- EXCEPTION block here: it would open a subtransaction on every append.)
  PERFORM 1 FROM es_events e WHERE e.id = (p_events->0->>'id')::uuid;
  IF FOUND THEN
    -- A re-sent append: the same events, in order, in this stream, or it is a conflict.
    RETURN QUERY
      SELECT max(e.revision), max(e.era), min(e.xid::text), max(e.position)
        FROM es_events e
        JOIN jsonb_array_elements(p_events) WITH ORDINALITY x(ev, n) ON e.id = (x.ev->>'id')::uuid
      HAVING count(*) = v_count
         AND bool_and(e.stream_name = p_stream AND e.type = x.ev->>'type' AND e.data = x.ev->'data')
         AND count(DISTINCT e.revision - x.n) = 1;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'LK003', MESSAGE = 'event id already used by another event',
        DETAIL = p_events->0->>'id';
    END IF;
    RETURN;
  END IF;

  IF (p_expected_kind = 'no_stream' AND v_current <> -1)
     OR (p_expected_kind = 'stream_exists' AND v_current = -1)
     OR (p_expected_kind = 'exact' AND v_current <> p_expected) THEN
    RAISE EXCEPTION USING ERRCODE = 'LK001', MESSAGE = 'wrong expected revision', DETAIL = v_current::text;
  END IF;

  SELECT max(r.era) INTO v_era FROM es_eras r;
  v_xid := pg_current_xact_id();

  WITH inserted AS (
    INSERT INTO es_events (era, xid, id, stream_name, revision, type, data, metadata)
    SELECT v_era, v_xid, (x.ev->>'id')::uuid, p_stream, v_current + x.n, x.ev->>'type',
           x.ev->'data', coalesce(x.ev->'metadata', '{}'::jsonb)
      FROM jsonb_array_elements(p_events) WITH ORDINALITY x(ev, n)
     ORDER BY x.n
    RETURNING position
  )
  SELECT max(i.position) INTO v_position FROM inserted i;

  UPDATE es_streams SET revision = v_current + v_count WHERE stream_name = p_stream;

  RETURN QUERY SELECT v_current + v_count, v_era, v_xid::text, v_position;
END;
$fn$;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'events, streams and eras', sql: createTables },
  { version: 2, name: 'append function', sql: createAppendFunction },
];
