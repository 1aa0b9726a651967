import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class DepartAmbassadorInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  ambassadorId!: string;

  @Field(() => String, { description: DATE })
  departedOn!: string;
}
