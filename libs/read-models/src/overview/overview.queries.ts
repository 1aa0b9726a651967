import type { RecordedEvent } from '@leerkring/event-store';
import type { DataSource } from 'typeorm';
import { dutchDate } from '@leerkring/domain';
import { OverviewPartEntity } from './overview.entities';
import { assembleSlice, type OverviewPartRow } from './overview-parts';
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
  /**
   * The last summary and what it was computed from: the overview projector's checkpoint and the
   * calendar day (its figures are per day: last 90 days, this quarter). Loading and summarising
   * every slice costs milliseconds; the overview is asked far more often than it changes.
   */
  private cached: { key: string; summary: OverviewSummary } | undefined;

  constructor(private readonly db: DataSource) {}

  /**
   * The live overview from the projector's persisted fold, relative to `asOf` (now by default).
   * The fold holds everything recorded so far; for a date in the past use `asOfFromEvents`.
   */
  async current(asOf: Date = new Date()): Promise<OverviewSummary> {
    // Read before the slices: a summary is never older than the checkpoint it is cached under.
    const [checkpoint] = await this.db.query<{ position: string }[]>(
      `SELECT position FROM public.projection_checkpoints WHERE name = 'overview' AND slot = 'live'`);
    const key = `${checkpoint?.position ?? ''}|${dutchDate(asOf)}`;
    if (this.cached?.key !== key || !checkpoint) {
      const summary = summarizeOverview(await this.storedState(), asOf);
      if (checkpoint) this.cached = { key, summary };
      return summary;
    }
    return { ...this.cached.summary, asOf: asOf.toISOString() };
  }

  /** The persisted fold, every slice assembled from its rows. */
  private async storedState(): Promise<OverviewState> {
    const rows = await this.db.getRepository(OverviewPartEntity).find({ order: { sliceKey: 'ASC', part: 'ASC' } });
    const bySlice = new Map<string, OverviewPartRow[]>();
    for (const { sliceKey, part, facts } of rows) {
      const parts = bySlice.get(sliceKey) ?? bySlice.set(sliceKey, []).get(sliceKey)!;
      parts.push({ slice_key: sliceKey, part, facts });
    }
    return { slices: Object.fromEntries([...bySlice].map(([key, parts]) => [key, assembleSlice(parts).slice])) };
  }

  /**
   * The overview as it was at `asOf`: folds only the events recorded by then (the API feeds it
   * the store's events up to that date), so later events, corrections and renames do not leak in.
   */
  asOfFromEvents(events: Iterable<RecordedEvent>, asOf: Date): OverviewSummary {
    return summarizeOverview(foldOverview(events, asOf), asOf);
  }
}
