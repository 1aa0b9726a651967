import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ProjectionState, ProjectionStatus } from '@leerkring/projections';
import { POSITION_DESCRIPTION } from '../graphql/position';

const STATES: Readonly<Record<ProjectionState, string>> = {
  starting: 'STARTING', standby: 'STANDBY', 'catching-up': 'CATCHING_UP', live: 'LIVE', rebuilding: 'REBUILDING',
  retrying: 'RETRYING', failed: 'FAILED', stopped: 'STOPPED',
};

/** GraphQL name → the engine's state, like the vocabulary enums. */
export const ProjectionStateEnum = Object.fromEntries(
  Object.entries(STATES).map(([state, name]) => [name, state]),
) as Readonly<Record<string, ProjectionState>>;
registerEnumType(ProjectionStateEnum, {
  name: 'ProjectionState',
  description: 'Toestand van een projector in dit proces.',
  valuesMap: {
    STARTING: { description: 'Start op.' },
    STANDBY: { description: 'Een ander proces voert hem uit; dit proces neemt het over als dat stopt.' },
    CATCHING_UP: { description: 'Haalt achterstand in.' },
    LIVE: { description: 'Bij: verwerkt nieuwe gebeurtenissen zodra ze er zijn.' },
    REBUILDING: { description: 'Bouwt het leesmodel opnieuw op naast het live model, dat blijft antwoorden.' },
    RETRYING: { description: 'Probeert het opnieuw na een storing (bijvoorbeeld de opslag onbereikbaar).' },
    FAILED: { description: 'Gestopt op een gebeurtenis die hij niet kon verwerken (zie failure).' },
    STOPPED: { description: 'Gestopt.' },
  },
});

@ObjectType('ProjectionFailure', { description: 'De gebeurtenis waarop een projector stopte.' })
export class ProjectionFailureObject {
  @Field(() => String)
  eventId!: string;

  @Field(() => String)
  eventType!: string;

  @Field(() => String, { description: POSITION_DESCRIPTION })
  position!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('RebuildProgress', { description: 'Voortgang van een herbouw in dit proces.' })
export class RebuildProgressObject {
  @Field(() => Int)
  processed!: number;

  @Field(() => Int, { nullable: true, description: 'Gebeurtenissen bij het begin (er kunnen er meer bijkomen).' })
  total!: number | null;

  @Field(() => Float, { nullable: true, description: 'Van 0 tot 1.' })
  fraction!: number | null;

  @Field(() => Float, { nullable: true })
  etaSeconds!: number | null;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;
}

@ObjectType('ProjectionStatus', { description: 'Hoe een projector (leesmodel) ervoor staat.' })
export class ProjectionStatusObject {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ProjectionStateEnum)
  state!: ProjectionState;

  @Field(() => String, { description: `${POSITION_DESCRIPTION} De laatst verwerkte.` })
  position!: string;

  @Field(() => Int, { nullable: true, description: 'Gebeurtenissen die nog verwerkt moeten worden (leeg: de opslag telt niet).' })
  lagEvents!: number | null;

  @Field(() => Float, { description: 'Hoe oud de oudste onverwerkte gebeurtenis is, in seconden (0: bij).' })
  lagSeconds!: number;

  @Field(() => ProjectionFailureObject, { nullable: true })
  failure!: ProjectionFailureObject | null;

  @Field(() => RebuildProgressObject, { nullable: true })
  rebuild!: RebuildProgressObject | null;

  /** `lastError` stays out: an internal message for the logs, not for clients. */
  static from(status: ProjectionStatus): ProjectionStatusObject {
    return {
      name: status.name, version: status.version, state: status.state, position: status.position,
      lagEvents: status.lagEvents, lagSeconds: status.lagSeconds, failure: status.failure ? { ...status.failure } : null,
      rebuild: status.rebuild ? { ...status.rebuild } : null,
    };
  }
}
