import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '../graphql/command.input';

@InputType()
export class CloseReportingPeriodInput extends CommandInput {
  @Field(() => String, { description: 'Het kwartaal als 2024-Q2.' })
  reportingPeriodId!: string;
}
