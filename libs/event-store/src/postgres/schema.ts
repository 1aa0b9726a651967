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

/** Both versions of `es_append` keep the signature callers rely on. */
const esAppendSignature = `CREATE FUNCTION es_append(p_stream text, p_expected_kind text, p_expected bigint, p_events jsonb)
RETURNS TABLE (last_revision bigint, last_era integer, last_xid text, last_position bigint)
LANGUAGE plpgsql VOLATILE AS $fn$
`;

/**
 * Step 1 of both versions of `es_append`: when the batch's first id is stored, answer the original
 * result if it is the same batch in this stream, else refuse (LK003). One text for both, so the
 * versions cannot drift apart; a shipped migration's SQL stays exactly as it was.
 */
const answerResentBatch = `  PERFORM 1 FROM es_events e WHERE e.id = (p_events->0->>'id')::uuid;
  IF FOUND THEN
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
`;

/**
 * One call, one statement, one transaction, one round trip. In order:
 * 1. Idempotency: is the batch's first event id stored? Then this is a re-send: answer the
 *    original result when it is the same batch in this stream, else refuse (LK003). The lookup is
 *    an equality on the unique index, a plan that cannot go stale as the table grows.
 * 2. Lock and advance the stream row in one UPDATE (or create it): concurrent appends to one
 *    stream queue up here, and the UPDATE returns the revision the stream had before.
 * 3. Check the expected revision against it (LK001, DETAIL = the actual revision); raising
 *    rolls the whole statement back, the stream row included.
 * 4. Insert the events with the transaction's id and the current era.
 * A re-send racing its original can pass step 1 before the original commits; it then fails at
 * step 3 or on the unique id, and the adapter calls once more, which answers at step 1.
 * A later id of a batch that is already taken fails on insert with a unique violation of
 * es_events_id_unique, reported as an id conflict. (No EXCEPTION block: it would open a
 * subtransaction on every append.)
 */
const createAppendFunction = `
${esAppendSignature}DECLARE
  v_count    integer := jsonb_array_length(p_events);
  v_current  bigint;
  v_era      integer;
  v_xid      xid8;
  v_position bigint;
BEGIN
${answerResentBatch}
  UPDATE es_streams s SET revision = s.revision + v_count
   WHERE s.stream_name = p_stream RETURNING s.revision - v_count INTO v_current;
  IF NOT FOUND THEN
    INSERT INTO es_streams (stream_name, revision) VALUES (p_stream, v_count - 1) ON CONFLICT DO NOTHING;
    IF FOUND THEN
      v_current := -1;
    ELSE
      UPDATE es_streams s SET revision = s.revision + v_count
       WHERE s.stream_name = p_stream RETURNING s.revision - v_count INTO v_current;
    END IF;
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

  RETURN QUERY SELECT v_current + v_count, v_era, v_xid::text, v_position;
END;
$fn$;
`;

/**
 * Version 3: the unique index on (stream_name, revision) guards the expected revision, and the
 * stream rows go. Version 2 moved a stream row on every append, the lock that queued the stream's
 * writers; that update (a new row version, its WAL and later its vacuum) was the largest cost an
 * append had over a plain insert. Now:
 * 1. Idempotency, as before: a stored first id answers the original result or refuses (LK003).
 * 2. `es_revision_before_append`: the revision the events go after. `exact` must find that
 *    revision stored (else LK001 with the stream's revision); `any` and `stream_exists` take the
 *    stream's last revision (an index lookup); `no_stream` goes after -1.
 * 3. Insert at the next revisions. A writer that got there first, committed or not, holds one of
 *    them in the unique index: this insert waits for it and then fails with a unique violation
 *    of es_events_stream_revision_unique, which the adapter reports as a wrong expected revision
 *    (`exact`, `no_stream`) or answers by calling again (`any`, `stream_exists`).
 * `es_append_one` is the same for one event with its fields as parameters: most commands append
 * one event, and unpacking a JSON array costs about as much as the check of the revision. It
 * looks for a stored id only when asked (`p_look_for_id`). Since the adapter sends a single event
 * first as a plain prepared statement (`APPEND_ONE`, postgres-event-store.ts), it calls this
 * function only after that statement was refused, and always asks it to look.
 */
const guardRevisionsByIndex = `
DROP FUNCTION es_append(text, text, bigint, jsonb);
DROP TABLE es_streams;

CREATE FUNCTION es_revision_before_append(p_stream text, p_expected_kind text, p_expected bigint)
RETURNS bigint LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  v_current bigint;
BEGIN
  IF p_expected_kind = 'no_stream' THEN
    RETURN -1;
  END IF;
  IF p_expected_kind = 'exact' THEN
    PERFORM 1 FROM es_events e WHERE e.stream_name = p_stream AND e.revision = p_expected;
    IF FOUND THEN
      RETURN p_expected;
    END IF;
  END IF;
  SELECT e.revision INTO v_current FROM es_events e
   WHERE e.stream_name = p_stream ORDER BY e.revision DESC LIMIT 1;
  v_current := coalesce(v_current, -1);
  IF p_expected_kind = 'exact' OR (p_expected_kind = 'stream_exists' AND v_current = -1) THEN
    RAISE EXCEPTION USING ERRCODE = 'LK001', MESSAGE = 'wrong expected revision', DETAIL = v_current::text;
  END IF;
  RETURN v_current;
END;
$fn$;

${esAppendSignature}DECLARE
  v_count   integer := jsonb_array_length(p_events);
  v_current bigint;
BEGIN
${answerResentBatch}
  v_current := es_revision_before_append(p_stream, p_expected_kind, p_expected);
  RETURN QUERY
    WITH inserted AS (
      INSERT INTO es_events (era, xid, id, stream_name, revision, type, data, metadata)
      SELECT (SELECT max(r.era) FROM es_eras r), pg_current_xact_id(), (x.ev->>'id')::uuid, p_stream,
             v_current + x.n, x.ev->>'type', x.ev->'data', coalesce(x.ev->'metadata', '{}'::jsonb)
        FROM jsonb_array_elements(p_events) WITH ORDINALITY x(ev, n)
       ORDER BY x.n
      RETURNING era, xid, position
    )
    SELECT v_current + v_count, max(i.era), max(i.xid::text), max(i.position) FROM inserted i;
END;
$fn$;

CREATE FUNCTION es_append_one(p_stream text, p_expected_kind text, p_expected bigint,
                              p_id uuid, p_type text, p_data jsonb, p_metadata jsonb, p_look_for_id boolean)
RETURNS TABLE (last_revision bigint, last_era integer, last_xid text, last_position bigint)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_stored es_events%ROWTYPE;
BEGIN
  IF p_look_for_id THEN
    SELECT * INTO v_stored FROM es_events e WHERE e.id = p_id;
    IF FOUND THEN
      IF v_stored.stream_name <> p_stream OR v_stored.type <> p_type OR v_stored.data <> p_data THEN
        RAISE EXCEPTION USING ERRCODE = 'LK003', MESSAGE = 'event id already used by another event',
          DETAIL = p_id::text;
      END IF;
      RETURN QUERY SELECT v_stored.revision, v_stored.era, v_stored.xid::text, v_stored.position;
      RETURN;
    END IF;
  END IF;
  RETURN QUERY
    INSERT INTO es_events (era, xid, id, stream_name, revision, type, data, metadata)
    VALUES ((SELECT max(r.era) FROM es_eras r), pg_current_xact_id(), p_id, p_stream,
            es_revision_before_append(p_stream, p_expected_kind, p_expected) + 1, p_type, p_data, p_metadata)
    RETURNING revision, era, xid::text, position;
END;
$fn$;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'events, streams and eras', sql: createTables },
  { version: 2, name: 'append function', sql: createAppendFunction },
  { version: 3, name: 'revisions guarded by the unique index, single-event append', sql: guardRevisionsByIndex },
];
