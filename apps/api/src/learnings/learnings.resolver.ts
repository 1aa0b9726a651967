import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { idFor } from '../graphql/generated-id';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { CurrentPrincipal } from '../graphql/principal';
import { withoutNulls } from '../graphql/without-nulls';
import { AdoptLearningCommand } from './adopt-learning.command';
import { AdoptLearningInput } from './adopt-learning.input';
import { CaptureLearningCommand } from './capture-learning.command';
import { CaptureLearningInput } from './capture-learning.input';
import { EndorseLearningCommand } from './endorse-learning.command';
import { EndorseLearningInput } from './endorse-learning.input';
import { PromoteLearningCommand } from './promote-learning.command';
import { PromoteLearningInput } from './promote-learning.input';
import { RetractLearningCommand } from './retract-learning.command';
import { RetractLearningInput } from './retract-learning.input';
import { ReviseLearningCommand } from './revise-learning.command';
import { ReviseLearningInput } from './revise-learning.input';

/**
 * Mutations of the learning aggregate (`learning-{id}`). `byRegionId` is optional: the command
 * handler decides which region of the actor acts (`acting-region.ts`).
 */
@Resolver()
export class LearningsResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, { description: 'Een geleerde les uit een cirkel; aggregateId is haar id.' })
  captureLearning(@MutationInput() input: CaptureLearningInput, @CurrentPrincipal() principal: Principal) {
    const learningId = idFor(input.learningId, 'captureLearning.learningId', principal, input);
    return this.commands.send(CaptureLearningCommand, {
      learningId,
      circleId: input.circleId,
      title: input.title,
      insight: input.insight,
      themes: [...input.themes],
      evidenceLevel: input.evidenceLevel,
      knowledgeSources: [...input.knowledgeSources],
      origin: input.origin,
      ...withoutNulls({ successFactors: input.successFactors, byRegionId: input.byRegionId }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'De eigen regio herziet wat de les zegt; weggelaten velden blijven.' })
  reviseLearning(@MutationInput() input: ReviseLearningInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(ReviseLearningCommand, {
      learningId: input.learningId,
      ...withoutNulls({
        byRegionId: input.byRegionId,
        title: input.title,
        insight: input.insight,
        themes: input.themes,
        successFactors: input.successFactors,
        evidenceLevel: input.evidenceLevel,
        knowledgeSources: input.knowledgeSources,
      }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een andere regio onderschrijft de les.' })
  endorseLearning(@MutationInput() input: EndorseLearningInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(EndorseLearningCommand, {
      learningId: input.learningId, ...withoutNulls({ byRegionId: input.byRegionId, comment: input.comment }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een andere regio neemt de les over (overname).' })
  adoptLearning(@MutationInput() input: AdoptLearningInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(AdoptLearningCommand, {
      learningId: input.learningId,
      adaptation: input.adaptation,
      adoptedOn: input.adoptedOn,
      ...withoutNulls({ byRegionId: input.byRegionId }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een landelijk ambassadeur licht de les uit voor heel Nederland.' })
  promoteLearning(@MutationInput() input: PromoteLearningInput, @CurrentPrincipal() principal: Principal) {
    // Until the security issue binds it to the token, the promoter defaults to the actor.
    const promoterId = input.promoterId ?? principal.actorId;
    return this.commands.send(
      PromoteLearningCommand, { learningId: input.learningId, promoterId, reason: input.reason }, { principal, input },
    );
  }

  @Mutation(() => MutationPayload, { description: 'De les wordt ingetrokken; daarna verandert er niets meer aan.' })
  retractLearning(@MutationInput() input: RetractLearningInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(
      RetractLearningCommand, { learningId: input.learningId, reason: input.reason }, { principal, input },
    );
  }
}
