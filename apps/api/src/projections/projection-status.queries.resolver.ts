import { Inject } from '@nestjs/common';
import { Resolver } from '@nestjs/graphql';
import type { ProjectionEngine } from '@leerkring/projections';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { ProjectionStatusObject } from './projection-status.object';
import { PROJECTION_ENGINE } from './projections.module';

/** `projectionStatus` (DESIGN.md 6): every projector of this process, as its runner reports it. */
@Resolver(() => ProjectionStatusObject)
export class ProjectionStatusQueriesResolver {
  constructor(@Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine) {}

  @ReadQuery(() => [ProjectionStatusObject], {
    reads: 'all',
    description: 'Hoe elke projector ervoor staat: toestand, positie, achterstand, storing en herbouw.',
  })
  async projectionStatus(@AtLeast() _atLeast?: string | null): Promise<ProjectionStatusObject[]> {
    return (await this.engine.statuses()).map(ProjectionStatusObject.from);
  }
}
