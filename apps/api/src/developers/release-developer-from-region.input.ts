import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { REGION_ID } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';

@InputType()
export class ReleaseDeveloperFromRegionInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  developerId!: string;

  @Field(() => ID, { description: REGION_ID })
  regionId!: string;
}
