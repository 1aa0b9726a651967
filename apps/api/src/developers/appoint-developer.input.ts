import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';
import { DATE } from '../graphql/field-descriptions';
import { PersonInput } from '../graphql/person.input';

@InputType()
export class AppointDeveloperInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'UUID van de ontwikkelaar; zonder kiest de server er een (aggregateId).' })
  developerId?: string | null;

  @Field(() => PersonInput)
  person!: PersonInput;

  @Field(() => String, { description: DATE })
  appointedOn!: string;
}
