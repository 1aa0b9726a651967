import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { REGION_ID } from '../graphql/field-descriptions';

@InputType()
export class RegisterRegionInput extends CommandInput {
  @Field(() => ID, { description: `${REGION_ID} Het id van de regio.` })
  regionId!: string;

  @Field(() => String, { description: 'Leesbare naam in URL\'s, zoals west-brabant-west.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  province!: string;
}
