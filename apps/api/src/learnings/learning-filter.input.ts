import { Field, ID, InputType } from '@nestjs/graphql';
import type { EvidenceLevel, Theme } from '@leerkring/domain';
import { EvidenceLevelEnum, ThemeEnum } from '../graphql/vocabulary.enums';

/** `learnings(filter: ...)`: the filters combine with AND; a list matches any of its values. */
@InputType('LearningFilter')
export class LearningFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Nederlandse vrije tekst (woorden, "een zinsdeel", -woord, or): wachttijd vindt ook wachttijden. '
      + 'Met zoektekst staan de best passende lessen voorop.',
  })
  search?: string | null;

  @Field(() => [ThemeEnum.enumRef], { nullable: true, description: 'Lessen met minstens een van deze thema\'s.' })
  themes?: Theme[] | null;

  @Field(() => [ID], { nullable: true, description: 'Lessen uit een van deze regio\'s (CBS-codes).' })
  regionIds?: string[] | null;

  @Field(() => EvidenceLevelEnum.enumRef, { nullable: true, description: 'Deze bewijskracht of een sterkere.' })
  evidenceAtLeast?: EvidenceLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Alleen landelijk uitgelichte lessen.' })
  promotedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Ook ingetrokken lessen (standaard niet).' })
  includeRetracted?: boolean | null;
}
