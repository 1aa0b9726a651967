import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class PromoteLearningInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  learningId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'De landelijk ambassadeur die de les uitlicht; zonder: de gebruiker zelf.',
  })
  promoterId?: string | null;

  @Field(() => String)
  reason!: string;
}
