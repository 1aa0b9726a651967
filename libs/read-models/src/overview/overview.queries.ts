import type { RecordedEvent } from '@leerkring/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { dutchDate } from '@leerkring/domain';
import { OverviewPartEntity } from './overview.entities';
import { META_PART, assembleSlice } from './overview-parts';
import { OVERVIEW_SCHEMA } from './overview.projector';
import { OverviewFold, type OverviewState } from './overview-state';
import {
  combineSliceFigures, overviewWindow, sliceFigures, summarizeOverview, type OverviewWindow, type SliceFigures,
} from './overview-summary';
import type { OverviewSummary } from './overview-summary.types';
import { FreshRead } from '../shared/fresh-read';

/** Folds the events recorded up to and including `until` (all of them without it). */
export function foldOverview(events: Iterable<RecordedEvent>, until?: Date): OverviewState {
  const fold = new OverviewFold();
  for (const event of events) {
    if (until !== undefined && event.recordedAt.getTime() > until.getTime()) continue;
    fold.add(event);
  }
  return fold.state;
}

/** The national overview (`nationalOverview(asOf)`). */
export class OverviewQueries {
  /**
   * The last summary and what it was computed from: the overview projector's checkpoint and
   * version, and the calendar day (its figures are per day: last 90 days, this quarter). The overview is asked far
   * more often than it changes.
   */
  private cached: { key: string; summary: OverviewSummary } | undefined;
  /**
   * Each slice's figures, by the projector version, the last event folded into the slice and the day. When the
   * checkpoint moves, only the slices that changed are read again, one at a time: the rows of the
   * whole programme are never in memory at once (a million events make about 300,000 rows).
   */
  private figures = new Map<string, { version: string; figures: SliceFigures }>();
  private computing: { key: string; summary: Promise<OverviewSummary> } | undefined;
  /** Concurrent requests share one checkpoint read, each one begun after the request came. */
  private readonly checkpoint: FreshRead<OverviewCheckpoint | undefined>;

  constructor(private readonly db: DataSource) {
    this.checkpoint = new FreshRead(() => readCheckpoint(db.manager));
  }

  /**
   * What the live overview's figures at `asOf` are a function of: the overview projector's
   * checkpoint and version, read fresh (begun after the call), and the calendar day. Two calls with the same
   * version have the same figures; `undefined` while the projector has applied nothing.
   */
  async liveVersion(asOf: Date = new Date()): Promise<string | undefined> {
    const checkpoint = await this.checkpoint.get();
    return checkpoint === undefined ? undefined : cacheKey(checkpoint, asOf);
  }

  /**
   * The live overview from the projector's persisted fold, relative to `asOf` (now by default).
   * The fold holds everything recorded so far; for a date in the past use `asOfFromEvents`.
   */
  async current(asOf: Date = new Date()): Promise<OverviewSummary> {
    const key = cacheKey(await this.checkpoint.get(), asOf);
    if (this.cached?.key === key) return { ...this.cached.summary, asOf: asOf.toISOString() };
    // Requests that arrive while the summary is being worked out wait for that one.
    if (this.computing?.key !== key) {
      const computing = { key, summary: this.compute(asOf) };
      this.computing = computing;
      void computing.summary.catch(() => undefined).finally(() => {
        if (this.computing === computing) this.computing = undefined;
      });
    }
    return { ...(await this.computing.summary), asOf: asOf.toISOString() };
  }

  private compute(asOf: Date): Promise<OverviewSummary> {
    // One snapshot for the checkpoint and every slice: a batch that touched several slices is in all or none.
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const checkpoint = await readCheckpoint(manager);
      const figures = await this.figuresOfEverySlice(manager, overviewWindow(asOf), checkpoint?.projectorVersion);
      const summary = combineSliceFigures(figures, asOf);
      if (checkpoint !== undefined) this.cached = { key: cacheKey(checkpoint, asOf), summary };
      return summary;
    });
  }

  private async figuresOfEverySlice(
    manager: EntityManager, window: OverviewWindow, projectorVersion: number | undefined,
  ): Promise<SliceFigures[]> {
    const slices = await manager.query<{ slice_key: string; last_position: string }[]>(
      `SELECT slice_key, facts->>'lastPosition' AS last_position FROM ${OVERVIEW_SCHEMA}.slice_parts WHERE part = $1 ORDER BY slice_key`,
      [META_PART],
    );
    const known = new Map<string, { version: string; figures: SliceFigures }>();
    for (const { slice_key: sliceKey, last_position: lastPosition } of slices) {
      const version = `${projectorVersion ?? ''}|${lastPosition}|${window.asOfDate}`;
      let entry = this.figures.get(sliceKey);
      if (entry?.version !== version) {
        const rows = await manager.getRepository(OverviewPartEntity).find({ where: { sliceKey } });
        const { slice } = assembleSlice(rows);
        entry = { version, figures: sliceFigures(sliceKey, slice, window) };
      }
      known.set(sliceKey, entry);
    }
    this.figures = known;
    return [...known.values()].map((entry) => entry.figures);
  }

  /**
   * The overview as it was at `asOf`: folds only the events recorded by then (the API feeds it
   * the store's events up to that date), so later events, corrections and renames do not leak in.
   */
  asOfFromEvents(events: Iterable<RecordedEvent>, asOf: Date): OverviewSummary {
    return summarizeOverview(foldOverview(events, asOf), asOf);
  }
}

/**
 * What the overview's rows are: built by which version of the projector, and how far it got. A
 * rebuild by a new version can be swapped in at the same position with other rows.
 */
interface OverviewCheckpoint {
  readonly projectorVersion: number;
  readonly position: string;
}

async function readCheckpoint(manager: EntityManager): Promise<OverviewCheckpoint | undefined> {
  const [checkpoint] = await manager.query<{ version: number; position: string }[]>(
    `SELECT version, position FROM public.projection_checkpoints WHERE name = 'overview' AND slot = 'live'`);
  return checkpoint === undefined ? undefined : { projectorVersion: Number(checkpoint.version), position: checkpoint.position };
}

const cacheKey = (checkpoint: OverviewCheckpoint | undefined, asOf: Date) =>
  `${checkpoint === undefined ? '' : `${checkpoint.projectorVersion}@${checkpoint.position}`}|${dutchDate(asOf)}`;
