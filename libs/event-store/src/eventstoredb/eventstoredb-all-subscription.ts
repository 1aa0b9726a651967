import type {
  AllStreamResolvedEvent,
  AllStreamSubscription as ClientAllStreamSubscription,
} from '@eventstore/db-client';
import type { AllStreamSubscription, RecordedEvent, SubscriptionMessage } from '../event-store.port';
import { StoreUnavailableError } from '../errors';
import type { GlobalPosition } from '../position';
import { fromClientPosition, positionOf, toPortError, toVisibleAllStreamEvent } from './eventstoredb-mapping';

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
