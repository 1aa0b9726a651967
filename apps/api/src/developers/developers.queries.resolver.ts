import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { PERSONAL_EMAIL, PERSONAL_NAME, personalData } from '../graphql/personal-data';
import { CurrentPrincipal } from '../graphql/principal';
import { ReadLoaders } from '../graphql/request-loaders';
import { RegionObject } from '../regions/region.object';
import { DeveloperObject } from './developer.object';

/** The fields of a developer that are not plain columns: personal data and the regions assigned. */
@Resolver(() => DeveloperObject)
export class DeveloperFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => String, { nullable: true, description: PERSONAL_NAME })
  name(@Parent() developer: DeveloperObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'developer', id: developer.id }, 'name', developer.person.name);
  }

  @ResolveField(() => String, { nullable: true, description: PERSONAL_EMAIL })
  email(@Parent() developer: DeveloperObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'developer', id: developer.id }, 'email', developer.person.email);
  }

  @ResolveField(() => [RegionObject], { description: 'De regio\'s die nu aan de ontwikkelaar zijn toegewezen.' })
  async regions(@Parent() developer: DeveloperObject, @Context() context: object): Promise<RegionObject[]> {
    const loaders = this.loaders.of(context);
    const regions = await loaders.region.loadMany(await loaders.regionIdsOfDeveloper.load(developer.id));
    return regions.flatMap((region) => {
      if (region instanceof Error) throw region;
      return region ? [RegionObject.from(region)] : [];
    });
  }
}
