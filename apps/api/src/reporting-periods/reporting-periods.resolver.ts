import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { CurrentPrincipal } from '../graphql/principal';
import { CloseReportingPeriodCommand } from './close-reporting-period.command';
import { CloseReportingPeriodInput } from './close-reporting-period.input';

/** Mutations of the reporting period (`reporting-period-{yyyy}-q{n}`). */
@Resolver()
export class ReportingPeriodsResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, {
    description: 'VNG sluit een kwartaal; de weken erin nemen daarna alleen gemarkeerde correcties aan.',
  })
  closeReportingPeriod(@MutationInput() input: CloseReportingPeriodInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(
      CloseReportingPeriodCommand, { reportingPeriodId: input.reportingPeriodId }, { principal, input },
    );
  }
}
