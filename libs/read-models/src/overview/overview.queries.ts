import type { RecordedEvent } from '@leerkring/event-store';
import type { DataSource } from 'typeorm';
import { OverviewSliceEntity } from './overview.entities';
import { foldOverviewEvent, initialOverviewState, type OverviewState } from './overview-state';
import { summarizeOverview } from './overview-summary';
import type { OverviewSummary } from './overview-summary.types';

/** Folds the events recorded up to and including `until` (all of them without it). */
export function foldOverview(events: Iterable<RecordedEvent>, until?: Date): OverviewState {
  let state = initialOverviewState();
  for (const event of events) {
    if (until !== undefined && event.recordedAt.getTime() > until.getTime()) continue;
    state = foldOverviewEvent(state, event);
  }
  return state;
}

/** The national overview (`nationalOverview(asOf)`). */
export class OverviewQueries {
  constructor(private readonly db: DataSource) {}

  /**
   * The live overview from the projector's persisted fold, relative to `asOf` (now by default).
   * The fold holds everything recorded so far; for a date in the past use `asOfFromEvents`.
   */
  async current(asOf: Date = new Date()): Promise<OverviewSummary> {
    const rows = await this.db.getRepository(OverviewSliceEntity).find({ order: { key: 'ASC' } });
    return summarizeOverview({ slices: Object.fromEntries(rows.map((row) => [row.key, row.slice])) }, asOf);
  }

  /**
   * The overview as it was at `asOf`: folds only the events recorded by then (the API feeds it
   * the store's events up to that date), so later events, corrections and renames do not leak in.
   */
  asOfFromEvents(events: Iterable<RecordedEvent>, asOf: Date): OverviewSummary {
    return summarizeOverview(foldOverview(events, asOf), asOf);
  }
}
