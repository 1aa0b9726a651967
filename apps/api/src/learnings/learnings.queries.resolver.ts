import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import { AmbassadorObject } from '../ambassadors/ambassador.object';
import { CircleObject } from '../circles/circle.object';
import { PageArgs } from '../graphql/connection';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { inputValidationPipe } from '../graphql/input-validation';
import { toGraphqlConnection } from '../graphql/read-connection';
import { ReadModels } from '../graphql/read-models';
import { READS } from '../graphql/read-projections';
import { ReadLoaders } from '../graphql/request-loaders';
import { ThemeEnum } from '../graphql/vocabulary.enums';
import { RegionObject } from '../regions/region.object';
import { LearningFilterInput } from './learning-filter.input';
import {
  DiffusionAdoptionObject, LearningAdoptionObject, LearningConnection, LearningDiffusionObject, LearningEndorsementObject, LearningObject,
} from './learning.object';

/**
 * `learnings(filter, first, after)` with Dutch full text, `learning(id)` and
 * `learningDiffusion(theme)` (DESIGN.md 6), and the relations of a learning through the request's loaders.
 */
@Resolver(() => LearningObject)
export class LearningsQueriesResolver {
  constructor(private readonly read: ReadModels, private readonly loaders: ReadLoaders) {}

  @ReadQuery(() => LearningConnection, {
    reads: READS.learnings,
    description: 'Geleerde lessen: met zoektekst de best passende eerst, anders de nieuwste eerst. Ingetrokken lessen '
      + 'alleen op verzoek.',
  })
  async learnings(
    @Args('filter', { type: () => LearningFilterInput, nullable: true }) filter: LearningFilterInput | null | undefined,
    @Args(inputValidationPipe) page: PageArgs,
    @AtLeast() _atLeast?: string | null,
  ): Promise<LearningConnection> {
    const result = await this.read.learnings.search({ ...filter, first: page.first, after: page.after ?? null });
    return toGraphqlConnection(result, LearningObject.from);
  }

  @ReadQuery(() => LearningObject, {
    nullable: true, reads: READS.learnings, description: 'Eén les, ook een ingetrokken; leeg als die er niet is.',
  })
  async learning(@Args('id', { type: () => ID }) id: string, @AtLeast() _atLeast?: string | null): Promise<LearningObject | null> {
    const learning = await this.read.learnings.byId(id);
    return learning ? LearningObject.from(learning) : null;
  }

  @ReadQuery(() => [LearningDiffusionObject], {
    reads: READS.learnings,
    description: 'Welke les van welke regio waar werd overgenomen (met thema: alleen lessen op dat thema); per '
      + 'herkomstregio, dan datum.',
  })
  async learningDiffusion(
    @Args('theme', { type: () => ThemeEnum.enumRef, nullable: true }) theme: Theme | null | undefined,
    @AtLeast() _atLeast?: string | null,
  ): Promise<LearningDiffusionObject[]> {
    return (await this.read.learnings.diffusion(theme ?? null)).map(LearningDiffusionObject.from);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio waarvan de cirkel de les vastlegde.' })
  region(@Parent() learning: LearningObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, learning.regionId);
  }

  @ResolveField(() => CircleObject, { nullable: true })
  async circle(@Parent() learning: LearningObject, @Context() context: object): Promise<CircleObject | null> {
    const circle = await this.loaders.of(context).circle.load(learning.circleId);
    return circle ? CircleObject.from(circle) : null;
  }

  @ResolveField(() => AmbassadorObject, { nullable: true, description: 'De landelijk ambassadeur die de les uitlichtte.' })
  async promoter(@Parent() learning: LearningObject, @Context() context: object): Promise<AmbassadorObject | null> {
    if (learning.promoterId === null) return null;
    const promoter = await this.loaders.of(context).ambassador.load(learning.promoterId);
    return promoter ? AmbassadorObject.from(promoter) : null;
  }

  @ResolveField(() => [LearningEndorsementObject], { description: 'Regio\'s die de les onderschrijven, oudste eerst.' })
  async endorsements(@Parent() learning: LearningObject, @Context() context: object): Promise<LearningEndorsementObject[]> {
    return (await this.loaders.of(context).endorsementsOfLearning.load(learning.id)).map(LearningEndorsementObject.from);
  }

  @ResolveField(() => [LearningAdoptionObject], { description: 'Regio\'s die de les overnamen, oudste eerst.' })
  async adoptions(@Parent() learning: LearningObject, @Context() context: object): Promise<LearningAdoptionObject[]> {
    return (await this.loaders.of(context).adoptionsOfLearning.load(learning.id)).map(LearningAdoptionObject.from);
  }
}

async function regionOf(loaders: ReadLoaders, context: object, regionId: string): Promise<RegionObject | null> {
  const region = await loaders.of(context).region.load(regionId);
  return region ? RegionObject.from(region) : null;
}

@Resolver(() => LearningEndorsementObject)
export class LearningEndorsementFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio die onderschrijft.' })
  region(@Parent() endorsement: LearningEndorsementObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, endorsement.regionId);
  }
}

@Resolver(() => LearningAdoptionObject)
export class LearningAdoptionFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio die de les overnam.' })
  region(@Parent() adoption: LearningAdoptionObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, adoption.regionId);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio waar de les vandaan kwam.' })
  originRegion(@Parent() adoption: LearningAdoptionObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, adoption.originRegionId);
  }
}

@Resolver(() => LearningDiffusionObject)
export class LearningDiffusionFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => LearningObject, { nullable: true, description: 'De les zelf.' })
  async learning(@Parent() diffusion: LearningDiffusionObject, @Context() context: object): Promise<LearningObject | null> {
    const learning = await this.loaders.of(context).learning.load(diffusion.learningId);
    return learning ? LearningObject.from(learning) : null;
  }

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio waar de les vandaan kwam.' })
  originRegion(@Parent() diffusion: LearningDiffusionObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, diffusion.originRegionId);
  }
}

@Resolver(() => DiffusionAdoptionObject)
export class DiffusionAdoptionFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => RegionObject, { nullable: true, description: 'De regio die de les overnam.' })
  region(@Parent() adoption: DiffusionAdoptionObject, @Context() context: object): Promise<RegionObject | null> {
    return regionOf(this.loaders, context, adoption.regionId);
  }
}
