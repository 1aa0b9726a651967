import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Sector, SessionFormat, Theme } from '@leerkring/domain';
import type { ActionGroupEntity, CircleEntity, ParticipantEntity, SessionEntity } from '@leerkring/read-models';
import { Connection } from '../graphql/connection';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { SectorEnum, SessionFormatEnum, ThemeEnum } from '../graphql/vocabulary.enums';

export type CircleStatus = CircleEntity['status'];

/** GraphQL name → the read model's code, like the vocabulary enums. */
export const CircleStatusEnum: Readonly<Record<string, CircleStatus>> = { OPEN: 'open', CLOSED: 'closed' };
registerEnumType(CircleStatusEnum, {
  name: 'CircleStatus',
  description: 'Of een ontwikkelcirkel nog loopt.',
  valuesMap: { OPEN: { description: 'Loopt nog.' }, CLOSED: { description: 'Afgesloten.' } },
});

/**
 * An ontwikkelcirkel. Region, developer, plan, participants, sessions, action groups and activity
 * are resolved per field through the request's loaders (circles.queries.resolver.ts).
 */
@ObjectType('Circle', { description: 'Een ontwikkelcirkel: een lerende groep in een regio rond thema\'s.' })
export class CircleObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => ID)
  developerId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => ID, { nullable: true })
  transformationPlanId!: string | null;

  @Field(() => String, { description: DATE })
  startedOn!: string;

  @Field(() => CircleStatusEnum)
  status!: CircleStatus;

  @Field(() => String, { nullable: true, description: DATE })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Wat de cirkel opleverde (bij het afsluiten).' })
  outcome!: string | null;

  @Field(() => Int, { description: 'Huidige deelnemers.' })
  participantCount!: number;

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => String, { nullable: true, description: DATE })
  lastSessionOn!: string | null;

  static from(circle: CircleEntity): CircleObject {
    return {
      id: circle.id, regionId: circle.regionId, developerId: circle.developerId, title: circle.title,
      description: circle.description, themes: [...circle.themes] as Theme[],
      transformationPlanId: circle.transformationPlanId, startedOn: circle.startedOn, status: circle.status,
      closedOn: circle.closedOn, outcome: circle.outcome, participantCount: circle.participantCount,
      sessionCount: circle.sessionCount, lastSessionOn: circle.lastSessionOn,
    };
  }
}

@ObjectType('CircleConnection')
export class CircleConnection extends Connection(CircleObject, 'Circle') {}

/**
 * A participant. `name` and `email` are personal data: resolved by `personalData`
 * (circles.queries.resolver.ts), so the fields are not on this object.
 */
@ObjectType('Participant', { description: 'Een professional in een cirkel.' })
export class ParticipantObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  circleId!: string;

  @Field(() => SectorEnum.enumRef)
  sector!: Sector;

  @Field(() => String)
  organisation!: string;

  @Field(() => String, { description: 'Functie of rol in de eigen organisatie.' })
  role!: string;

  @Field(() => Boolean, { description: 'Nog deelnemer (false: verliet de cirkel).' })
  active!: boolean;

  @Field(() => GraphQLISODateTime)
  addedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  removedAt!: Date | null;

  /** Personal data: only through `personalData`. */
  readonly person!: { readonly name: string | null; readonly email: string | null };

  static from(participant: ParticipantEntity): ParticipantObject {
    return {
      id: participant.participantId, circleId: participant.circleId, sector: participant.sector as Sector,
      organisation: participant.organisation, role: participant.role, active: participant.active,
      addedAt: participant.addedAt, removedAt: participant.removedAt,
      person: { name: participant.name, email: participant.email },
    };
  }
}

@ObjectType('Session', { description: 'Een bijeenkomst van een cirkel.' })
export class SessionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  circleId!: string;

  @Field(() => String, { description: DATE })
  date!: string;

  @Field(() => SessionFormatEnum.enumRef)
  format!: SessionFormat;

  @Field(() => Int)
  attendeeCount!: number;

  @Field(() => [ID], { nullable: true, description: 'De deelnemers die er waren, als die zijn vastgelegd.' })
  attendeeIds!: string[] | null;

  @Field(() => [SectorEnum.enumRef])
  sectorsPresent!: Sector[];

  @Field(() => String)
  summary!: string;

  static from(session: SessionEntity): SessionObject {
    return {
      id: session.sessionId, circleId: session.circleId, date: session.date, format: session.format as SessionFormat,
      attendeeCount: session.attendeeCount, attendeeIds: session.attendeeIds ? [...session.attendeeIds] : null,
      sectorsPresent: [...session.sectorsPresent] as Sector[], summary: session.summary,
    };
  }
}

@ObjectType('ActionGroup', { description: 'Een actiegroep: een kleine groep van de cirkel rond één thema.' })
export class ActionGroupObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  circleId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ThemeEnum.enumRef)
  theme!: Theme;

  @Field(() => [ID])
  memberIds!: string[];

  static from(group: ActionGroupEntity): ActionGroupObject {
    return {
      id: group.id, circleId: group.circleId, name: group.name, theme: group.theme as Theme,
      memberIds: [...group.memberIds],
    };
  }
}
