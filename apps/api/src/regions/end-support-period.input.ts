import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE, REGION_ID } from '../graphql/field-descriptions';

@InputType()
export class EndSupportPeriodInput extends CommandInput {
  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => String, { description: DATE })
  endsOn!: string;
}
