import {
  EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError,
  type AppendResult, type EventStore, type EventToAppend, type ExpectedRevision,
} from '@leerkring/event-store';
import type { LeerkringMetrics } from './metrics';
import { streamCategory } from './metrics';

function outcomeOf(error: unknown): string {
  if (error instanceof WrongExpectedRevisionError) return 'conflict';
  if (error instanceof EventIdConflictError) return 'id_conflict';
  if (error instanceof StoreUnavailableError) return 'unavailable';
  return 'error';
}

/**
 * The configured store as the command side sees it: every append timed and its conflicts counted.
 * A decorator over the port, so the adapters stay free of metrics.
 */
export class InstrumentedEventStore implements EventStore {
  readonly countEventsAfter?: EventStore['countEventsAfter'];

  constructor(private readonly inner: EventStore, private readonly metrics: LeerkringMetrics) {
    const count = inner.countEventsAfter;
    if (count) this.countEventsAfter = (position) => count.call(inner, position);
  }

  async append(
    streamName: string,
    events: readonly EventToAppend[],
    options?: { readonly expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    const category = streamCategory(streamName);
    const stop = this.metrics.appendDuration.startTimer({ stream_category: category });
    try {
      const result = await this.inner.append(streamName, events, options);
      stop({ outcome: 'ok' });
      this.metrics.appendedEvents.inc({ stream_category: category }, events.length);
      return result;
    } catch (error) {
      const outcome = outcomeOf(error);
      stop({ outcome });
      if (outcome === 'conflict') this.metrics.appendConflicts.inc({ stream_category: category });
      throw error;
    }
  }

  readStream(...args: Parameters<EventStore['readStream']>) { return this.inner.readStream(...args); }
  readAll(...args: Parameters<EventStore['readAll']>) { return this.inner.readAll(...args); }
  headPosition() { return this.inner.headPosition(); }
  subscribeToAll(...args: Parameters<EventStore['subscribeToAll']>) { return this.inner.subscribeToAll(...args); }
  ping() { return this.inner.ping(); }
  close() { return this.inner.close(); }
}
