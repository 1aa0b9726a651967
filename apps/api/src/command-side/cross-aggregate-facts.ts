import { Injectable } from '@nestjs/common';
import {
  Ambassador, Circle, Developer, Region, ReportingPeriod, isIsoWeek, type AmbassadorScope,
} from '@leerkring/domain';
import { AggregateLoader } from './aggregate-loader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const isRegionId = (value: unknown): value is string =>
  typeof value === 'string' && Region.REGION_ID_PATTERN.test(value);

/**
 * The facts commands need from other aggregates, read with the same loader as the aggregate
 * itself (read-only, current state). They are looked up, never taken from the client, and only
 * for ids of the right shape: a malformed id is the decider's to refuse, with its field.
 * Facts are not locked: another stream may change right after the look-up, which the domain
 * accepts (a region is never unregistered, a closed period never reopens).
 */
@Injectable()
export class CrossAggregateFacts {
  constructor(private readonly loader: AggregateLoader) {}

  region(regionId: unknown): Promise<Region.RegionState> {
    return isRegionId(regionId) ? this.loader.state(Region, regionId) : Promise.resolve(Region.initialRegionState());
  }

  async regionExists(regionId: unknown): Promise<boolean> {
    return (await this.region(regionId)).status === 'registered';
  }

  /** The plan is one of the region's transformation plans. */
  async planBelongsToRegion(regionId: unknown, planId: unknown): Promise<boolean> {
    if (!isUuid(planId)) return false;
    const region = await this.region(regionId);
    return region.status === 'registered' && region.planIds.includes(planId.toLowerCase());
  }

  async developerAssignedTo(developerId: unknown, regionId: unknown): Promise<boolean> {
    if (!isUuid(developerId) || !isRegionId(regionId)) return false;
    return Developer.isAssignedTo(await this.loader.state(Developer, developerId), regionId);
  }

  circle(circleId: unknown): Promise<Circle.CircleState> {
    return isUuid(circleId) ? this.loader.state(Circle, circleId) : Promise.resolve(Circle.initialState());
  }

  /** The region of each circle, keyed by the ids as the command spells them. */
  async circleRegions(circleIds: unknown): Promise<Record<string, string | undefined>> {
    const ids = Array.isArray(circleIds) ? circleIds.filter((id): id is string => typeof id === 'string') : [];
    const regions = await Promise.all(ids.map(async (id) => Circle.regionOf(await this.circle(id))));
    return Object.fromEntries(ids.map((id, i) => [id, regions[i]]));
  }

  /** Whether VNG closed the quarter the week counts in; a malformed week counts as closed (fail closed). */
  async weekInClosedPeriod(week: unknown): Promise<boolean> {
    if (!isIsoWeek(week)) return true;
    const period = await this.loader.state(ReportingPeriod, ReportingPeriod.quarterOfWeek(week));
    return period.status === 'closed';
  }

  async weeklyWork(week: unknown, circleIds: unknown): Promise<Ambassador.WeeklyWorkFacts> {
    const [circleRegions, weekInClosedPeriod] = await Promise.all([
      this.circleRegions(circleIds), this.weekInClosedPeriod(week),
    ]);
    return { circleRegions, weekInClosedPeriod };
  }

  /** The scope of a current (appointed, not departed) ambassador; `undefined` otherwise. */
  async ambassadorScope(ambassadorId: unknown): Promise<AmbassadorScope | undefined> {
    if (!isUuid(ambassadorId)) return undefined;
    const ambassador = await this.loader.state(Ambassador, ambassadorId);
    return ambassador.status === 'active' ? ambassador.scope : undefined;
  }
}
