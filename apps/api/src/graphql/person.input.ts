import { Field, InputType } from '@nestjs/graphql';

/**
 * A person's personal data (an ambassador, developer or participant). The security issue
 * encrypts it per person inside the events (crypto-shredding, DESIGN.md 5).
 */
@InputType('PersonInput')
export class PersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

/** The command's `person`: an absent e-mail address is left out, as every aggregate expects. */
export function personOf(input: PersonInput): { name: string; email?: string } {
  return input.email === undefined || input.email === null ? { name: input.name } : { name: input.name, email: input.email };
}
