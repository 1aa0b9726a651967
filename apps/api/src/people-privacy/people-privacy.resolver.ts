import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { CurrentPrincipal } from '../graphql/principal';
import { ForgetPersonCommand } from './forget-person.command';
import { ForgetPersonInput } from './forget-person.input';

/** The mutation of the person aggregate (`person-{id}`). */
@Resolver()
export class PeoplePrivacyResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, {
    description: 'Vergeet een persoon (beheerder): naam en e-mailadres zijn daarna nergens meer te lezen, '
      + 'overal staat "verwijderd". Kan niet ongedaan worden gemaakt. aggregateId is het id van de persoon.',
  })
  forgetPerson(@MutationInput() input: ForgetPersonInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(ForgetPersonCommand, { personId: input.personId }, { principal, input });
  }
}
