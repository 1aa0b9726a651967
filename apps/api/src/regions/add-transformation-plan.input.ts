import { Field, ID, InputType } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { ThemeEnum } from '../graphql/vocabulary.enums';

@InputType()
export class PlanPeriodInput {
  @Field(() => String, { description: DATE })
  from!: string;

  @Field(() => String, { description: `${DATE} Na from.` })
  to!: string;
}

@InputType()
export class AddTransformationPlanInput extends CommandInput {
  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'UUID van het plan; zonder kiest de server er een (createdId).' })
  planId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => PlanPeriodInput)
  period!: PlanPeriodInput;
}
