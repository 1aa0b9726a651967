import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { REGION_ID } from '../graphql/field-descriptions';

@InputType()
export class AddMunicipalityInput extends CommandInput {
  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => String, { description: 'Naam van de gemeente.' })
  municipality!: string;
}
