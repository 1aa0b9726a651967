import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Ambassador, Sector } from '@leerkring/domain';
import type { WeeklyLogEntity } from '@leerkring/read-models';
import { ISO_WEEK, REGION_ID } from '../graphql/field-descriptions';
import { ActivityKindEnum, SectorEnum } from '../graphql/vocabulary.enums';

@ObjectType('WeeklyActivity', { description: 'Een activiteit in een weeklog.' })
export class WeeklyActivityObject {
  @Field(() => ActivityKindEnum.enumRef)
  kind!: Ambassador.ActivityKind;

  @Field(() => String)
  text!: string;
}

/** One ISO week of an ambassador's work, as last logged or corrected. */
@ObjectType('WeeklyLog', { description: 'Een week werk van een ambassadeur, zoals laatst gelogd of gecorrigeerd.' })
export class WeeklyLogObject {
  @Field(() => ID)
  ambassadorId!: string;

  @Field(() => String, { description: ISO_WEEK })
  week!: string;

  @Field(() => ID, { nullable: true, description: `${REGION_ID} Leeg voor een landelijk ambassadeur.` })
  regionId!: string | null;

  @Field(() => String, { description: 'Het kwartaal (rapportageperiode) van de week, zoals 2024-Q2.' })
  reportingPeriodId!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => [ID])
  circleIds!: string[];

  @Field(() => [WeeklyActivityObject])
  activities!: WeeklyActivityObject[];

  @Field(() => Int)
  partnersReached!: number;

  @Field(() => [SectorEnum.enumRef])
  sectorsReached!: Sector[];

  @Field(() => String)
  reflection!: string;

  @Field(() => GraphQLISODateTime)
  loggedAt!: Date;

  @Field(() => Boolean)
  corrected!: boolean;

  @Field(() => Boolean, { description: 'Minstens één correctie kwam nadat het kwartaal was afgesloten.' })
  late!: boolean;

  @Field(() => Int)
  correctionCount!: number;

  @Field(() => String, { nullable: true, description: 'Wat de laatste correctie veranderde.' })
  lastWhatChanged!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastCorrectedAt!: Date | null;

  static from(log: WeeklyLogEntity): WeeklyLogObject {
    return {
      ambassadorId: log.ambassadorId, week: log.week, regionId: log.regionId, reportingPeriodId: log.reportingPeriodId,
      hours: log.hours, circleIds: [...log.circleIds],
      activities: log.activities.map((a) => ({ kind: a.kind as Ambassador.ActivityKind, text: a.text })),
      partnersReached: log.partnersReached, sectorsReached: [...log.sectorsReached] as Sector[],
      reflection: log.reflection, loggedAt: log.loggedAt, corrected: log.corrected, late: log.late,
      correctionCount: log.correctionCount, lastWhatChanged: log.lastWhatChanged, lastCorrectedAt: log.lastCorrectedAt,
    };
  }
}
