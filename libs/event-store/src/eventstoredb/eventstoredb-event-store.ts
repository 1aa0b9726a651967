import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START as CLIENT_START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type Direction,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  ANY,
  type AllStreamSubscription,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '../event-store.port';
import { EventIdConflictError, StoreUnavailableError } from '../errors';
import { START, type GlobalPosition } from '../position';
import {
  findEventIdConflict,
  fromClientPosition,
  fromResolvedEvent,
  positionOf,
  toClientExpectedRevision,
  toClientReadPosition,
  toClientRevision,
  toEventData,
  toPortError,
  toRevision,
  toVisibleAllStreamEvent,
} from './eventstoredb-mapping';
import { EventStoreDBAllSubscription } from './eventstoredb-all-subscription';

export interface EventStoreDBEventStoreOptions {
  /** How long `ping()` waits for an answer before it reports the store unavailable. */
  readonly pingTimeoutMs?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_PING_TIMEOUT_MS = 5_000;
/** Events per read of $all; a page re-reads the previous page's last event (reads are inclusive). */
const READ_ALL_PAGE = 1_000;
const HEAD_PAGE = 200;

/**
 * The event store port on EventStoreDB / KurrentDB (gRPC, `@eventstore/db-client` 6.x; server
 * 22.6 or later, which returns positions on stream reads; 23.10 or later reports "caught up").
 *
 * Idempotency: the server deduplicates a re-sent append whose event ids are already in the
 * stream at the expected revision (best effort under `ANY`: its id cache) and answers with the
 * original revision. It compares ids only, so this adapter reads the appended slot back and
 * raises `EventIdConflictError` when an id there holds another type or data. An id reused in a
 * *different* stream is not detected: EventStoreDB keeps no index of event ids across streams,
 * and the second stream simply gets the event.
 */
export class EventStoreDBEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EventStoreDBAllSubscription>();
  private readonly pingTimeoutMs: number;
  private closing: Promise<void> | undefined;

  constructor(connectionString: string, options: EventStoreDBEventStoreOptions = {}) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.pingTimeoutMs = options.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS;
  }

  async append(
    streamName: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError(`append to ${streamName} needs at least one event`);
    const expected = options.expectedRevision ?? ANY;
    const expectedRevision = toClientExpectedRevision(expected);
    const eventData = events.map(toEventData);

    let nextExpectedRevision: number;
    try {
      const result = await this.client.appendToStream(streamName, eventData, { expectedRevision });
      nextExpectedRevision = toRevision(result.nextExpectedRevision);
    } catch (error) {
      throw toPortError(error, { streamName, expected });
    }

    // The server answers with the transaction's commit position twice (its own comment: "not
    // technically correct"), not the last event's (commit, prepare); for a deduplicated re-send
    // it may give none. Reading the appended slot back gives the exact position the readers of
    // $all will see, and lets us check that the events under our ids are the ones we sent.
    const stored = await this.readStreamEvents(
      streamName,
      { direction: 'backwards', fromRevision: nextExpectedRevision, maxCount: events.length },
      true,
    );
    const conflict = findEventIdConflict(eventData, stored);
    if (conflict !== undefined) throw new EventIdConflictError(conflict, streamName);
    const last = stored[0];
    if (!last || last.revision !== nextExpectedRevision) {
      throw new Error(`stream ${streamName} holds no event at revision ${nextExpectedRevision} right after the append`);
    }
    return { nextExpectedRevision, position: last.position };
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamEvents(streamName, options, false);
  }

  /** Events of all streams strictly after `options.after`, system events left out. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (limit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(limit) || limit < 0)) {
      throw new RangeError(`maxCount ${limit} is not a non-negative integer`);
    }
    let cursor: GlobalPosition = options.after ?? START;
    let from: ReadPosition = toClientReadPosition(cursor);
    const found: RecordedEvent[] = [];
    if (limit === 0) return found;

    // The 6.x client reads $all without a server-side filter, so system events are dropped
    // here, page by page, until `limit` visible events are found or $all ends. A read from a
    // position includes the event at that position: "after" is exclusive, so it is dropped.
    for (;;) {
      const pageSize = Math.min(READ_ALL_PAGE, limit - found.length + 1);
      const page = await this.readAllPage(from, FORWARDS, pageSize);
      for (const resolved of page) {
        const position = positionOf(resolved);
        if (!position) continue;
        const encoded = fromClientPosition(position);
        if (encoded <= cursor) continue;
        cursor = encoded;
        const event = toVisibleAllStreamEvent(resolved);
        if (event) {
          found.push(event);
          if (found.length >= limit) return found;
        }
      }
      const lastPosition = page.length > 0 ? positionOf(page[page.length - 1]!) : undefined;
      if (page.length < pageSize || !lastPosition) return found;
      from = lastPosition;
    }
  }

  /** The position of the newest non-system event in $all, `START` when there is none. */
  async headPosition(): Promise<GlobalPosition> {
    let from: ReadPosition = END;
    let cursor: GlobalPosition | undefined;
    for (;;) {
      const page = await this.readAllPage(from, BACKWARDS, HEAD_PAGE);
      for (const resolved of page) {
        const position = positionOf(resolved);
        if (!position) continue;
        const encoded = fromClientPosition(position);
        if (cursor !== undefined && encoded >= cursor) continue;
        cursor = encoded;
        if (toVisibleAllStreamEvent(resolved)) return encoded;
      }
      const lastPosition = page.length > 0 ? positionOf(page[page.length - 1]!) : undefined;
      if (page.length < HEAD_PAGE || !lastPosition) return START;
      from = lastPosition;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllStreamSubscription {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
      throw new RangeError(`batchSize ${batchSize} is not a positive integer`);
    }
    if (this.closing) throw new Error('the EventStoreDB event store is closed');
    const after = options.after ?? START;
    const subscription = new EventStoreDBAllSubscription(
      this.client.subscribeToAll({ fromPosition: toClientReadPosition(after), filter: excludeSystemEvents() }),
      {
        after,
        batchSize,
        readHead: () => this.headPosition(),
        released: (s) => this.subscriptions.delete(s),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Reads the newest record of $all; any failure (or no answer in time) is `StoreUnavailableError`. */
  async ping(): Promise<void> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        read.cancel().catch(() => undefined);
        reject(new StoreUnavailableError(`EventStoreDB did not answer a ping within ${this.pingTimeoutMs} ms`));
      }, this.pingTimeoutMs);
    });
    try {
      await Promise.race([drain(read), timeout]);
    } catch (error) {
      const mapped = toPortError(error);
      if (mapped instanceof StoreUnavailableError) throw mapped;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`EventStoreDB did not answer a ping: ${message}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.client.dispose();
    })();
    return this.closing;
  }

  private async readStreamEvents(
    streamName: string,
    options: ReadStreamOptions,
    requiresLeader: boolean,
  ): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const maxCount = options.maxCount;
    if (maxCount !== undefined && (!Number.isSafeInteger(maxCount) || maxCount < 0)) {
      throw new RangeError(`maxCount ${maxCount} is not a non-negative integer`);
    }
    const fromRevision = options.fromRevision !== undefined
      ? toClientRevision(options.fromRevision)
      : direction === 'forwards' ? CLIENT_START : END;

    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamName, {
        direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
        fromRevision,
        // A count of 0 still has to tell a missing stream apart: read one and drop it.
        ...(maxCount !== undefined ? { maxCount: Math.max(maxCount, 1) } : {}),
        ...(requiresLeader ? { requiresLeader } : {}),
      });
      for await (const resolved of read) {
        const event = fromResolvedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      throw toPortError(error, { streamName });
    }
    return maxCount === 0 ? [] : events;
  }

  private async readAllPage(from: ReadPosition, direction: Direction, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    try {
      return await drain(this.client.readAll({ fromPosition: from, direction, maxCount }));
    } catch (error) {
      throw toPortError(error);
    }
  }
}

async function drain<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
