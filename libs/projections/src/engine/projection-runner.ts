import {
  START, StoreUnavailableError,
  type AllStreamSubscription, type EventStore, type GlobalPosition, type RecordedEvent, type SqlClient,
} from '@leerkring/event-store';
import {
  CheckpointMovedError, advanceCheckpoint, insertCheckpoint, readCheckpoint, recordFailure,
} from './checkpoints';
import type { ProjectionLock } from './projection-lock';
import { createProjectorSchema, createQueryIndexes, eventsFor, useSchema } from './projector-schema';
import type { Projector } from './projector';
import { ShadowRebuild, type RebuildProgress } from './shadow-rebuild';
import { SharedCatchUpSubscription, SharedPages } from './shared-pages';


/**
 * Events per batch and transaction. Catching up, fewer and larger transactions cost less per
 * event (docs/performance.md: 2,500 against 1,000 about 1.4 times the events per second; 5,000
 * against 2,500 about 10% less of PostgreSQL's CPU over 203,760 events, 3 runs each);
 * live, a batch is what arrived since the last one.
 */
const DEFAULT_BATCH_SIZE = 5000;

/** How often a process that does not run a projector looks at its stored checkpoint while a reader waits. */
const STORED_POSITION_POLL_MS = 50;
export type ProjectionState =
  | 'starting' | 'standby' | 'catching-up' | 'live' | 'rebuilding' | 'retrying' | 'failed' | 'stopped';

export interface ProjectionFailure {
  readonly eventId: string;
  readonly position: string;
  readonly eventType: string;
  readonly message: string;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly state: ProjectionState;
  readonly position: GlobalPosition;
  readonly lagEvents: number | null;
  readonly lagSeconds: number;
  readonly failure: ProjectionFailure | null;
  readonly lastError: string | null;
  readonly rebuild: RebuildProgress | null;
}

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** How often a standby process tries to take over, and a live one checks its lock and requests. */
  readonly housekeepingMs?: number;
  readonly retryBackoffMs?: { readonly min: number; readonly max: number };
  readonly onError?: (projection: string, error: unknown) => void;
}

/** An apply that threw on one event: only this projector stops, and says which event. */
export class PoisonedEventError extends Error {
  override readonly name = 'PoisonedEventError';
  constructor(readonly failure: ProjectionFailure) {
    super(`projection stopped at event ${failure.eventId} (${failure.eventType}): ${failure.message}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps one projector's read model up to date: reads all streams from its checkpoint through the
 * store's catch-up subscription and applies each batch with the checkpoint in one transaction.
 */
export class ProjectionRunner {
  private state: ProjectionState = 'stopped';
  private position: GlobalPosition = START;
  private failure: ProjectionFailure | null = null;
  private lastError: string | null = null;
  private stopped = true;
  private loop: Promise<void> | undefined;
  private subscription: AllStreamSubscription | undefined;
  private housekeeping: NodeJS.Timeout | undefined;
  private rebuildTask: Promise<void> | undefined;
  private readonly shadow: ShadowRebuild;
  private waiters: Array<{ position: GlobalPosition; resolve: () => void }> = [];
  private readonly batchSize: number;

  constructor(
    readonly projector: Projector,
    private readonly store: EventStore,
    private readonly sql: SqlClient,
    private readonly lock: ProjectionLock,
    private readonly options: ProjectionRunnerOptions = {},
    /** Shared with the other projectors of the process, so that catching up reads each page once. */
    private readonly pages = new SharedPages(store),
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.shadow = new ShadowRebuild(projector, pages, sql, this.batchSize);
  }

  get name(): string {
    return this.projector.name;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.state = 'starting';
    this.loop = this.run();
    this.housekeeping = setInterval(() => void this.checkInOnLockAndRequests(), this.options.housekeepingMs ?? 2000);
    this.housekeeping.unref();
  }

  /** Stops after the batch in hand is committed; the checkpoint is already durable. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.housekeeping);
    await this.subscription?.stop();
    await this.loop;
    await this.rebuildTask?.catch(() => undefined);
    await this.lock.release(this.name);
    this.state = 'stopped';
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters = [];
  }

  /** Builds the read model afresh beside the live one and swaps it in; the live one keeps serving. */
  rebuild(): Promise<void> {
    this.rebuildTask ??= this.shadow.run()
      .then(() => this.subscription?.stop())
      .catch((error) => {
        this.lastError = (error as Error).message;
        if (error instanceof PoisonedEventError) this.failure = error.failure;
        this.options.onError?.(this.name, error);
        throw error;
      })
      .finally(() => { this.rebuildTask = undefined; });
    return this.rebuildTask;
  }

  /** Resolves true once this projector has applied `position`, false after `timeoutMs`. */
  async waitForPosition(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (this.position >= position) return true;
    if (this.state === 'failed' || this.stopped) return false;
    // Another process runs this projector: its stored checkpoint tells how far the tables are.
    if (this.state === 'standby' || this.state === 'starting') return this.waitForStoredPosition(position, timeoutMs);
    return new Promise<boolean>((resolve) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.position >= position);
        },
      };
      // A position that is never reached must not leave its waiter behind.
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Polls the checkpoint another process commits (with the rows, so the tables are at least that
   * far). It lags the other process by at most its lazy commit of skipped batches (a second).
   */
  private async waitForStoredPosition(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const stored = await readCheckpoint(this.sql, this.name, 'live');
      if (stored && stored.position >= position) return true;
      if (this.position >= position) return true;
      const left = deadline - Date.now();
      if (left <= 0 || this.stopped) return false;
      await sleep(Math.min(STORED_POSITION_POLL_MS, left));
    }
  }

  /** How many callers wait for a position now (for tests and metrics). */
  get waiting(): number {
    return this.waiters.length;
  }

  /** The rebuild in progress in this process, if any. */
  get rebuildProgress(): RebuildProgress | null {
    return this.shadow.progress;
  }

  async status(): Promise<ProjectionStatus> {
    if (this.stopped) {
      // Not running here: report what is stored (another process may be running it).
      const stored = await readCheckpoint(this.sql, this.name, 'live');
      this.position = stored?.position ?? START;
    }
    const lagEvents = (await this.store.countEventsAfter?.(this.position)) ?? null;
    let lagSeconds = 0;
    if (lagEvents !== 0) {
      const [next] = await this.store.readAll({ after: this.position, maxCount: 1 });
      if (next) lagSeconds = Math.max(0, (Date.now() - next.recordedAt.getTime()) / 1000);
    }
    return {
      name: this.name,
      version: this.projector.version,
      state: this.rebuildTask && this.state !== 'failed' ? 'rebuilding' : this.state,
      position: this.position,
      lagEvents,
      lagSeconds,
      failure: this.failure,
      lastError: this.lastError,
      rebuild: this.shadow.progress,
    };
  }

  private async run(): Promise<void> {
    let backoff = this.options.retryBackoffMs?.min ?? 200;
    while (!this.stopped) {
      try {
        if (!(await this.lock.tryAcquire(this.name))) {
          this.state = 'standby';
          await sleep(this.options.housekeepingMs ?? 2000);
          continue;
        }
        const live = await this.ensureLiveCheckpoint();
        if (live.version !== this.projector.version) {
          // The live tables were built by other code: serve them as they are until the new build is in.
          this.moveTo(live.position);
          await this.rebuild();
          continue;
        }
        // After a swap this may be behind what was served before: the new tables are.
        this.moveTo(live.position);
        this.state = 'catching-up';
        await this.follow(live.position);
        backoff = this.options.retryBackoffMs?.min ?? 200;
      } catch (error) {
        if (error instanceof CheckpointMovedError) continue;
        this.lastError = (error as Error).message;
        this.options.onError?.(this.name, error);
        if (error instanceof PoisonedEventError) {
          this.failure = error.failure;
          this.state = 'failed';
          return;
        }
        this.state = 'retrying';
        await sleep(backoff);
        backoff = Math.min(backoff * 2, this.options.retryBackoffMs?.max ?? 10_000);
      }
    }
  }

  private async ensureLiveCheckpoint() {
    const existing = await readCheckpoint(this.sql, this.name, 'live');
    if (existing) return existing;
    await this.sql.transaction(async (tx) => {
      await createProjectorSchema(tx, this.projector, this.projector.schema);
      await insertCheckpoint(tx, { name: this.name, slot: 'live', version: this.projector.version, schemaName: this.projector.schema });
    });
    return (await readCheckpoint(this.sql, this.name, 'live'))!;
  }

  private async follow(from: GlobalPosition): Promise<void> {
    const subscription = new SharedCatchUpSubscription(this.pages, this.store, { after: from, batchSize: this.batchSize });
    this.subscription = subscription;
    // Batches without an event this projector handles move the position in memory only; the
    // stored checkpoint follows with the next commit (or at least once a second). Reading them
    // again after a crash changes nothing, and most projectors skip most batches.
    let committed = from;
    let skipped = 0;
    let lastCommit = Date.now();
    const flushSkipped = async () => {
      if (this.position === committed) return;
      await this.sql.transaction((tx) => advanceCheckpoint(tx, this.name, 'live', committed, this.position, skipped));
      committed = this.position;
      skipped = 0;
      lastCommit = Date.now();
    };
    try {
      for await (const message of subscription) {
        if (this.stopped) break;
        if (message.kind === 'caught-up') {
          await flushSkipped();
          // A build from empty left them out; after a crash mid-build they are still missing.
          if (this.state !== 'live') await createQueryIndexes(this.sql, this.projector, this.projector.schema);
          this.state = 'live';
          continue;
        }
        const { events } = message;
        const to = events[events.length - 1]!.position;
        if (eventsFor(this.projector, events).length === 0 && Date.now() - lastCommit < 1000) {
          skipped += events.length;
          this.moveTo(to);
          continue;
        }
        await this.applyBatch(events, committed, skipped);
        committed = to;
        skipped = 0;
        lastCommit = Date.now();
        this.moveTo(to);
      }
      if (this.stopped) await flushSkipped();
    } finally {
      await subscription.stop();
      this.subscription = undefined;
    }
  }

  private async applyBatch(events: readonly RecordedEvent[], from: GlobalPosition, skippedBefore: number): Promise<void> {
    try {
      await this.commit(events, from, skippedBefore);
    } catch (error) {
      if (error instanceof CheckpointMovedError || error instanceof StoreUnavailableError) throw error;
      await this.findPoisonedEvent(events, from, error, skippedBefore);
    }
  }

  private commit(events: readonly RecordedEvent[], from: GlobalPosition, skippedBefore = 0): Promise<void> {
    const relevant = eventsFor(this.projector, events);
    const to = events[events.length - 1]!.position;
    return this.sql.transaction(async (tx) => {
      await useSchema(tx, this.projector.schema);
      if (relevant.length > 0) await this.projector.apply(relevant, tx);
      await advanceCheckpoint(tx, this.name, 'live', from, to, events.length + skippedBefore);
    });
  }

  /** The batch failed: apply its events one by one to commit those before the culprit and name it. */
  private async findPoisonedEvent(
    events: readonly RecordedEvent[], from: GlobalPosition, batchError: unknown, skippedBefore: number,
  ): Promise<never> {
    let position = from;
    for (const [index, event] of events.entries()) {
      try {
        await this.commit([event], position, index === 0 ? skippedBefore : 0);
      } catch (error) {
        if (error instanceof CheckpointMovedError || error instanceof StoreUnavailableError) throw error;
        const failure = { eventId: event.id, position: event.position, eventType: event.type, message: (error as Error).message };
        await recordFailure(this.sql, this.name, 'live', failure).catch(() => undefined);
        throw new PoisonedEventError(failure);
      }
      position = event.position;
      this.moveTo(position);
    }
    throw batchError;
  }

  private moveTo(position: GlobalPosition): void {
    this.position = position;
    const still: typeof this.waiters = [];
    for (const waiter of this.waiters) (position >= waiter.position ? waiter.resolve() : still.push(waiter));
    this.waiters = still;
  }

  private async checkInOnLockAndRequests(): Promise<void> {
    if (this.stopped || this.state === 'standby' || this.state === 'starting') return;
    try {
      if (!(await this.lock.isHeld(this.name))) {
        // Another process may hold it now; stop following and contend again.
        await this.subscription?.stop();
        return;
      }
      const live = await readCheckpoint(this.sql, this.name, 'live');
      if (live?.rebuildRequestedAt && !this.rebuildTask) void this.rebuild().catch(() => undefined);
    } catch (error) {
      this.lastError = (error as Error).message;
    }
  }
}
