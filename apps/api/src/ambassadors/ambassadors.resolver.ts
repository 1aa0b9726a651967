import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { idFor } from '../graphql/generated-id';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { personOf } from '../graphql/person.input';
import { CurrentPrincipal } from '../graphql/principal';
import { AppointAmbassadorCommand } from './appoint-ambassador.command';
import { AppointAmbassadorInput } from './appoint-ambassador.input';
import { CorrectWeeklyWorkCommand } from './correct-weekly-work.command';
import { CorrectWeeklyWorkInput } from './correct-weekly-work.input';
import { DepartAmbassadorCommand } from './depart-ambassador.command';
import { DepartAmbassadorInput } from './depart-ambassador.input';
import { LogWeeklyWorkCommand } from './log-weekly-work.command';
import { LogWeeklyWorkInput } from './log-weekly-work.input';
import { weeklyWorkOf } from './weekly-work.input';

/** Mutations of the ambassador aggregate (`ambassador-{id}`), weeklogs included. */
@Resolver()
export class AmbassadorsResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, {
    description: 'Een regio- of landelijk ambassadeur komt in het programma (beheerder); aggregateId is zijn id.',
  })
  appointAmbassador(@MutationInput() input: AppointAmbassadorInput, @CurrentPrincipal() principal: Principal) {
    const ambassadorId = idFor(input.ambassadorId, 'appointAmbassador.ambassadorId', principal, input);
    return this.commands.send(AppointAmbassadorCommand, {
      ambassadorId,
      person: personOf(input.person),
      scope: input.scope,
      regionId: input.regionId ?? null,
      background: input.background,
      hoursPerWeek: input.hoursPerWeek ?? null,
      appointedOn: input.appointedOn,
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'De weeklog van een ambassadeur: een ISO-week werk.' })
  logWeeklyWork(@MutationInput() input: LogWeeklyWorkInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(LogWeeklyWorkCommand, weeklyWorkOf(input), { principal, input });
  }

  @Mutation(() => MutationPayload, {
    description: 'Vervangt een vastgelegde week; na het sluiten van het kwartaal gemarkeerd als late correctie.',
  })
  correctWeeklyWork(@MutationInput() input: CorrectWeeklyWorkInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(
      CorrectWeeklyWorkCommand, { ...weeklyWorkOf(input), whatChanged: input.whatChanged }, { principal, input },
    );
  }

  @Mutation(() => MutationPayload, { description: 'De ambassadeur verlaat het programma; daarna geen weeklogs meer.' })
  departAmbassador(@MutationInput() input: DepartAmbassadorInput, @CurrentPrincipal() principal: Principal) {
    const { ambassadorId, departedOn } = input;
    return this.commands.send(DepartAmbassadorCommand, { ambassadorId, departedOn }, { principal, input });
  }
}
