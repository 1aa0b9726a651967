import { Field, ID, InputType } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';
import { ThemeEnum } from '../graphql/vocabulary.enums';

@InputType()
export class FormActionGroupInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  circleId!: string;

  @Field(() => ID, { nullable: true, description: 'UUID van de actiegroep; zonder kiest de server er een (createdId).' })
  actionGroupId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => ThemeEnum.enumRef)
  theme!: Theme;

  @Field(() => [ID], { description: 'Deelnemers van de cirkel in de actiegroep.' })
  memberIds!: string[];
}
