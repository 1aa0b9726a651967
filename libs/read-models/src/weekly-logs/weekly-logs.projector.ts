import type { Ambassador } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch } from '../shared/row-batch';
import { domainEventOf } from '../shared/stored-event';
import {
  correctionsTable, weeklyLogsDdl, weeklyLogsQueryIndexes, weeklyLogsTable, type WeeklyLogRow, type WeeklyWorkColumns,
} from './weekly-log-tables';
import { isoTimestamp } from '../shared/iso-timestamp';

export const WEEKLY_LOGS_SCHEMA = 'rm_weekly_logs';

type WeeklyWorkEvent = Ambassador.WeeklyWorkLogged | Ambassador.WeeklyWorkCorrected;

const eventTypes = ['WeeklyWorkLogged', 'WeeklyWorkCorrected'] as const satisfies readonly WeeklyWorkEvent['type'][];

function openBatch() {
  return { logs: new RowBatch(weeklyLogsTable), corrections: new RowBatch(correctionsTable) };
}
type Batch = ReturnType<typeof openBatch>;

/**
 * One row per ambassador per ISO week with the week's current content; a correction replaces
 * the content and leaves a row in `corrections` (late when the quarter was already closed).
 */
export const weeklyLogsProjector: Projector = {
  name: 'weekly-logs',
  version: 1,
  schema: WEEKLY_LOGS_SCHEMA,
  eventTypes,
  ddl: weeklyLogsDdl,
  indexes: weeklyLogsQueryIndexes,
  async apply(recorded: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf<WeeklyWorkEvent>(r) }));
    const batch = openBatch();
    await batch.logs.load(tx, events.map(({ event }) => ({ ambassador_id: event.data.ambassadorId, week: event.data.week })));
    for (const { recorded: r, event } of events) evolve(batch, event, r);
    for (const table of Object.values(batch)) await table.flush(tx);
  },
};

function evolve(batch: Batch, event: WeeklyWorkEvent, recorded: RecordedEvent): void {
  const { ambassadorId, week } = event.data;
  const row = batch.logs.get({ ambassador_id: ambassadorId, week });
  if (row !== undefined && recorded.revision <= row.revision) return;
  const at = isoTimestamp(recorded.recordedAt);
  const identity = {
    ambassador_id: ambassadorId, week, region_id: event.data.regionId, reporting_period_id: event.data.reportingPeriodId,
    revision: recorded.revision,
  };
  if (event.type === 'WeeklyWorkLogged') {
    batch.logs.put({
      ...identity, ...contentOf(event.data), logged_at: at, corrected: false, late: false, correction_count: 0,
      last_what_changed: null, last_corrected_at: null,
    });
    return;
  }
  // The domain corrects only a logged week; should the log be missing, the correction still
  // says what the week holds now, so it becomes the row rather than being lost.
  const before: WeeklyLogRow = row ?? {
    ...identity, ...contentOf(event.data), logged_at: at, corrected: false, late: false, correction_count: 0,
    last_what_changed: null, last_corrected_at: null,
  };
  const { whatChanged, late } = event.data;
  batch.logs.put({
    ...before, ...identity, ...contentOf(event.data), corrected: true, late: before.late || late,
    correction_count: before.correction_count + 1, last_what_changed: whatChanged, last_corrected_at: at,
  });
  batch.corrections.put({
    ambassador_id: ambassadorId, revision: recorded.revision, week, region_id: event.data.regionId,
    reporting_period_id: event.data.reportingPeriodId, what_changed: whatChanged, late, corrected_at: at,
    hours_before: before.hours, hours_after: event.data.hours, previous: contentColumns(before),
  });
}

function contentOf(work: Ambassador.WeeklyWork): WeeklyWorkColumns {
  return {
    hours: work.hours, circle_ids: [...work.circleIds], activities: work.activities.map((a) => ({ ...a })),
    partners_reached: work.partnersReached, sectors_reached: [...work.sectorsReached], reflection: work.reflection,
  };
}

/** Only the content columns of a row: what a correction replaced. */
function contentColumns(row: WeeklyWorkColumns): WeeklyWorkColumns {
  const { hours, circle_ids, activities, partners_reached, sectors_reached, reflection } = row;
  return { hours, circle_ids, activities, partners_reached, sectors_reached, reflection };
}
