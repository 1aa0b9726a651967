import { assertNever, Person, type Ambassador, type Developer } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch } from '../shared/row-batch';
import { domainEventOf, everyType } from '../shared/stored-event';
import { PEOPLE_SCHEMA, ambassadorsTable, developerRegionsTable, developersTable, peopleDdl, peopleQueryIndexes } from './people-tables';
import { blankForgotten, personEmail, personName, splitForgotten } from './person-data';
import { isoTimestamp } from '../shared/iso-timestamp';

type PeopleEvent =
  | Developer.DeveloperEvent
  | Extract<Ambassador.AmbassadorEvent, { type: 'AmbassadorAppointed' | 'AmbassadorDeparted' }>;

// Weekly work is not about who a person is: the weekly-logs read model keeps it. A forgotten
// person's name and e-mail address are blanked at once (their key is gone, so a rebuild agrees).
const eventTypes = [
  ...everyType<PeopleEvent['type']>({
    DeveloperAppointed: true, DeveloperAssignedToRegion: true, DeveloperReleasedFromRegion: true,
    AmbassadorAppointed: true, AmbassadorDeparted: true,
  }),
  ...Person.PERSON_EVENT_TYPES,
];

function openBatch() {
  return {
    ambassadors: new RowBatch(ambassadorsTable),
    developers: new RowBatch(developersTable),
    developerRegions: new RowBatch(developerRegionsTable),
  };
}
type Batch = ReturnType<typeof openBatch>;

/** Ambassadors and developers (ontwikkelaars) with the regions they work in. */
export const peopleProjector: Projector = {
  name: 'people',
  version: 1,
  schema: PEOPLE_SCHEMA,
  eventTypes,
  ddl: peopleDdl,
  indexes: peopleQueryIndexes,
  async apply(batchOfEvents: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const { events: recorded, forgotten } = splitForgotten(batchOfEvents);
    // Upcast: an AmbassadorAppointed of version 1 has no hoursPerWeek.
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf<PeopleEvent>(r) }));
    const batch = openBatch();
    await batch.ambassadors.load(tx, events.flatMap(({ event }) =>
      event.type === 'AmbassadorDeparted' ? [{ id: event.data.ambassadorId }] : []));
    await batch.developerRegions.load(tx, events.flatMap(({ event }) =>
      event.type === 'DeveloperReleasedFromRegion'
        ? [{ developer_id: event.data.developerId, region_id: event.data.regionId }]
        : []));
    for (const { recorded: r, event } of events) evolve(batch, event, isoTimestamp(r.recordedAt));
    for (const table of Object.values(batch)) await table.flush(tx);
    await blankForgotten(tx, 'ambassadors', 'id', forgotten);
    await blankForgotten(tx, 'developers', 'id', forgotten);
  },
};

function evolve(batch: Batch, event: PeopleEvent, at: string): void {
  switch (event.type) {
    case 'AmbassadorAppointed': {
      const { ambassadorId, person, scope, regionId, background, hoursPerWeek, appointedOn } = event.data;
      batch.ambassadors.put({
        id: ambassadorId, name: personName(person), email: personEmail(person), scope, region_id: regionId,
        background, hours_per_week: hoursPerWeek, appointed_on: appointedOn, departed_on: null,
      });
      return;
    }
    case 'AmbassadorDeparted':
      batch.ambassadors.update({ id: event.data.ambassadorId }, (row) => ({ ...row, departed_on: event.data.departedOn }));
      return;
    case 'DeveloperAppointed': {
      const { developerId, person, appointedOn } = event.data;
      batch.developers.put({
        id: developerId, name: personName(person), email: personEmail(person), appointed_on: appointedOn,
      });
      return;
    }
    case 'DeveloperAssignedToRegion':
      batch.developerRegions.put({
        developer_id: event.data.developerId, region_id: event.data.regionId, assigned: true, assigned_at: at,
        released_at: null,
      });
      return;
    case 'DeveloperReleasedFromRegion':
      batch.developerRegions.update(
        { developer_id: event.data.developerId, region_id: event.data.regionId },
        (row) => ({ ...row, assigned: false, released_at: at }),
      );
      return;
    default:
      assertNever(event);
  }
}

