import type { AllStreamSubscription, RecordedEvent, SubscriptionMessage } from './event-store.port';
import { START, type GlobalPosition } from './position';
import { WakeSignal } from './wake-signal';

export interface PollingSubscriptionOptions {
  readonly after?: GlobalPosition;
  readonly batchSize?: number;
  /** How long a live subscription sleeps between polls when nothing wakes it. */
  readonly pollIntervalMs?: number;
}

/**
 * A catch-up subscription over a store that can only be read (no push): it pages through all
 * streams from the checkpoint, says `caught-up` when a page comes back short, and then polls.
 * Appends in this process wake it at once through `wake`; other processes' appends are seen
 * at the next poll. Read errors end the iteration: the consumer decides how to retry.
 */
export class PollingAllSubscription implements AllStreamSubscription {
  private stopped = false;
  private readonly stopSignal = new WakeSignal();

  constructor(
    private readonly readAll: (after: GlobalPosition, maxCount: number) => Promise<RecordedEvent[]>,
    private readonly wake: WakeSignal,
    private readonly options: PollingSubscriptionOptions = {},
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    const batchSize = this.options.batchSize ?? 500;
    const pollIntervalMs = this.options.pollIntervalMs ?? 250;
    let after = this.options.after ?? START;
    let announcedAt: GlobalPosition | undefined;
    while (!this.stopped) {
      const events = await this.readAll(after, batchSize);
      if (this.stopped) return;
      if (events.length > 0) {
        after = events[events.length - 1]!.position;
        yield { kind: 'events', events };
      }
      if (events.length < batchSize) {
        if (announcedAt !== after) {
          announcedAt = after;
          yield { kind: 'caught-up', position: after };
        }
        if (this.stopped) return;
        await WakeSignal.any([this.wake, this.stopSignal], pollIntervalMs);
      }
    }
  }

  /** The iteration ends at its next step; a sleeping poll wakes at once, so no timer is left. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopSignal.notify();
  }
}
