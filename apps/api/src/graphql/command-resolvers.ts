import { AmbassadorsResolver } from '../ambassadors/ambassadors.resolver';
import { CirclesResolver } from '../circles/circles.resolver';
import { DevelopersResolver } from '../developers/developers.resolver';
import { LearningsResolver } from '../learnings/learnings.resolver';
import { RegionsResolver } from '../regions/regions.resolver';
import { ReportingPeriodsResolver } from '../reporting-periods/reporting-periods.resolver';

/** The mutation resolvers of the feature folders, one per aggregate (DESIGN.md 6). */
export const COMMAND_RESOLVERS = [
  RegionsResolver, DevelopersResolver, AmbassadorsResolver, CirclesResolver, LearningsResolver, ReportingPeriodsResolver,
];
