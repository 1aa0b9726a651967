import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DeveloperObject } from '../developers/developer.object';
import { feedPageKey } from '../graphql/activity-feeds.loader';
import { ActivityItemConnection, ActivityItemObject } from '../graphql/activity-item.object';
import { PageArgs } from '../graphql/connection';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { inputValidationPipe } from '../graphql/input-validation';
import { toGraphqlConnection } from '../graphql/read-connection';
import { ReadModels } from '../graphql/read-models';
import { READS } from '../graphql/read-projections';
import { ReadLoaders } from '../graphql/request-loaders';
import { RegionObject, TransformationPlanObject } from '../regions/region.object';
import { CircleFilterInput } from './circle-filter.input';
import { ActionGroupObject, CircleConnection, CircleObject, ParticipantObject, SessionObject } from './circle.object';

/** `circles(filter, first, after)`, `circle(id)` (DESIGN.md 6) and the relations of a circle, through the request's loaders. */
@Resolver(() => CircleObject)
export class CirclesQueriesResolver {
  constructor(private readonly read: ReadModels, private readonly loaders: ReadLoaders) {}

  @ReadQuery(() => CircleConnection, { reads: READS.graph, description: 'Ontwikkelcirkels, nieuwste eerst (startdatum).' })
  async circles(
    @Args('filter', { type: () => CircleFilterInput, nullable: true }) filter: CircleFilterInput | null | undefined,
    @Args(inputValidationPipe) page: PageArgs,
    @AtLeast() _atLeast?: string | null,
  ): Promise<CircleConnection> {
    const result = await this.read.circles.page({ filter: filter ?? null, first: page.first, after: page.after ?? null });
    return toGraphqlConnection(result, CircleObject.from);
  }

  @ReadQuery(() => CircleObject, { nullable: true, reads: READS.graph, description: 'Eén ontwikkelcirkel; leeg als die er niet is.' })
  async circle(@Args('id', { type: () => ID }) id: string, @AtLeast() _atLeast?: string | null): Promise<CircleObject | null> {
    const circle = await this.read.circles.byId(id);
    return circle ? CircleObject.from(circle) : null;
  }

  @ResolveField(() => RegionObject, { nullable: true })
  async region(@Parent() circle: CircleObject, @Context() context: object): Promise<RegionObject | null> {
    const region = await this.loaders.of(context).region.load(circle.regionId);
    return region ? RegionObject.from(region) : null;
  }

  @ResolveField(() => DeveloperObject, { nullable: true })
  async developer(@Parent() circle: CircleObject, @Context() context: object): Promise<DeveloperObject | null> {
    const developer = await this.loaders.of(context).developer.load(circle.developerId);
    return developer ? DeveloperObject.from(developer) : null;
  }

  @ResolveField(() => TransformationPlanObject, { nullable: true, description: 'Het transformatieplan waarvan de cirkel leert.' })
  async transformationPlan(@Parent() circle: CircleObject, @Context() context: object): Promise<TransformationPlanObject | null> {
    if (circle.transformationPlanId === null) return null;
    const plan = await this.loaders.of(context).transformationPlan.load(circle.transformationPlanId);
    return plan ? TransformationPlanObject.from(plan) : null;
  }

  @ResolveField(() => [ParticipantObject], { description: 'Deelnemers in volgorde van aansluiten.' })
  async participants(
    @Parent() circle: CircleObject,
    @Args('includeRemoved', { type: () => Boolean, defaultValue: false, description: 'Ook wie de cirkel verliet.' })
    includeRemoved: boolean,
    @Context() context: object,
  ): Promise<ParticipantObject[]> {
    const loaders = this.loaders.of(context);
    const loader = includeRemoved ? loaders.everyParticipantOfCircle : loaders.participantsOfCircle;
    return (await loader.load(circle.id)).map(ParticipantObject.from);
  }

  @ResolveField(() => [SessionObject], { description: 'Bijeenkomsten, laatste eerst.' })
  async sessions(@Parent() circle: CircleObject, @Context() context: object): Promise<SessionObject[]> {
    return (await this.loaders.of(context).sessionsOfCircle.load(circle.id)).map(SessionObject.from);
  }

  @ResolveField(() => [ActionGroupObject], { description: 'Actiegroepen, op naam.' })
  async actionGroups(@Parent() circle: CircleObject, @Context() context: object): Promise<ActionGroupObject[]> {
    return (await this.loaders.of(context).actionGroupsOfCircle.load(circle.id)).map(ActionGroupObject.from);
  }

  @ResolveField(() => ActivityItemConnection, { description: 'Wat er in de cirkel gebeurde, nieuwste eerst.' })
  async activity(@Parent() circle: CircleObject, @Args() page: PageArgs, @Context() context: object): Promise<ActivityItemConnection> {
    const feed = await this.loaders.of(context).activityOfCircle.load(feedPageKey(circle.id, page.first, page.after));
    return toGraphqlConnection(feed, ActivityItemObject.from);
  }
}
