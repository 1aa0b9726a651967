import {
  Ambassador, Circle, Developer, Learning, Region, ReportingPeriod, upcast, type EventSchema,
} from '@leerkring/domain';
import type { RecordedEvent } from '@leerkring/event-store';

/** Every event the domain emits. Type names are unique across aggregates. */
export type DomainEvent =
  | Region.RegionEvent
  | Developer.DeveloperEvent
  | Ambassador.AmbassadorEvent
  | Circle.CircleEvent
  | Learning.LearningEvent
  | ReportingPeriod.ReportingPeriodEvent;

const schemas: readonly EventSchema[] = [
  Region.eventSchema, Developer.eventSchema, Ambassador.eventSchema, Circle.eventSchema, Learning.eventSchema,
  ReportingPeriod.eventSchema,
];

/** The versions and upcasters of all aggregates in one schema, so projectors upcast any type alike. */
const allEvents: EventSchema = {
  versions: Object.assign({}, ...schemas.map((schema) => schema.versions)) as Record<string, number>,
  upcasters: schemas.flatMap((schema) => schema.upcasters),
};

/** Events written before metadata carried a version are version 1 (as the command side reads them). */
function schemaVersionOf(metadata: Readonly<Record<string, unknown>>): number {
  const version = metadata['schemaVersion'];
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : 1;
}

/**
 * A stored event in the current shape of its type. The store keeps events as written (an old
 * `AmbassadorAppointed` has no `hoursPerWeek`); projectors read them only through this.
 * `E` narrows to the types the projector declared in `eventTypes`, which is all it is given.
 */
export function domainEventOf<E extends DomainEvent = DomainEvent>(recorded: RecordedEvent): E {
  return upcast(allEvents, recorded.type, schemaVersionOf(recorded.metadata), recorded.data) as E;
}

/** Who caused an event, from the metadata the command side writes; `null` when absent. */
export function actorOf(recorded: RecordedEvent): { actorId: string | null; actorRole: string | null } {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return { actorId: text(recorded.metadata['actorId']), actorRole: text(recorded.metadata['actorRole']) };
}

/**
 * The event types a projector handles, as a record that must name every type of the union `T`
 * exactly once: forgetting a type (or a new one in the domain) is a compile error, not a silent gap.
 */
export function everyType<T extends string>(types: Record<T, true>): T[] {
  return Object.keys(types) as T[];
}
