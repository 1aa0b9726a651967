import { assertNever, Region } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch } from '../shared/row-batch';
import { domainEventOf, everyType } from '../shared/stored-event';
import {
  REGIONS_SCHEMA, municipalitiesTable, regionsDdl, regionsQueryIndexes, regionsTable, supportPeriodsTable, transformationPlansTable,
} from './region-tables';
import { isoTimestamp } from '../shared/iso-timestamp';

const eventTypes = everyType<Region.RegionEvent['type']>({
  RegionRegistered: true, RegionRenamed: true, MunicipalityAdded: true, MunicipalityRemoved: true,
  TransformationPlanAdded: true, SupportPeriodStarted: true, SupportPeriodEnded: true,
});

function openBatch() {
  return {
    regions: new RowBatch(regionsTable),
    municipalities: new RowBatch(municipalitiesTable),
    plans: new RowBatch(transformationPlansTable),
    periods: new RowBatch(supportPeriodsTable),
  };
}
type Batch = ReturnType<typeof openBatch>;

/** Jeugdregio's with their municipalities, transformation plans and support periods. */
export const regionsProjector: Projector = {
  name: 'regions',
  version: 1,
  schema: REGIONS_SCHEMA,
  eventTypes,
  ddl: regionsDdl,
  indexes: regionsQueryIndexes,
  async apply(recorded: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf<Region.RegionEvent>(r) }));
    const batch = openBatch();
    // Only changes of existing rows need the stored row; new rows and deletions do not.
    await batch.regions.load(tx, events.flatMap(({ event }) =>
      event.type === 'RegionRenamed' ? [{ id: event.data.regionId }] : []));
    await batch.periods.load(tx, events.flatMap(({ event }) =>
      event.type === 'SupportPeriodEnded' ? [{ id: event.data.periodId }] : []));
    for (const { recorded: r, event } of events) evolve(batch, event, isoTimestamp(r.recordedAt));
    for (const table of Object.values(batch)) await table.flush(tx);
  },
};

function evolve(batch: Batch, event: Region.RegionEvent, at: string): void {
  switch (event.type) {
    case 'RegionRegistered': {
      const { regionId, slug, name, province } = event.data;
      batch.regions.put({
        id: regionId, slug, name, province, registered_at: at, renamed_at: null, previous_names: [],
      });
      return;
    }
    case 'RegionRenamed': {
      const { regionId, name, previousName } = event.data;
      batch.regions.update({ id: regionId }, (row) => ({
        ...row, name, renamed_at: at, previous_names: [...row.previous_names, previousName],
      }));
      return;
    }
    case 'MunicipalityAdded': {
      const { regionId, municipality } = event.data;
      batch.municipalities.put({
        region_id: regionId, key: Region.municipalityKey(municipality), name: municipality, added_at: at,
      });
      return;
    }
    case 'MunicipalityRemoved':
      batch.municipalities.remove({
        region_id: event.data.regionId, key: Region.municipalityKey(event.data.municipality),
      });
      return;
    case 'TransformationPlanAdded': {
      const { regionId, planId, title, themes, period } = event.data;
      batch.plans.put({
        id: planId, region_id: regionId, title, themes: [...themes], period_from: period.from, period_to: period.to,
        added_at: at,
      });
      return;
    }
    case 'SupportPeriodStarted': {
      const { regionId, periodId, startsOn } = event.data;
      batch.periods.put({ id: periodId, region_id: regionId, starts_on: startsOn, ends_on: null });
      return;
    }
    case 'SupportPeriodEnded':
      batch.periods.update({ id: event.data.periodId }, (row) => ({ ...row, ends_on: event.data.endsOn }));
      return;
    default:
      assertNever(event);
  }
}

