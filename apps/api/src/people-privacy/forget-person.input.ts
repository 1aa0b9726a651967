import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class ForgetPersonInput extends CommandInput {
  @Field(() => ID, { description: 'UUID van de ambassadeur, ontwikkelaar of deelnemer die vergeten wordt.' })
  @IsAggregateId()
  personId!: string;
}
