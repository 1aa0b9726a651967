import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AmbassadorFieldsResolver } from '../ambassadors/ambassadors.queries.resolver';
import { WeeklyLogsQueriesResolver } from '../ambassadors/weekly-logs.queries.resolver';
import { ActionGroupFieldsResolver, ParticipantFieldsResolver } from '../circles/circle-members.queries.resolver';
import { CirclesQueriesResolver } from '../circles/circles.queries.resolver';
import { CommandSideModule } from '../command-side/command-side.module';
import { DeveloperFieldsResolver } from '../developers/developers.queries.resolver';
import {
  DiffusionAdoptionFieldsResolver, LearningAdoptionFieldsResolver, LearningDiffusionFieldsResolver,
  LearningEndorsementFieldsResolver, LearningsQueriesResolver,
} from '../learnings/learnings.queries.resolver';
import { LiveOverviewAnswersPlugin } from '../overview/live-overview-answers.plugin';
import { NationalOverviewQueriesResolver } from '../overview/national-overview.queries.resolver';
import { ProjectionStatusQueriesResolver } from '../projections/projection-status.queries.resolver';
import { RegionsQueriesResolver } from '../regions/regions.queries.resolver';
import {
  DEFAULT_FRESHNESS_OPTIONS, FRESHNESS_OPTIONS, FreshnessInterceptor, FreshnessPlugin,
} from './freshness';
import { MeFieldsResolver } from './me.queries.resolver';
import { ReadModels } from './read-models';
import { ReadLoaders } from './request-loaders';

/**
 * The query side of the public contract (DESIGN.md 6): every query and the nested fields of the
 * object types, read from the read models through per-request DataLoaders (request-loaders.ts),
 * each query answered `atLeast` a position when asked (freshness.ts). The read data source and
 * the projection engine come from the global ProjectionsModule; the clock from the command side.
 */
@Module({
  imports: [CommandSideModule],
  providers: [
    ReadModels,
    ReadLoaders,
    { provide: FRESHNESS_OPTIONS, useValue: DEFAULT_FRESHNESS_OPTIONS },
    // Global, but it acts only on root queries declared with @ReadQuery (field resolvers get no interceptors).
    { provide: APP_INTERCEPTOR, useClass: FreshnessInterceptor },
    FreshnessPlugin,
    MeFieldsResolver,
    RegionsQueriesResolver,
    CirclesQueriesResolver, ParticipantFieldsResolver, ActionGroupFieldsResolver,
    AmbassadorFieldsResolver, DeveloperFieldsResolver, WeeklyLogsQueriesResolver,
    LearningsQueriesResolver, LearningEndorsementFieldsResolver, LearningAdoptionFieldsResolver,
    LearningDiffusionFieldsResolver, DiffusionAdoptionFieldsResolver,
    NationalOverviewQueriesResolver, LiveOverviewAnswersPlugin,
    ProjectionStatusQueriesResolver,
  ],
})
export class ReadSideModule {}
