import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { AmbassadorBackground, AmbassadorScope } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { PersonInput } from '../graphql/person.input';
import { AmbassadorBackgroundEnum, AmbassadorScopeEnum } from '../graphql/vocabulary.enums';

@InputType()
export class AppointAmbassadorInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'UUID van de ambassadeur; zonder kiest de server er een (aggregateId).' })
  ambassadorId?: string | null;

  @Field(() => PersonInput)
  person!: PersonInput;

  @Field(() => AmbassadorScopeEnum.enumRef)
  scope!: AmbassadorScope;

  @Field(() => ID, { nullable: true, description: `${REGION_ID} Verplicht voor REGIONAL, leeg voor NATIONAL.` })
  regionId?: string | null;

  @Field(() => AmbassadorBackgroundEnum.enumRef)
  background!: AmbassadorBackground;

  @Field(() => Float, { nullable: true, description: 'Uren per week; zonder: 8 (een dag per week).' })
  hoursPerWeek?: number | null;

  @Field(() => String, { description: DATE })
  appointedOn!: string;
}
