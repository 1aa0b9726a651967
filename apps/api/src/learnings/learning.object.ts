import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Theme } from '@leerkring/domain';
import type {
  LearningAdoptionEntity, LearningDiffusion, LearningEndorsementEntity, LearningEntity,
} from '@leerkring/read-models';
import { Connection } from '../graphql/connection';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { POSITION_DESCRIPTION } from '../graphql/position';
import { EvidenceLevelEnum, KnowledgeSourceEnum, LearningOriginEnum, ThemeEnum } from '../graphql/vocabulary.enums';

export type LearningStatus = LearningEntity['status'];

export const LearningStatusEnum: Readonly<Record<string, LearningStatus>> = { ACTIVE: 'active', RETRACTED: 'retracted' };
registerEnumType(LearningStatusEnum, {
  name: 'LearningStatus',
  description: 'Of een les nog geldt.',
  valuesMap: { ACTIVE: { description: 'Geldt.' }, RETRACTED: { description: 'Ingetrokken door de eigen regio.' } },
});

/**
 * A geleerde les. Region, circle, promoter, endorsements and adoptions are resolved per field
 * through the request's loaders (learnings.queries.resolver.ts).
 */
@ObjectType('Learning', { description: 'Een geleerde les uit een cirkel, met thema\'s en bewijskracht.' })
export class LearningObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: `${REGION_ID} De regio waarvan de cirkel de les vastlegde.` })
  regionId!: string;

  @Field(() => ID)
  circleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  insight!: string;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => [String], { description: 'Succesfactoren.' })
  successFactors!: string[];

  @Field(() => EvidenceLevelEnum.enumRef)
  evidenceLevel!: EvidenceLevel;

  @Field(() => [KnowledgeSourceEnum.enumRef])
  knowledgeSources!: KnowledgeSource[];

  @Field(() => LearningOriginEnum.enumRef)
  origin!: LearningOrigin;

  @Field(() => LearningStatusEnum)
  status!: LearningStatus;

  @Field(() => String, { description: DATE })
  capturedOn!: string;

  @Field(() => String, { description: `${POSITION_DESCRIPTION} Van het vastleggen.` })
  capturedPosition!: string;

  @Field(() => String, { nullable: true, description: DATE })
  revisedOn!: string | null;

  @Field(() => String, { nullable: true, description: DATE })
  retractedOn!: string | null;

  @Field(() => String, { nullable: true })
  retractionReason!: string | null;

  @Field(() => Boolean, { description: 'Landelijk uitgelicht door een landelijk ambassadeur.' })
  promoted!: boolean;

  @Field(() => String, { nullable: true, description: DATE })
  promotedOn!: string | null;

  @Field(() => String, { nullable: true })
  promotionReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'De landelijk ambassadeur die de les uitlichtte.' })
  promoterId!: string | null;

  @Field(() => Int)
  endorsementCount!: number;

  @Field(() => Int)
  adoptionCount!: number;

  static from(learning: LearningEntity): LearningObject {
    return {
      id: learning.id, regionId: learning.regionId, circleId: learning.circleId, title: learning.title,
      insight: learning.insight, themes: [...learning.themes] as Theme[], successFactors: [...learning.successFactors],
      evidenceLevel: learning.evidenceLevel as EvidenceLevel,
      knowledgeSources: [...learning.knowledgeSources] as KnowledgeSource[], origin: learning.origin as LearningOrigin,
      status: learning.status, capturedOn: learning.capturedOn, capturedPosition: learning.capturedPosition,
      revisedOn: learning.revisedOn, retractedOn: learning.retractedOn, retractionReason: learning.retractionReason,
      promoted: learning.promoted, promotedOn: learning.promotedOn, promotionReason: learning.promotionReason,
      promoterId: learning.promoterId, endorsementCount: learning.endorsementCount, adoptionCount: learning.adoptionCount,
    };
  }
}

@ObjectType('LearningConnection')
export class LearningConnection extends Connection(LearningObject, 'Learning') {}

@ObjectType('LearningEndorsement', { description: 'Een andere regio onderschrijft de les.' })
export class LearningEndorsementObject {
  @Field(() => ID, { description: `${REGION_ID} De regio die onderschrijft.` })
  regionId!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => String, { description: DATE })
  endorsedOn!: string;

  static from(endorsement: LearningEndorsementEntity): LearningEndorsementObject {
    return { regionId: endorsement.regionId, comment: endorsement.comment, endorsedOn: endorsement.endorsedOn };
  }
}

@ObjectType('LearningAdoption', { description: 'Overname: een andere regio nam de les over, aangepast zoals beschreven.' })
export class LearningAdoptionObject {
  @Field(() => ID, { description: `${REGION_ID} De regio die overnam.` })
  regionId!: string;

  @Field(() => ID, { description: `${REGION_ID} De regio waar de les vandaan kwam.` })
  originRegionId!: string;

  @Field(() => String, { description: 'Hoe de regio de les aanpaste.' })
  adaptation!: string;

  @Field(() => String, { description: DATE })
  adoptedOn!: string;

  static from(adoption: LearningAdoptionEntity): LearningAdoptionObject {
    return {
      regionId: adoption.adoptingRegionId, originRegionId: adoption.originRegionId, adaptation: adoption.adaptation,
      adoptedOn: adoption.adoptedOn,
    };
  }
}

@ObjectType('DiffusionAdoption', { description: 'Waar een les naartoe ging.' })
export class DiffusionAdoptionObject {
  @Field(() => ID, { description: `${REGION_ID} De regio die overnam.` })
  regionId!: string;

  @Field(() => String, { description: DATE })
  adoptedOn!: string;

  @Field(() => String)
  adaptation!: string;
}

@ObjectType('LearningDiffusion', {
  description: 'Welke les van welke regio waar werd overgenomen: het hart van het lerend stelsel.',
})
export class LearningDiffusionObject {
  @Field(() => ID)
  learningId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => EvidenceLevelEnum.enumRef)
  evidenceLevel!: EvidenceLevel;

  @Field(() => Boolean)
  promoted!: boolean;

  @Field(() => ID, { description: `${REGION_ID} De regio waar de les vandaan kwam.` })
  originRegionId!: string;

  @Field(() => String, { description: DATE })
  capturedOn!: string;

  @Field(() => [DiffusionAdoptionObject], { description: 'Vroegste overname eerst.' })
  adoptions!: DiffusionAdoptionObject[];

  static from(diffusion: LearningDiffusion): LearningDiffusionObject {
    return {
      learningId: diffusion.learningId, title: diffusion.title, themes: [...diffusion.themes] as Theme[],
      evidenceLevel: diffusion.evidenceLevel as EvidenceLevel, promoted: diffusion.promoted,
      originRegionId: diffusion.originRegionId, capturedOn: diffusion.capturedOn,
      adoptions: diffusion.adoptions.map((a) => ({ regionId: a.regionId, adoptedOn: a.adoptedOn, adaptation: a.adaptation })),
    };
  }
}
