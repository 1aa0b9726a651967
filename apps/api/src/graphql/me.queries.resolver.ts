import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AmbassadorObject } from '../ambassadors/ambassador.object';
import type { Principal } from '../command-side/command-context';
import { DeveloperObject } from '../developers/developer.object';
import { RegionObject } from '../regions/region.object';
import { Me } from './me.resolver';
import { PERSONAL_NAME, personalData } from './personal-data';
import { CurrentPrincipal } from './principal';
import { ReadLoaders } from './request-loaders';

/**
 * What the read models know of the person asking (`me`): the ambassador or developer whose id is
 * the actor id, their name, and the regions of the claim.
 */
@Resolver(() => Me)
export class MeFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => AmbassadorObject, { nullable: true, description: 'De ambassadeur die de gebruiker is, als die dat is.' })
  async ambassador(@Parent() me: Me, @Context() context: object): Promise<AmbassadorObject | null> {
    const ambassador = await this.loaders.of(context).ambassador.load(me.actorId);
    return ambassador ? AmbassadorObject.from(ambassador) : null;
  }

  @ResolveField(() => DeveloperObject, { nullable: true, description: 'De ontwikkelaar die de gebruiker is, als die dat is.' })
  async developer(@Parent() me: Me, @Context() context: object): Promise<DeveloperObject | null> {
    const developer = await this.loaders.of(context).developer.load(me.actorId);
    return developer ? DeveloperObject.from(developer) : null;
  }

  @ResolveField(() => String, { nullable: true, description: `${PERSONAL_NAME} Van de ambassadeur of ontwikkelaar die de gebruiker is.` })
  async name(@Parent() me: Me, @CurrentPrincipal() principal: Principal, @Context() context: object): Promise<string | null> {
    const loaders = this.loaders.of(context);
    const [ambassador, developer] = await Promise.all([loaders.ambassador.load(me.actorId), loaders.developer.load(me.actorId)]);
    if (ambassador) return personalData(principal, { kind: 'ambassador', id: ambassador.id }, 'name', ambassador.name);
    if (developer) return personalData(principal, { kind: 'developer', id: developer.id }, 'name', developer.name);
    return null;
  }

  @ResolveField(() => [RegionObject], { description: 'De regio\'s van regionIds, zoals de leesmodellen ze kennen.' })
  async regions(@Parent() me: Me, @Context() context: object): Promise<RegionObject[]> {
    const regions = await this.loaders.of(context).region.loadMany(me.regionIds);
    return regions.flatMap((region) => {
      if (region instanceof Error) throw region;
      return region ? [RegionObject.from(region)] : [];
    });
  }
}
