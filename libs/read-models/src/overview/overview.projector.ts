import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch, defineTable } from '../shared/row-batch';
import {
  OVERVIEW_EVENT_TYPES, emptySlice, foldOverviewEvent, overviewSliceOf, type OverviewSlice, type OverviewState,
} from './overview-state';

export const OVERVIEW_SCHEMA = 'rm_overview';

export interface OverviewSliceRow {
  key: string;
  slice: OverviewSlice;
}

export const overviewSlicesTable = defineTable<OverviewSliceRow>()({
  table: 'slices',
  key: ['key'],
  columns: { key: true, slice: true },
});

const ddl = `
CREATE TABLE slices (
  key   text PRIMARY KEY,
  slice jsonb NOT NULL
);
`;

/**
 * Persists the overview's fold so the live overview needs no replay: one jsonb slice per region
 * (and one for national ambassadors). A batch loads the slices its events touch, folds the
 * events into them in memory with the same pure `foldOverviewEvent` a replay uses, and writes
 * them back; the figures are computed when read, relative to the date asked for.
 */
export const overviewProjector: Projector = {
  name: 'overview',
  // 2: the slices also keep what the programme report reads (session formats, titles, promotions, late corrections).
  version: 2,
  schema: OVERVIEW_SCHEMA,
  eventTypes: OVERVIEW_EVENT_TYPES,
  ddl,
  async apply(events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const keys = new Set<string>();
    for (const event of events) {
      const key = overviewSliceOf(event);
      if (key !== undefined) keys.add(key);
    }
    if (keys.size === 0) return;
    const slices = new RowBatch(overviewSlicesTable);
    await slices.load(tx, [...keys].map((key) => ({ key })));
    let state: OverviewState = {
      slices: Object.fromEntries([...keys].map((key) => [key, slices.get({ key })?.slice ?? emptySlice()])),
    };
    for (const event of events) state = foldOverviewEvent(state, event);
    for (const key of keys) {
      const slice = state.slices[key];
      if (slice !== undefined) slices.put({ key, slice });
    }
    await slices.flush(tx);
  },
};
