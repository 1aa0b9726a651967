import { InputType } from '@nestjs/graphql';
import { WeeklyWorkInput } from './weekly-work.input';

@InputType()
export class LogWeeklyWorkInput extends WeeklyWorkInput {}
