/**
 * Pure translations between the event store port and `@eventstore/db-client` 6.x (EventStoreDB /
 * KurrentDB over gRPC). No I/O here: the adapter composes these, the unit tests pin them down
 * against the client's own classes and shapes.
 */
import { randomUUID } from 'node:crypto';
import {
  ANY as CLIENT_ANY,
  CancelledError,
  DeadlineExceededError,
  NO_STREAM as CLIENT_NO_STREAM,
  NotLeaderError,
  START as CLIENT_START,
  STREAM_EXISTS as CLIENT_STREAM_EXISTS,
  StreamNotFoundError as ClientStreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  convertToCommandError,
  isCommandError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type CurrentRevision,
  type EventData,
  type Position,
  type ReadPosition,
  type RecordedEvent as ClientRecordedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  ANY, NO_STREAM, STREAM_EXISTS,
  type EventMetadata, type EventToAppend, type ExpectedRevision, type RecordedEvent,
} from '../event-store.port';
import {
  EventStoreError, StoreUnavailableError, StreamNotFoundError, WrongExpectedRevisionError,
} from '../errors';
import { START, decodePosition, encodePosition, type GlobalPosition } from '../position';

// ---------------------------------------------------------------------------------------------
// Revisions

/** Port expected revision (default `ANY`) → the client's `expectedRevision` option. */
export function toClientExpectedRevision(expected: ExpectedRevision = ANY): AppendExpectedRevision {
  switch (expected) {
    case ANY: return CLIENT_ANY;
    case NO_STREAM: return CLIENT_NO_STREAM;
    case STREAM_EXISTS: return CLIENT_STREAM_EXISTS;
    default: return toClientRevision(expected);
  }
}

/**
 * The client's expected revision (as carried by its `WrongExpectedVersionError`) → the port's.
 * Servers that report it through gRPC metadata use the legacy negative constants
 * (-1 no stream, -2 any, -4 stream exists); the client passes those through as bigints.
 */
export function fromClientExpectedRevision(expected: AppendExpectedRevision): ExpectedRevision {
  if (typeof expected !== 'bigint') {
    switch (expected) {
      case CLIENT_ANY: return ANY;
      case CLIENT_NO_STREAM: return NO_STREAM;
      case CLIENT_STREAM_EXISTS: return STREAM_EXISTS;
    }
  }
  if (expected === -1n) return NO_STREAM;
  if (expected === -2n) return ANY;
  if (expected === -4n) return STREAM_EXISTS;
  return toRevision(expected);
}

/** The stream's actual revision in a conflict: -1 when the stream does not exist. */
export function fromClientCurrentRevision(current: CurrentRevision): number {
  if (current === CLIENT_NO_STREAM || current < 0n) return -1;
  return toRevision(current);
}

/** A client revision (uint64 as bigint) → a port revision (a safe integer). */
export function toRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`revision ${revision} is outside 0..${Number.MAX_SAFE_INTEGER}`);
  }
  return Number(revision);
}

/** A port revision → the client's bigint; refuses anything but a non-negative safe integer. */
export function toClientRevision(revision: number): bigint {
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(`revision ${revision} is not a non-negative integer`);
  }
  return BigInt(revision);
}

// ---------------------------------------------------------------------------------------------
// Positions

/** `{commit, prepare}` → `encodePosition([commit, prepare])`: string order is (commit, prepare) order. */
export function fromClientPosition(position: Position): GlobalPosition {
  return encodePosition([position.commit, position.prepare]);
}

/** The inverse of `fromClientPosition`; throws `InvalidPositionError` for a foreign string. */
export function toClientPosition(position: GlobalPosition): Position {
  const [commit, prepare] = decodePosition(position, 2) as [bigint, bigint];
  return { commit, prepare };
}

/** Where a read or subscription "after" a port position starts: `START` maps to the client's. */
export function toClientReadPosition(after: GlobalPosition | undefined): ReadPosition {
  return after === undefined || after === START ? CLIENT_START : toClientPosition(after);
}

/** The $all position of a resolved event (its own record, or the link that pointed to it). */
export function positionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): Position | undefined {
  return resolved.event?.position ?? resolved.link?.position;
}

// ---------------------------------------------------------------------------------------------
// Events

/**
 * System events: `$`-prefixed types (`$metadata`, `$>` links, `$statsCollected`, ...) and
 * anything in a `$`-prefixed stream (`$$stream` metadata, `$ce-`, `$projections-`, ...).
 * Readers of all streams never see them.
 */
export function isSystemEvent(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/**
 * Metadata as the port promises it: a JSON object. The client gives `undefined` for an event
 * without metadata, parsed JSON when it parses and the raw bytes when it does not; events this
 * adapter writes always carry a JSON object (or none). Anything else maps to `{}`.
 */
export function toPortMetadata(metadata: unknown): EventMetadata {
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata) || metadata instanceof Uint8Array) {
    return {};
  }
  return metadata as EventMetadata;
}

/** A recorded event as the client produces it → the port's `RecordedEvent`. */
export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (!event.position) {
    // Stream reads carry positions from server 22.6 on; older servers are not supported.
    throw new Error(
      `EventStoreDB returned event ${event.id} of ${event.streamId} without its position (server 22.6 or later is required)`,
    );
  }
  return {
    id: event.id,
    streamName: event.streamId,
    type: event.type,
    data: event.data,
    metadata: toPortMetadata(event.metadata),
    revision: toRevision(event.revision),
    position: fromClientPosition(event.position),
    recordedAt: event.created,
  };
}

/** A resolved event of a stream read → the port's event (`undefined` for an empty slot). */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  return resolved.event ? toRecordedEvent(resolved.event) : undefined;
}

/** A resolved event of $all → the port's event, or `undefined` when readers must not see it. */
export function toVisibleAllStreamEvent(resolved: AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemEvent(event)) return undefined;
  return toRecordedEvent(event);
}

/** A port event to append → the client's JSON event data (an id is generated when absent). */
export function toEventData(event: EventToAppend): EventData {
  return {
    id: event.id ?? randomUUID(),
    contentType: 'application/json',
    type: event.type,
    data: (event.data ?? null) as never,
    metadata: event.metadata as never,
  } as EventData;
}

/** JSON with object keys sorted: two values with the same JSON content give the same string. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null)) as unknown));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * After a successful append, compares what was sent with what the stream holds under the same
 * ids. EventStoreDB deduplicates a re-sent event by its id alone, so a *different* event sent
 * under a used id is reported as a success; this finds such an id (same stream only: the
 * server keeps ids per stream, and another stream reusing the id is not detectable here).
 */
export function findEventIdConflict(
  sent: readonly { readonly id: string; readonly type: string; readonly data: unknown }[],
  stored: readonly RecordedEvent[],
): string | undefined {
  const byId = new Map(stored.map((event) => [event.id, event]));
  for (const event of sent) {
    const original = byId.get(event.id);
    if (!original) continue;
    if (original.type !== event.type || canonicalJson(original.data) !== canonicalJson(event.data)) {
      return event.id;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Errors

export interface ErrorContext {
  /** The stream the operation addressed (preferred over the name the server echoes). */
  readonly streamName?: string;
  /** The expected revision the caller passed (preferred over the client's rendering of it). */
  readonly expected?: ExpectedRevision;
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN',
]);

/**
 * Client errors → port errors:
 * - `WrongExpectedVersionError` → `WrongExpectedRevisionError` (actual -1 when there is no stream);
 * - `StreamNotFoundError` → `StreamNotFoundError`;
 * - the store cannot be reached or dropped the call → `StoreUnavailableError`: `UnavailableError`,
 *   `DeadlineExceededError`, `TimeoutError` (gRPC ABORTED, a server-side commit timeout),
 *   `CancelledError` (the server cancelled; client-side cancels never surface), `NotLeaderError`
 *   (the client reconnects to the leader on the next call), raw gRPC errors with those codes,
 *   socket errors and a failed cluster discovery;
 * - anything else is returned unchanged.
 */
export function toPortError(error: unknown, context: ErrorContext = {}): unknown {
  if (error instanceof EventStoreError) return error;
  const converted = toCommandError(error);

  if (converted instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(
      context.streamName ?? converted.streamName,
      context.expected ?? fromClientExpectedRevision(converted.expectedVersion),
      fromClientCurrentRevision(converted.actualVersion),
    );
  }
  if (converted instanceof ClientStreamNotFoundError) {
    return new StreamNotFoundError(context.streamName ?? converted.streamName);
  }
  if (isUnavailable(converted)) {
    const message = converted instanceof Error ? converted.message : String(converted);
    return new StoreUnavailableError(`EventStoreDB is unavailable: ${message}`, { cause: error });
  }
  return error;
}

/** Raw gRPC `ServiceError`s become the client's command errors, as the client does itself. */
function toCommandError(error: unknown): unknown {
  if (!(error instanceof Error) || isCommandError(error)) return error;
  try {
    return convertToCommandError(error);
  } catch {
    return error; // not shaped like a ServiceError after all
  }
}

function isUnavailable(error: unknown): boolean {
  if (
    error instanceof UnavailableError
    || error instanceof DeadlineExceededError
    || error instanceof TimeoutError
    || error instanceof CancelledError
    || error instanceof NotLeaderError
  ) {
    return true;
  }
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
  return /^Failed to discover after \d+ attempts/.test(error.message);
}
