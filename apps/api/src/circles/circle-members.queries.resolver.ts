import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { PERSONAL_EMAIL, PERSONAL_NAME, personalData } from '../graphql/personal-data';
import { CurrentPrincipal } from '../graphql/principal';
import { ReadLoaders } from '../graphql/request-loaders';
import { ActionGroupObject, ParticipantObject } from './circle.object';

/** The personal data of a participant: each field through `personalData`, the one place that will guard it. */
@Resolver(() => ParticipantObject)
export class ParticipantFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: PERSONAL_NAME })
  name(@Parent() participant: ParticipantObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'participant', id: participant.id }, 'name', participant.person.name);
  }

  @ResolveField(() => String, { nullable: true, description: PERSONAL_EMAIL })
  email(@Parent() participant: ParticipantObject, @CurrentPrincipal() principal: Principal): string | null {
    return personalData(principal, { kind: 'participant', id: participant.id }, 'email', participant.person.email);
  }
}

@Resolver(() => ActionGroupObject)
export class ActionGroupFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => [ParticipantObject], { description: 'De leden, ook wie de cirkel intussen verliet.' })
  async members(@Parent() group: ActionGroupObject, @Context() context: object): Promise<ParticipantObject[]> {
    const everyone = await this.loaders.of(context).everyParticipantOfCircle.load(group.circleId);
    const members = new Set(group.memberIds);
    return everyone.filter((p) => members.has(p.participantId)).map(ParticipantObject.from);
  }
}
