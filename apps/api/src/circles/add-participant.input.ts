import { Field, ID, InputType } from '@nestjs/graphql';
import type { Sector } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';
import { PersonInput } from '../graphql/person.input';
import { SectorEnum } from '../graphql/vocabulary.enums';

@InputType()
export class AddParticipantInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  circleId!: string;

  @Field(() => ID, { nullable: true, description: 'UUID van de deelnemer; zonder kiest de server er een (createdId).' })
  participantId?: string | null;

  @Field(() => PersonInput)
  person!: PersonInput;

  @Field(() => SectorEnum.enumRef)
  sector!: Sector;

  @Field(() => String)
  organisation!: string;

  @Field(() => String, { description: 'Functie of rol in de eigen organisatie.' })
  role!: string;
}
