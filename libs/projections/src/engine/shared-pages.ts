import type {
  AllStreamSubscription, EventStore, GlobalPosition, RecordedEvent, SubscriptionMessage,
} from '@leerkring/event-store';

/** Events kept while projectors catch up: how far the fastest may run ahead of the slowest. */
const DEFAULT_CAPACITY_EVENTS = 25_000;

export interface PageReader {
  read(after: GlobalPosition, maxCount: number): Promise<RecordedEvent[]>;
  close(): void;
}

/**
 * Pages of all streams, read once for every projector of the process that catches up: seven
 * projectors starting from the same checkpoint would otherwise read, parse and decrypt every
 * event seven times. Only full pages are kept. A full page ends before the head, and the events
 * visible after a position only ever grow at the end (docs/event-store.md), so a full page is
 * the same whenever it is read; a short page is at the head, where a later read may find more.
 * Concurrent reads of the same page share one read, short or full.
 *
 * Pages are kept only while some reader is open (`open()` to `close()`), at most `capacityEvents`
 * events' worth. A reader that would read more pages than that ahead of the slowest open reader
 * waits for it, so the pages the slowest still needs are not dropped (and read again) by the
 * fastest; the slowest never waits.
 */
export class SharedPages {
  private readonly pages = new Map<string, Promise<RecordedEvent[]>>();
  /** The page each open reader asks for next. */
  private readonly readers = new Map<symbol, GlobalPosition>();
  /** How many full pages after the first one read a page starts at (only pages read here). */
  private readonly ordinals = new Map<GlobalPosition, number>();
  private moved: Array<() => void> = [];

  constructor(readonly store: EventStore, private readonly capacityEvents = DEFAULT_CAPACITY_EVENTS) {}

  /** One reader's use of the pages; `close` when done so that an idle process keeps none. */
  open(): PageReader {
    const reader = Symbol('page reader');
    return {
      read: (after, maxCount) => this.read(reader, after, maxCount),
      close: () => {
        if (!this.readers.delete(reader)) return;
        if (this.readers.size === 0) {
          this.pages.clear();
          this.ordinals.clear();
        }
        this.wakeWaiting();
      },
    };
  }

  /**
   * The events after `after`, page by page through one reader, up to the first short page (the
   * head): what catching up and rebuilding both read.
   */
  async *pagesFrom(after: GlobalPosition, maxCount: number): AsyncGenerator<RecordedEvent[]> {
    const reader = this.open();
    try {
      for (let from = after; ;) {
        const events = await reader.read(from, maxCount);
        if (events.length > 0) yield events;
        if (events.length < maxCount) return;
        from = events[events.length - 1]!.position;
      }
    } finally {
      reader.close();
    }
  }

  /** Pages held now (for tests). */
  get size(): number {
    return this.pages.size;
  }

  private async read(reader: symbol, after: GlobalPosition, maxCount: number): Promise<RecordedEvent[]> {
    this.readers.set(reader, after);
    this.wakeWaiting();
    const key = pageKey(after, maxCount);
    const capacity = this.capacityFor(maxCount);
    while (!this.pages.has(key) && this.pagesAheadOfSlowest(after) >= capacity) {
      await new Promise<void>((resolve) => this.moved.push(resolve));
    }
    return this.pages.get(key) ?? this.fetch(after, maxCount);
  }

  private capacityFor(maxCount: number): number {
    return Math.max(2, Math.floor(this.capacityEvents / maxCount));
  }

  /**
   * Reads a page for every reader. A full page starts the read of the next one at once, so the
   * database finds it while the projectors apply this one instead of all of them waiting for it
   * (about 2 s of a 20 s catch-up was the Node process idle, every projector waiting for a page);
   * pages are read ahead up to the room the slowest reader leaves.
   */
  private fetch(after: GlobalPosition, maxCount: number): Promise<RecordedEvent[]> {
    const key = pageKey(after, maxCount);
    const page = this.store.readAll({ after, maxCount });
    this.pages.set(key, page);
    if (this.pages.size > this.capacityFor(maxCount)) this.pages.delete(this.pages.keys().next().value!);
    const forget = () => {
      if (this.pages.get(key) === page) this.pages.delete(key);
    };
    page.then((events) => {
      if (events.length < maxCount) return forget();
      if (this.readers.size === 0) return undefined;
      if (!this.ordinals.has(after)) this.ordinals.set(after, 0);
      const next = events[events.length - 1]!.position;
      this.ordinals.set(next, this.ordinals.get(after)! + 1);
      this.readAhead(next, maxCount);
      return undefined;
    }, forget);
    return page;
  }

  /** As far as a reader may run ahead of the slowest one, so no page the slowest still needs is dropped. */
  private readAhead(after: GlobalPosition, maxCount: number): void {
    if (this.pages.has(pageKey(after, maxCount))) return;
    if (this.pagesAheadOfSlowest(after) >= this.capacityFor(maxCount)) return;
    // A failed read ahead is forgotten; the reader that asks for the page reads it again and sees the error.
    this.fetch(after, maxCount).catch(() => undefined);
  }

  private pagesAheadOfSlowest(after: GlobalPosition): number {
    const mine = this.ordinals.get(after);
    if (mine === undefined) return 0;
    let slowest = mine;
    for (const position of this.readers.values()) slowest = Math.min(slowest, this.ordinals.get(position) ?? mine);
    return mine - slowest;
  }

  private wakeWaiting(): void {
    const waiting = this.moved;
    this.moved = [];
    for (const resolve of waiting) resolve();
  }
}

const pageKey = (after: GlobalPosition, maxCount: number): string => `${maxCount}:${after}`;

/**
 * A catch-up subscription that reads full pages through `SharedPages` and hands over to the
 * store's own subscription at the first short page: from there on the batches are small and the
 * store may push (EventStoreDB) or wake the reader on appends (PostgreSQL).
 */
export class SharedCatchUpSubscription implements AllStreamSubscription {
  private stopped = false;
  private live: AllStreamSubscription | undefined;

  constructor(
    private readonly pages: SharedPages,
    private readonly store: EventStore,
    private readonly options: { readonly after: GlobalPosition; readonly batchSize: number },
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    const { batchSize } = this.options;
    let after = this.options.after;
    for await (const events of this.pages.pagesFrom(after, batchSize)) {
      if (this.stopped) return;
      after = events[events.length - 1]!.position;
      yield { kind: 'events', events };
    }
    if (this.stopped) return;
    this.live = this.store.subscribeToAll({ after, batchSize });
    // A stop between the check above and here would have found no live subscription to stop.
    if (this.stopped) await this.live.stop();
    yield* this.live;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.live?.stop();
  }
}
