import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { idFor } from '../graphql/generated-id';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { personOf } from '../graphql/person.input';
import { CurrentPrincipal } from '../graphql/principal';
import { AppointDeveloperCommand } from './appoint-developer.command';
import { AppointDeveloperInput } from './appoint-developer.input';
import { AssignDeveloperToRegionCommand } from './assign-developer-to-region.command';
import { AssignDeveloperToRegionInput } from './assign-developer-to-region.input';
import { ReleaseDeveloperFromRegionCommand } from './release-developer-from-region.command';
import { ReleaseDeveloperFromRegionInput } from './release-developer-from-region.input';

/** Mutations of the developer aggregate (`developer-{id}`). */
@Resolver()
export class DevelopersResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, { description: 'Een ontwikkelaar komt in het programma (beheerder); aggregateId is zijn id.' })
  appointDeveloper(@MutationInput() input: AppointDeveloperInput, @CurrentPrincipal() principal: Principal) {
    const developerId = idFor(input.developerId, 'appointDeveloper.developerId', principal, input);
    return this.commands.send(
      AppointDeveloperCommand,
      { developerId, person: personOf(input.person), appointedOn: input.appointedOn },
      { principal, input },
    );
  }

  @Mutation(() => MutationPayload, { description: 'De ontwikkelaar mag cirkels starten en begeleiden in de regio.' })
  assignDeveloperToRegion(@MutationInput() input: AssignDeveloperToRegionInput, @CurrentPrincipal() principal: Principal) {
    const { developerId, regionId } = input;
    return this.commands.send(AssignDeveloperToRegionCommand, { developerId, regionId }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'De ontwikkelaar werkt niet langer in de regio.' })
  releaseDeveloperFromRegion(@MutationInput() input: ReleaseDeveloperFromRegionInput, @CurrentPrincipal() principal: Principal) {
    const { developerId, regionId } = input;
    return this.commands.send(ReleaseDeveloperFromRegionCommand, { developerId, regionId }, { principal, input });
  }
}
