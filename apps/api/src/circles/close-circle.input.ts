import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class CloseCircleInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  circleId!: string;

  @Field(() => String, { description: DATE })
  closedOn!: string;

  @Field(() => String, { description: 'Wat de cirkel opleverde.' })
  outcome!: string;
}
