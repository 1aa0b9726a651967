import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { Ambassador, Sector } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { ISO_WEEK } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';
import { ActivityKindEnum, SectorEnum } from '../graphql/vocabulary.enums';

@InputType()
export class WeeklyActivityInput {
  @Field(() => ActivityKindEnum.enumRef)
  kind!: Ambassador.ActivityKind;

  @Field(() => String)
  text!: string;
}

/** The fields of a weeklog, shared by logWeeklyWork and correctWeeklyWork (the domain's `WeeklyWorkInput`). */
@InputType({ isAbstract: true })
export abstract class WeeklyWorkInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  ambassadorId!: string;

  @Field(() => String, { description: ISO_WEEK })
  week!: string;

  @Field(() => Float, { description: 'Uren in die week, per kwartier (0,25).' })
  hours!: number;

  @Field(() => [ID], { defaultValue: [], description: 'De cirkels waaraan gewerkt is (UUID\'s).' })
  circleIds!: string[];

  @Field(() => [WeeklyActivityInput])
  activities!: WeeklyActivityInput[];

  @Field(() => Int)
  partnersReached!: number;

  @Field(() => [SectorEnum.enumRef])
  sectorsReached!: Sector[];

  @Field(() => String, { nullable: true })
  reflection?: string | null;
}

/** The domain's `WeeklyWorkInput` from the GraphQL input. */
export function weeklyWorkOf(input: WeeklyWorkInput): Ambassador.WeeklyWorkInput {
  return {
    ambassadorId: input.ambassadorId,
    week: input.week,
    hours: input.hours,
    circleIds: [...input.circleIds],
    activities: input.activities.map(({ kind, text }) => ({ kind, text })),
    partnersReached: input.partnersReached,
    sectorsReached: [...input.sectorsReached],
    reflection: input.reflection ?? null,
  };
}
