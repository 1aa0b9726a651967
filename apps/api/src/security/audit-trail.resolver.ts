import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ambassador, Circle, Developer, Learning, Person, Region, ReportingPeriod } from '@leerkring/domain';
import { EVENT_STORE, readStreamOrEmpty, type EventStore, type RecordedEvent } from '@leerkring/event-store';
import { InputValidationError } from '../graphql/edge-errors';
import { POSITION_DESCRIPTION } from '../graphql/position';

@ObjectType('AuditEntry', { description: 'Wie deed wat en wanneer, volgens de metadata van één gebeurtenis.' })
export class AuditEntry {
  @Field({ description: 'De stroom van het aggregaat, zoals circle-<id>.' }) streamName!: string;
  @Field(() => Int) revision!: number;
  @Field({ description: POSITION_DESCRIPTION }) position!: string;
  @Field({ description: 'Wat er gebeurde (het gebeurtenistype, zoals SessionRecorded).' }) eventType!: string;
  @Field({ description: 'Wanneer de gebeurtenis werd vastgelegd (ISO-tijdstip).' }) recordedAt!: string;
  @Field(() => String, { nullable: true, description: 'Wanneer het besluit viel (ISO-tijdstip).' }) occurredAt!: string | null;
  @Field(() => ID, { nullable: true, description: 'Wie het deed (de id uit het token; geen naam).' }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorRole!: string | null;
  @Field(() => String, { nullable: true, description: 'De opdracht, zoals RecordSession.' }) commandType!: string | null;
  @Field(() => String, { nullable: true, description: 'Verbindt alles wat uit één verzoek volgde.' }) correlationId!: string | null;
}

/** Every aggregate's stream name for an id: the audit looks in each, since ids do not say their kind. */
const STREAMS_OF = [Region, Ambassador, Developer, Circle, Learning, ReportingPeriod, Person].map((kind) => kind.streamName);
const MAX_ID_LENGTH = 100;

/** A kind whose ids look otherwise (a period is `2024-Q2`) refuses the id: then it is not of that kind. */
function streamNameOrNone(streamName: (id: string) => string, id: string): string[] {
  try {
    return [streamName(id)];
  } catch {
    return [];
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function entryOf(event: RecordedEvent): AuditEntry {
  const { metadata } = event;
  return {
    streamName: event.streamName,
    revision: event.revision,
    position: event.position,
    eventType: event.type,
    recordedAt: event.recordedAt.toISOString(),
    occurredAt: text(metadata['occurredAt']),
    actorId: text(metadata['actorId']),
    actorRole: text(metadata['actorRole']),
    commandType: text(metadata['commandType']),
    correlationId: text(metadata['correlationId']),
  };
}

/**
 * `auditTrail(aggregateId)` for beheerder and vng (operation-policy.ts): the aggregate's history
 * from the event store itself, not a read model, so it is complete and cannot drift.
 */
@Resolver(() => AuditEntry)
export class AuditTrailResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [AuditEntry], { description: 'Wie deed wat en wanneer met een aggregaat (regio, persoon, cirkel, les, periode); oudste eerst.' })
  async auditTrail(
    @Args('aggregateId', { type: () => ID }) aggregateId: string,
  ): Promise<AuditEntry[]> {
    const id = aggregateId.trim();
    if (id === '' || id.length > MAX_ID_LENGTH || !/^[\w-]+$/.test(id)) {
      throw new InputValidationError('aggregateId', 'aggregate-id-invalid', 'aggregateId is een id van een regio, persoon, cirkel, les of periode.');
    }
    const names = [...new Set(STREAMS_OF.flatMap((streamName) => streamNameOrNone(streamName, id)))];
    const streams = await Promise.all(names.map((name) => readStreamOrEmpty(this.store, name)));
    return streams.flat().sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)).map(entryOf);
  }
}
