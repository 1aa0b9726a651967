import type { ExpectedRevision } from './event-store.port';

/** Base of every error the event store raises on purpose. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream's revision was not the one the writer expected: reload and decide again. */
export class WrongExpectedRevisionError extends EventStoreError {
  override readonly name = 'WrongExpectedRevisionError';
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** The stream's last revision, or -1 when it holds no event. */
    readonly actual: number,
  ) {
    super(`stream ${streamName}: expected revision ${String(expected)}, actual ${actual}`);
  }
}

export class StreamNotFoundError extends EventStoreError {
  override readonly name = 'StreamNotFoundError';
  readonly code = 'STREAM_NOT_FOUND';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} does not exist`);
  }
}

/** An event id is already stored with another stream, type or data. */
export class EventIdConflictError extends EventStoreError {
  override readonly name = 'EventIdConflictError';
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(readonly eventId: string, readonly streamName: string) {
    super(`event id ${eventId} is already used by another event (append to ${streamName})`);
  }
}

/** The store could not be reached or dropped the connection: retry later. */
export class StoreUnavailableError extends EventStoreError {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}
