import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START as CLIENT_START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type AllStreamSubscription as ClientAllStreamSubscription,
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
  type SubscriptionMessage,
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

export interface SubscriptionSettings {
  readonly after: GlobalPosition;
  readonly batchSize: number;
  /** Reads the head once at start: the caught-up fallback for servers that never report it. */
  readonly readHead: () => Promise<GlobalPosition>;
  readonly released: (subscription: EventStoreDBAllSubscription) => void;
}

/**
 * A catch-up subscription to $all (system events filtered out by the server with
 * `excludeSystemEvents()`, and again here for `$` streams), adapted to the port's pull-based
 * async iterator:
 *
 * - events are grouped into batches of at most `batchSize`; a smaller batch is handed over when
 *   the consumer asks and nothing more arrived in the same turn of the event loop, and before
 *   every `caught-up` marker;
 * - `caught-up` is emitted when the client emits `caughtUp` (servers 23.10+), at the position of
 *   the last event delivered (or the checkpoint). The client emits it as it decodes the message,
 *   possibly while earlier events still wait in its readable buffer, so the marker is queued
 *   behind exactly `readableLength` more events. For servers that never report it, the first
 *   marker is also emitted once the subscription has delivered up to the head read at start;
 *   consecutive markers at the same position are emitted once;
 * - events at or before the checkpoint are dropped (the server's start position is exclusive
 *   already; this only guards against a re-delivery);
 * - the client stream is paused while too many events wait for the consumer;
 * - `stop()` (or leaving a `for await` early) unsubscribes and ends the iteration; a failure
 *   is thrown to the consumer after the events received before it.
 */
export class EventStoreDBAllSubscription implements AllStreamSubscription {
  private readonly messages: SubscriptionMessage[] = [];
  private batch: RecordedEvent[] = [];
  private waitingEvents = 0;
  private readonly highWater: number;
  private paused = false;
  private waiter: (() => void) | undefined;
  private wakeScheduled = false;
  private finished = false;
  private failure: { readonly error: unknown } | undefined;
  private releasing: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;

  private lastPosition: GlobalPosition;
  private lastMarker: GlobalPosition | undefined;
  private received = 0;
  private readonly markersDue: number[] = [];
  private fallbackPending = true;
  private headAtStart: GlobalPosition | undefined;

  constructor(
    private readonly source: ClientAllStreamSubscription,
    private readonly settings: SubscriptionSettings,
  ) {
    this.lastPosition = settings.after;
    this.highWater = Math.max(settings.batchSize * 4, 1_000);
    source.on('data', (resolved: AllStreamResolvedEvent) => this.onData(resolved));
    source.on('caughtUp', () => this.onCaughtUp());
    source.on('error', (error: Error) => this.fail(toPortError(error)));
    source.on('end', () => this.fail(new StoreUnavailableError('EventStoreDB ended the subscription to $all')));
    settings.readHead().then(
      (head) => {
        this.headAtStart = head;
        this.checkFallback();
      },
      (error: unknown) => this.fail(error),
    );
  }

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.stop();
        return { done: true, value: undefined };
      },
    };
  }

  stop(): Promise<void> {
    this.stopping ??= (() => {
      this.finished = true;
      this.failure = undefined;
      this.messages.length = 0;
      this.batch = [];
      this.wake();
      return this.release();
    })();
    return this.stopping;
  }

  private async next(): Promise<IteratorResult<SubscriptionMessage>> {
    for (;;) {
      const message = this.messages.shift();
      if (message) {
        this.taken(message);
        return { done: false, value: message };
      }
      if (this.batch.length > 0) {
        this.flushBatch();
        continue;
      }
      if (this.finished) {
        const failure = this.failure;
        this.failure = undefined;
        if (failure) throw failure.error;
        return { done: true, value: undefined };
      }
      await new Promise<void>((resolve) => { this.waiter = resolve; });
    }
  }

  private onData(resolved: AllStreamResolvedEvent): void {
    if (this.finished) return;
    this.received += 1;
    try {
      const position = positionOf(resolved);
      if (position) {
        const encoded = fromClientPosition(position);
        const event = encoded > this.lastPosition ? toVisibleAllStreamEvent(resolved) : undefined;
        if (event) {
          this.lastPosition = encoded;
          this.batch.push(event);
          this.waitingEvents += 1;
          if (this.batch.length >= this.settings.batchSize) this.flushBatch();
        }
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    while (this.markersDue.length > 0 && this.markersDue[0]! <= this.received) {
      this.markersDue.shift();
      this.emitCaughtUp();
    }
    this.checkFallback();
    this.scheduleWake();
    if (!this.paused && this.waitingEvents >= this.highWater) {
      this.paused = true;
      this.source.pause();
    }
  }

  private onCaughtUp(): void {
    if (this.finished) return;
    this.fallbackPending = false;
    const due = this.received + this.source.readableLength;
    if (due <= this.received) this.emitCaughtUp();
    else this.markersDue.push(due);
  }

  private checkFallback(): void {
    if (this.finished || !this.fallbackPending || this.headAtStart === undefined) return;
    if (this.lastPosition >= this.headAtStart) {
      this.fallbackPending = false;
      this.emitCaughtUp();
    }
  }

  private emitCaughtUp(): void {
    this.flushBatch();
    if (this.lastMarker === this.lastPosition) return;
    this.lastMarker = this.lastPosition;
    this.messages.push({ kind: 'caught-up', position: this.lastPosition });
    this.wake();
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    this.messages.push({ kind: 'events', events: this.batch });
    this.batch = [];
    this.wake();
  }

  private taken(message: SubscriptionMessage): void {
    if (message.kind !== 'events') return;
    this.waitingEvents -= message.events.length;
    if (this.paused && !this.finished && this.waitingEvents <= this.highWater / 2) {
      this.paused = false;
      this.source.resume();
    }
  }

  /** Wakes a waiting consumer at once (a full batch, a marker, the end). */
  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  /** Wakes a waiting consumer after this turn, so events arriving together share a batch. */
  private scheduleWake(): void {
    if (!this.waiter || this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      this.wake();
    });
  }

  private fail(error: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.failure = { error };
    this.flushBatch();
    this.wake();
    void this.release();
  }

  private release(): Promise<void> {
    this.releasing ??= (async () => {
      this.settings.released(this);
      try {
        await this.source.unsubscribe();
      } catch {
        // The call never started or is already gone: nothing left to cancel.
      }
      this.source.destroy();
    })();
    return this.releasing;
  }
}
