import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Sector, SessionFormat } from '@leerkring/domain';
import { CommandInput } from '../graphql/command.input';
import { DATE } from '../graphql/field-descriptions';
import { IsAggregateId } from '../graphql/input-validation';
import { SectorEnum, SessionFormatEnum } from '../graphql/vocabulary.enums';

@InputType()
export class RecordSessionInput extends CommandInput {
  @Field(() => ID)
  @IsAggregateId()
  circleId!: string;

  @Field(() => ID, { nullable: true, description: 'UUID van de bijeenkomst; zonder kiest de server er een (createdId).' })
  sessionId?: string | null;

  @Field(() => String, { description: DATE })
  date!: string;

  @Field(() => SessionFormatEnum.enumRef)
  format!: SessionFormat;

  @Field(() => Int)
  attendeeCount!: number;

  @Field(() => [ID], { nullable: true, description: 'Deelnemers die er waren, voor zover bekend.' })
  attendeeIds?: string[] | null;

  @Field(() => [SectorEnum.enumRef])
  sectorsPresent!: Sector[];

  @Field(() => String)
  summary!: string;
}
