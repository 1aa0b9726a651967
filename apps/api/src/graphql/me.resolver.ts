import { Field, ID, ObjectType, Resolver } from '@nestjs/graphql';
import type { Principal, Role } from '../command-side/command-context';
import { AtLeast, ReadQuery } from './freshness';
import { CurrentPrincipal } from './principal';
import { READS } from './read-projections';
import { RoleEnum } from './vocabulary.enums';

@ObjectType('Me', { description: 'Wie de vraag stelt, zoals de API die vaststelde.' })
export class Me {
  @Field(() => ID)
  actorId!: string;

  @Field(() => RoleEnum.enumRef)
  role!: Role;

  @Field(() => [ID], { description: 'De regio\'s waarvoor de gebruiker handelt (CBS-codes); leeg bij een landelijke rol.' })
  regionIds!: string[];
}

/** `me` (DESIGN.md 6): the principal of the request. Its source changes with the security issue; its shape stays. */
@Resolver(() => Me)
export class MeResolver {
  @ReadQuery(() => Me, { reads: READS.graph, description: 'De gebruiker die deze vraag stelt.' })
  me(@CurrentPrincipal() principal: Principal, @AtLeast() _atLeast?: string | null): Me {
    return { actorId: principal.actorId, role: principal.role, regionIds: [...(principal.regionIds ?? [])] };
  }
}
