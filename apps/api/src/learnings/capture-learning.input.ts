import { Field, ID, InputType } from '@nestjs/graphql';
import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Theme } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { REGION_ID } from '../graphql/field-descriptions';
import { EvidenceLevelEnum, KnowledgeSourceEnum, LearningOriginEnum, ThemeEnum } from '../graphql/vocabulary.enums';

export const BY_REGION_ID = `${REGION_ID} De regio namens welke u handelt; zonder: de eerste regio van uw rol.`;

@InputType()
export class CaptureLearningInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'UUID van de les; zonder kiest de server er een (aggregateId).' })
  learningId?: string | null;

  @Field(() => ID, { description: 'De cirkel waarin de les geleerd is.' })
  circleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  insight!: string;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => [String], { nullable: true, description: 'Succesfactoren: hoogstens tien korte teksten.' })
  successFactors?: string[] | null;

  @Field(() => EvidenceLevelEnum.enumRef)
  evidenceLevel!: EvidenceLevel;

  @Field(() => [KnowledgeSourceEnum.enumRef])
  knowledgeSources!: KnowledgeSource[];

  @Field(() => LearningOriginEnum.enumRef)
  origin!: LearningOrigin;

  @Field(() => ID, { nullable: true, description: BY_REGION_ID })
  byRegionId?: string | null;
}
