import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { PERSONAL_EMAIL, PERSONAL_NAME, personalData } from '../graphql/personal-data';
import { CurrentPrincipal } from '../graphql/principal';
import { ReadLoaders } from '../graphql/request-loaders';
import { ActionGroupObject, ParticipantObject } from './circle.object';

/** The personal data of a participant: each field through `personalData`, which needs the circle's region. */
@Resolver(() => ParticipantObject)
export class ParticipantFieldsResolver {
  constructor(private readonly loaders: ReadLoaders) {}

  @ResolveField(() => String, { nullable: true, description: PERSONAL_NAME })
  async name(@Parent() participant: ParticipantObject, @CurrentPrincipal() principal: Principal, @Context() context: object): Promise<string | null> {
    return personalData(principal, await this.ref(participant, context), 'name', participant.person.name);
  }

  @ResolveField(() => String, { nullable: true, description: PERSONAL_EMAIL })
  async email(@Parent() participant: ParticipantObject, @CurrentPrincipal() principal: Principal, @Context() context: object): Promise<string | null> {
    return personalData(principal, await this.ref(participant, context), 'email', participant.person.email);
  }

  private async ref(participant: ParticipantObject, context: object) {
    const circle = await this.loaders.of(context).circle.load(participant.circleId);
    return { kind: 'participant' as const, id: participant.id, regionId: circle?.regionId ?? null };
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
