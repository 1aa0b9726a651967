import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DeveloperEntity } from '@leerkring/read-models';
import { DATE } from '../graphql/field-descriptions';

/**
 * An ontwikkelaar. `name` and `email` are personal data, resolved by `personalData`
 * (developers.queries.resolver.ts), so they are not fields of this object.
 */
@ObjectType('Developer', { description: 'Een ontwikkelaar: begeleidt cirkels in de regio\'s die hem zijn toegewezen.' })
export class DeveloperObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: DATE })
  appointedOn!: string;

  /** Personal data: only through `personalData`. */
  readonly person!: { readonly name: string | null; readonly email: string | null };

  static from(developer: DeveloperEntity): DeveloperObject {
    return {
      id: developer.id, appointedOn: developer.appointedOn,
      person: { name: developer.name, email: developer.email },
    };
  }
}
