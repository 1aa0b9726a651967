import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class RemoveParticipantInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  circleId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
