import { Field, ID, InputType } from '@nestjs/graphql';
import type { EvidenceLevel, KnowledgeSource, Theme } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { IsAggregateId } from '../graphql/input-validation';
import { EvidenceLevelEnum, KnowledgeSourceEnum, ThemeEnum } from '../graphql/vocabulary.enums';
import { BY_REGION_ID } from './capture-learning.input';

/** Fields left out stay as they are; at least one given field must change. */
@InputType()
export class ReviseLearningInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  learningId!: string;

  @Field(() => ID, { nullable: true, description: BY_REGION_ID })
  byRegionId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  insight?: string | null;

  @Field(() => [ThemeEnum.enumRef], { nullable: true })
  themes?: Theme[] | null;

  @Field(() => [String], { nullable: true })
  successFactors?: string[] | null;

  @Field(() => EvidenceLevelEnum.enumRef, { nullable: true })
  evidenceLevel?: EvidenceLevel | null;

  @Field(() => [KnowledgeSourceEnum.enumRef], { nullable: true })
  knowledgeSources?: KnowledgeSource[] | null;
}
