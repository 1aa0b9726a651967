import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';
import { BY_REGION_ID } from './capture-learning.input';

@InputType()
export class EndorseLearningInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  learningId!: string;

  @Field(() => ID, { nullable: true, description: BY_REGION_ID })
  byRegionId?: string | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
