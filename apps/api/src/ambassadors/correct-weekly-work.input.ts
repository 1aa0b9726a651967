import { Field, InputType } from '@nestjs/graphql';
import { WeeklyWorkInput } from './weekly-work.input';

@InputType()
export class CorrectWeeklyWorkInput extends WeeklyWorkInput {
  @Field(() => String, { description: 'Wat de correctie verandert, en waarom.' })
  whatChanged!: string;
}
