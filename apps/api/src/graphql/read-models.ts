import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  ActivityQueries, CircleQueries, LearningQueries, OverviewQueries, PeopleQueries, RegionQueries, WeeklyLogQueries,
} from '@leerkring/read-models';
import { READ_DATA_SOURCE } from '../projections/projections.module';

/**
 * The read models' query classes over the API's read data source, made once per process. Queries
 * hold no state between calls: resolvers and the request's loaders share them.
 */
@Injectable()
export class ReadModels {
  readonly regions: RegionQueries;
  readonly people: PeopleQueries;
  readonly circles: CircleQueries;
  readonly learnings: LearningQueries;
  readonly weeklyLogs: WeeklyLogQueries;
  readonly overview: OverviewQueries;
  readonly activity: ActivityQueries;

  constructor(@Inject(READ_DATA_SOURCE) readonly dataSource: DataSource) {
    this.regions = new RegionQueries(dataSource);
    this.people = new PeopleQueries(dataSource);
    this.circles = new CircleQueries(dataSource);
    this.learnings = new LearningQueries(dataSource);
    this.weeklyLogs = new WeeklyLogQueries(dataSource);
    this.overview = new OverviewQueries(dataSource);
    this.activity = new ActivityQueries(dataSource);
  }
}
