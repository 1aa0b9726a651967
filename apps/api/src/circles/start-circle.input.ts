import { Field, ID, InputType } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { ThemeEnum } from '../graphql/vocabulary.enums';

@InputType()
export class StartCircleInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'UUID van de cirkel; zonder kiest de server er een (aggregateId).' })
  circleId?: string | null;

  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => ID, { description: 'De ontwikkelaar die de cirkel begeleidt; toegewezen aan de regio.' })
  developerId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => ID, { nullable: true, description: 'Het transformatieplan van de regio waarvan de cirkel leert.' })
  transformationPlanId?: string | null;

  @Field(() => String, { description: DATE })
  startedOn!: string;
}
