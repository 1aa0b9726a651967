import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CircleObject } from '../circles/circle.object';
import { ISO_WEEK } from '../graphql/field-descriptions';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { ReadModels } from '../graphql/read-models';
import { READS } from '../graphql/read-projections';
import { ReadLoaders } from '../graphql/request-loaders';
import { RegionObject } from '../regions/region.object';
import { AmbassadorObject } from './ambassador.object';
import { WeeklyLogObject } from './weekly-log.object';

/** `weeklyLogs(ambassadorId, fromWeek, toWeek)` (DESIGN.md 6) and the relations of a week. */
@Resolver(() => WeeklyLogObject)
export class WeeklyLogsQueriesResolver {
  constructor(private readonly read: ReadModels, private readonly loaders: ReadLoaders) {}

  @ReadQuery(() => [WeeklyLogObject], {
    reads: READS.weeklyLogs,
    description: 'De weken van een ambassadeur van fromWeek tot en met toWeek, oudste eerst, zoals laatst gelogd of gecorrigeerd.',
  })
  async weeklyLogs(
    @Args('ambassadorId', { type: () => ID }) ambassadorId: string,
    @Args('fromWeek', { type: () => String, description: ISO_WEEK }) fromWeek: string,
    @Args('toWeek', { type: () => String, description: ISO_WEEK }) toWeek: string,
    @AtLeast() _atLeast?: string | null,
  ): Promise<WeeklyLogObject[]> {
    return (await this.read.weeklyLogs.forAmbassador(ambassadorId, fromWeek, toWeek)).map(WeeklyLogObject.from);
  }

  @ResolveField(() => AmbassadorObject, { nullable: true })
  async ambassador(@Parent() log: WeeklyLogObject, @Context() context: object): Promise<AmbassadorObject | null> {
    const ambassador = await this.loaders.of(context).ambassador.load(log.ambassadorId);
    return ambassador ? AmbassadorObject.from(ambassador) : null;
  }

  @ResolveField(() => RegionObject, { nullable: true })
  async region(@Parent() log: WeeklyLogObject, @Context() context: object): Promise<RegionObject | null> {
    if (log.regionId === null) return null;
    const region = await this.loaders.of(context).region.load(log.regionId);
    return region ? RegionObject.from(region) : null;
  }

  @ResolveField(() => [CircleObject], { description: 'De cirkels waaraan die week gewerkt is.' })
  async circles(@Parent() log: WeeklyLogObject, @Context() context: object): Promise<CircleObject[]> {
    const circles = await this.loaders.of(context).circle.loadMany(log.circleIds);
    return circles.flatMap((circle) => {
      if (circle instanceof Error) throw circle;
      return circle ? [CircleObject.from(circle)] : [];
    });
  }
}
