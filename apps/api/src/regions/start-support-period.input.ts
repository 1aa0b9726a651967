import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE, REGION_ID } from '../graphql/field-descriptions';

@InputType()
export class StartSupportPeriodInput extends CommandInput {
  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'UUID van de periode; zonder kiest de server er een (createdId).' })
  periodId?: string | null;

  @Field(() => String, { description: DATE })
  startsOn!: string;
}
