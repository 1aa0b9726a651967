import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class RetractLearningInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  learningId!: string;

  @Field(() => String)
  reason!: string;
}
