import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { PERSONAL_EMAIL, PERSONAL_NAME, personalData } from '../graphql/personal-data';
import { CurrentPrincipal } from '../graphql/principal';
import { ReadLoaders } from '../graphql/request-loaders';
import { RegionObject } from '../regions/region.object';
import { AmbassadorObject } from './ambassador.object';

/** The fields of an ambassador that are not plain columns: personal data and the region. */
@Resolver(() => AmbassadorObject)
export class AmbassadorFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => String, { nullable: true, description: PERSONAL_NAME })
  name(@Parent() ambassador: AmbassadorObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'ambassador', id: ambassador.id }, 'name', ambassador.person.name);
  }

  @ResolveField(() => String, { nullable: true, description: PERSONAL_EMAIL })
  email(@Parent() ambassador: AmbassadorObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'ambassador', id: ambassador.id }, 'email', ambassador.person.email);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio van een regio-ambassadeur.' })
  async region(@Parent() ambassador: AmbassadorObject, @Context() context: object): Promise<RegionObject | null> {
    if (ambassador.regionId === null) return null;
    const region = await this.loaders.of(context).region.load(ambassador.regionId);
    return region ? RegionObject.from(region) : null;
  }
}
