import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AmbassadorObject } from '../ambassadors/ambassador.object';
import { CircleObject } from '../circles/circle.object';
import { DeveloperObject } from '../developers/developer.object';
import { feedPageKey } from '../graphql/activity-feeds.loader';
import { ActivityItemConnection, ActivityItemObject } from '../graphql/activity-item.object';
import { PageArgs } from '../graphql/connection';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { REGION_ID } from '../graphql/field-descriptions';
import { toGraphqlConnection } from '../graphql/read-connection';
import { ReadModels } from '../graphql/read-models';
import { READS } from '../graphql/read-projections';
import { ReadLoaders } from '../graphql/request-loaders';
import { MunicipalityObject, RegionObject, SupportPeriodObject, TransformationPlanObject } from './region.object';

/** `regions`, `region(id)` (DESIGN.md 6) and the relations of a region, each through the request's loaders. */
@Resolver(() => RegionObject)
export class RegionsQueriesResolver {
  constructor(private readonly read: ReadModels, private readonly loaders: ReadLoaders) {}

  @ReadQuery(() => [RegionObject], { reads: READS.graph, description: 'Alle jeugdregio\'s, op naam.' })
  async regions(@AtLeast() _atLeast?: string | null): Promise<RegionObject[]> {
    return (await this.read.regions.list()).map(RegionObject.from);
  }

  @ReadQuery(() => RegionObject, { nullable: true, reads: READS.graph, description: 'Eén jeugdregio; leeg als die er niet is.' })
  async region(
    @Args('id', { type: () => ID, description: REGION_ID }) id: string, @AtLeast() _atLeast?: string | null,
  ): Promise<RegionObject | null> {
    const region = await this.read.regions.byId(id);
    return region ? RegionObject.from(region) : null;
  }

  @ResolveField(() => [MunicipalityObject], { description: 'De huidige gemeenten, op naam.' })
  async municipalities(@Parent() region: RegionObject, @Context() context: object): Promise<MunicipalityObject[]> {
    return (await this.loaders.of(context).municipalitiesOfRegion.load(region.id)).map(MunicipalityObject.from);
  }

  @ResolveField(() => [TransformationPlanObject], { description: 'Transformatieplannen, oudste planperiode eerst.' })
  async transformationPlans(@Parent() region: RegionObject, @Context() context: object): Promise<TransformationPlanObject[]> {
    return (await this.loaders.of(context).transformationPlansOfRegion.load(region.id)).map(TransformationPlanObject.from);
  }

  @ResolveField(() => [SupportPeriodObject], { description: 'Ondersteuningsperiodes, oudste eerst.' })
  async supportPeriods(@Parent() region: RegionObject, @Context() context: object): Promise<SupportPeriodObject[]> {
    return (await this.loaders.of(context).supportPeriodsOfRegion.load(region.id)).map(SupportPeriodObject.from);
  }

  @ResolveField(() => [AmbassadorObject], { description: 'De regio-ambassadeurs in functie, op benoeming.' })
  async ambassadors(@Parent() region: RegionObject, @Context() context: object): Promise<AmbassadorObject[]> {
    return (await this.loaders.of(context).ambassadorsOfRegion.load(region.id)).map(AmbassadorObject.from);
  }

  @ResolveField(() => [DeveloperObject], { description: 'De ontwikkelaars die nu aan de regio zijn toegewezen.' })
  async developers(@Parent() region: RegionObject, @Context() context: object): Promise<DeveloperObject[]> {
    return (await this.loaders.of(context).developersOfRegion.load(region.id)).map(DeveloperObject.from);
  }

  @ResolveField(() => [CircleObject], { description: 'De ontwikkelcirkels van de regio, nieuwste eerst.' })
  async circles(@Parent() region: RegionObject, @Context() context: object): Promise<CircleObject[]> {
    return (await this.loaders.of(context).circlesOfRegion.load(region.id)).map(CircleObject.from);
  }

  @ResolveField(() => ActivityItemConnection, {
    description: 'Wat er in de regio gebeurde, nieuwste eerst; ook wat andere regio\'s met haar lessen deden.',
  })
  async activity(@Parent() region: RegionObject, @Args() page: PageArgs, @Context() context: object): Promise<ActivityItemConnection> {
    const feed = await this.loaders.of(context).activityOfRegion.load(feedPageKey(region.id, page.first, page.after));
    return toGraphqlConnection(feed, ActivityItemObject.from);
  }
}
