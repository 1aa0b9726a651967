import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';
import { BY_REGION_ID } from './capture-learning.input';

@InputType()
export class AdoptLearningInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  learningId!: string;

  @Field(() => ID, { nullable: true, description: BY_REGION_ID })
  byRegionId?: string | null;

  @Field(() => String, { description: 'Hoe de regio de les voor zichzelf aanpaste.' })
  adaptation!: string;

  @Field(() => String, { description: `${DATE} Niet in de toekomst.` })
  adoptedOn!: string;
}
