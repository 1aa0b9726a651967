import { Field, ID, InputType } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import { ThemeEnum } from '../graphql/vocabulary.enums';
import { CircleStatusEnum, type CircleStatus } from './circle.object';

/** `circles(filter: ...)`: the filters combine with AND; a list matches any of its values. */
@InputType('CircleFilter')
export class CircleFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Cirkels in een van deze regio\'s (CBS-codes).' })
  regionIds?: string[] | null;

  @Field(() => [ThemeEnum.enumRef], { nullable: true, description: 'Cirkels met minstens een van deze thema\'s.' })
  themes?: Theme[] | null;

  @Field(() => CircleStatusEnum, { nullable: true })
  status?: CircleStatus | null;

  @Field(() => String, { nullable: true, description: 'Deel van de titel, hoofdletterongevoelig.' })
  search?: string | null;
}
