import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { circlesOfRegions } from '../circles/circles-of-regions.loader';
import { feedKeyOf, feedPages, type FeedPageKey } from './activity-feeds.loader';
import { ReadModels } from './read-models';

/**
 * DataLoaders of one GraphQL request: every nested relation (`region.circles`,
 * `circle.participants`, `learning.endorsements { region }`, ...) is loaded through these, so a
 * list of parents costs one statement per relation, not one per parent (no N+1).
 *
 * Lifetime: a request's loaders are made on first use and kept on that request's GraphQL context
 * object, which Apollo creates per HTTP request and drops after the response. So each request
 * has its own caches (no data of one request, or one principal, is served to another; nothing
 * goes stale across requests), while resolvers and this factory stay singletons: no
 * request-scoped providers, which would make Nest build every resolver anew per request.
 *
 *   constructor(private readonly loaders: ReadLoaders) {}
 *   circles(@Parent() region: RegionObject, @Context() context: object) {
 *     return this.loaders.of(context).circlesOfRegion.load(region.id);
 *   }
 */
function createRequestLoaders(read: ReadModels) {
  const { regions, people, circles, learnings } = read;
  return {
    region: new DataLoader((ids: readonly string[]) => regions.byIds(ids)),
    municipalitiesOfRegion: new DataLoader((ids: readonly string[]) => regions.municipalitiesOf(ids)),
    transformationPlansOfRegion: new DataLoader((ids: readonly string[]) => regions.transformationPlansOf(ids)),
    transformationPlan: new DataLoader((ids: readonly string[]) => regions.transformationPlansByIds(ids)),
    supportPeriodsOfRegion: new DataLoader((ids: readonly string[]) => regions.supportPeriodsOf(ids)),
    ambassadorsOfRegion: new DataLoader((ids: readonly string[]) => people.ambassadorsByRegion(ids)),
    developersOfRegion: new DataLoader((ids: readonly string[]) => people.developersByRegion(ids)),
    circlesOfRegion: new DataLoader((ids: readonly string[]) => circlesOfRegions(read.dataSource, ids)),
    activityOfRegion: new DataLoader(
      (keys: readonly FeedPageKey[]) => feedPages(read.dataSource, 'region', keys), { cacheKeyFn: feedKeyOf },
    ),

    ambassador: new DataLoader((ids: readonly string[]) => people.ambassadorsByIds(ids)),
    developer: new DataLoader((ids: readonly string[]) => people.developersByIds(ids)),
    regionIdsOfDeveloper: new DataLoader((ids: readonly string[]) => people.regionIdsOfDevelopers(ids)),

    circle: new DataLoader((ids: readonly string[]) => circles.byIds(ids)),
    participantsOfCircle: new DataLoader((ids: readonly string[]) => circles.participantsOf(ids)),
    everyParticipantOfCircle: new DataLoader(
      (ids: readonly string[]) => circles.participantsOf(ids, { includeRemoved: true }),
    ),
    sessionsOfCircle: new DataLoader((ids: readonly string[]) => circles.sessionsOf(ids)),
    actionGroupsOfCircle: new DataLoader((ids: readonly string[]) => circles.actionGroupsOf(ids)),
    activityOfCircle: new DataLoader(
      (keys: readonly FeedPageKey[]) => feedPages(read.dataSource, 'circle', keys), { cacheKeyFn: feedKeyOf },
    ),

    learning: new DataLoader((ids: readonly string[]) => learnings.byIds(ids)),
    endorsementsOfLearning: new DataLoader((ids: readonly string[]) => learnings.endorsementsOf(ids)),
    adoptionsOfLearning: new DataLoader((ids: readonly string[]) => learnings.adoptionsOf(ids)),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;

const LOADERS = Symbol('leerkring:request-loaders');

@Injectable()
export class ReadLoaders {
  constructor(private readonly read: ReadModels) {}

  /** The loaders of the request whose GraphQL context this is (`@Context() context`). */
  of(context: object): RequestLoaders {
    const holder = context as { [LOADERS]?: RequestLoaders };
    holder[LOADERS] ??= createRequestLoaders(this.read);
    return holder[LOADERS];
  }
}
