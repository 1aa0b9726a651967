import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { AmbassadorBackground, AmbassadorScope } from '@leerkring/domain';
import type { AmbassadorEntity } from '@leerkring/read-models';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { AmbassadorBackgroundEnum, AmbassadorScopeEnum } from '../graphql/vocabulary.enums';

/**
 * A regio- or landelijk ambassadeur. `name` and `email` are personal data, resolved by
 * `personalData` (ambassadors.queries.resolver.ts), so they are not fields of this object.
 */
@ObjectType('Ambassador', { description: 'Een regio-ambassadeur of landelijk ambassadeur.' })
export class AmbassadorObject {
  @Field(() => ID)
  id!: string;

  @Field(() => AmbassadorScopeEnum.enumRef)
  scope!: AmbassadorScope;

  @Field(() => ID, { nullable: true, description: `${REGION_ID} Leeg voor een landelijk ambassadeur.` })
  regionId!: string | null;

  @Field(() => AmbassadorBackgroundEnum.enumRef)
  background!: AmbassadorBackground;

  @Field(() => Float)
  hoursPerWeek!: number;

  @Field(() => String, { description: DATE })
  appointedOn!: string;

  @Field(() => String, { nullable: true, description: `${DATE} Leeg zolang de ambassadeur in functie is.` })
  departedOn!: string | null;

  /** Personal data: only through `personalData`. */
  readonly person!: { readonly name: string | null; readonly email: string | null };

  static from(ambassador: AmbassadorEntity): AmbassadorObject {
    return {
      id: ambassador.id, scope: ambassador.scope as AmbassadorScope, regionId: ambassador.regionId,
      background: ambassador.background as AmbassadorBackground, hoursPerWeek: ambassador.hoursPerWeek,
      appointedOn: ambassador.appointedOn, departedOn: ambassador.departedOn,
      person: { name: ambassador.name, email: ambassador.email },
    };
  }
}
