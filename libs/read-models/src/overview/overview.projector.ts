import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch, defineTable } from '../shared/row-batch';
import { OVERVIEW_EVENT_TYPES, OverviewFold, overviewSliceOf, type OverviewState } from './overview-state';
import { META_PART, assembleSlice, entityPartOf, partsOfSlice, type OverviewPartRow } from './overview-parts';

export const OVERVIEW_SCHEMA = 'rm_overview';

export const overviewPartsTable = defineTable<OverviewPartRow>()({
  table: 'slice_parts',
  key: ['slice_key', 'part'],
  columns: { slice_key: true, part: true, facts: 'json' },
});

const ddl = `
CREATE TABLE slice_parts (
  slice_key text NOT NULL,
  part      text NOT NULL,
  facts     jsonb NOT NULL,
  PRIMARY KEY (slice_key, part)
);
`;

/**
 * Persists the overview's fold so the live overview needs no replay: per region (and one slice
 * for national ambassadors) the rows of `overview-parts.ts`. A batch loads the rows its events
 * touch, folds the events into the slices those rows make up with the same fold
 * (`OverviewFold`) the `asOf` overview and the programme report replay, and writes them back; the
 * figures are computed when read, relative to the date asked for.
 */
export const overviewProjector: Projector = {
  name: 'overview',
  // 2: the slices also keep what the programme report reads (session formats, titles, promotions, late corrections).
  // 3: a slice is stored as rows per circle, learning, ambassador, session date and adoption.
  version: 3,
  schema: OVERVIEW_SCHEMA,
  eventTypes: OVERVIEW_EVENT_TYPES,
  ddl,
  async apply(events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const touched = new Map<string, Set<string>>();
    for (const event of events) {
      const sliceKey = overviewSliceOf(event);
      if (sliceKey === undefined) continue;
      const parts = touched.get(sliceKey) ?? touched.set(sliceKey, new Set([META_PART])).get(sliceKey)!;
      const part = entityPartOf(event);
      if (part !== null) parts.add(part);
    }
    if (touched.size === 0) return;
    const rows = new RowBatch(overviewPartsTable);
    const keys = [...touched].flatMap(([slice_key, parts]) => [...parts].map((part) => ({ slice_key, part })));
    await rows.load(tx, keys);
    const stored = new Map<string, number>();
    const slices: Record<string, OverviewState['slices'][string]> = {};
    for (const [sliceKey, parts] of touched) {
      const loaded = [...parts].flatMap((part) => rows.get({ slice_key: sliceKey, part }) ?? []);
      const { slice, storedAdoptions } = assembleSlice(loaded);
      slices[sliceKey] = slice;
      stored.set(sliceKey, storedAdoptions);
    }
    const fold = new OverviewFold({ slices });
    for (const event of events) fold.add(event);
    for (const [sliceKey, slice] of Object.entries(fold.state.slices)) {
      for (const row of partsOfSlice(sliceKey, slice, stored.get(sliceKey)!)) rows.put(row);
    }
    await rows.flush(tx);
  },
};
