import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { idFor } from '../graphql/generated-id';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { personOf } from '../graphql/person.input';
import { CurrentPrincipal } from '../graphql/principal';
import { withoutNulls } from '../graphql/without-nulls';
import { AddParticipantCommand } from './add-participant.command';
import { AddParticipantInput } from './add-participant.input';
import { CloseCircleCommand } from './close-circle.command';
import { CloseCircleInput } from './close-circle.input';
import { FormActionGroupCommand } from './form-action-group.command';
import { FormActionGroupInput } from './form-action-group.input';
import { RecordSessionCommand } from './record-session.command';
import { RecordSessionInput } from './record-session.input';
import { RemoveParticipantCommand } from './remove-participant.command';
import { RemoveParticipantInput } from './remove-participant.input';
import { StartCircleCommand } from './start-circle.command';
import { StartCircleInput } from './start-circle.input';

/** Mutations of the circle aggregate (`circle-{id}`): the ontwikkelcirkel and its life. */
@Resolver()
export class CirclesResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, {
    description: 'Een ontwikkelaar start een ontwikkelcirkel in een van zijn regio\'s; aggregateId is haar id.',
  })
  startCircle(@MutationInput() input: StartCircleInput, @CurrentPrincipal() principal: Principal) {
    const circleId = idFor(input.circleId, 'startCircle.circleId', principal, input);
    return this.commands.send(StartCircleCommand, {
      circleId,
      regionId: input.regionId,
      developerId: input.developerId,
      title: input.title,
      themes: [...input.themes],
      startedOn: input.startedOn,
      ...withoutNulls({ description: input.description, transformationPlanId: input.transformationPlanId }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een professional wordt deelnemer van de cirkel; createdId is zijn id.' })
  addParticipant(@MutationInput() input: AddParticipantInput, @CurrentPrincipal() principal: Principal) {
    const participantId = idFor(input.participantId, 'addParticipant.participantId', principal, input);
    return this.commands.send(AddParticipantCommand, {
      circleId: input.circleId,
      participantId,
      person: personOf(input.person),
      sector: input.sector,
      organisation: input.organisation,
      role: input.role,
    }, { principal, input, createdId: participantId });
  }

  @Mutation(() => MutationPayload, { description: 'Een deelnemer verlaat de cirkel.' })
  removeParticipant(@MutationInput() input: RemoveParticipantInput, @CurrentPrincipal() principal: Principal) {
    const { circleId, participantId } = input;
    return this.commands.send(RemoveParticipantCommand, {
      circleId, participantId, ...withoutNulls({ reason: input.reason }),
    }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een bijeenkomst van de cirkel vond plaats; createdId is haar id.' })
  recordSession(@MutationInput() input: RecordSessionInput, @CurrentPrincipal() principal: Principal) {
    const sessionId = idFor(input.sessionId, 'recordSession.sessionId', principal, input);
    return this.commands.send(RecordSessionCommand, {
      circleId: input.circleId,
      sessionId,
      date: input.date,
      format: input.format,
      attendeeCount: input.attendeeCount,
      ...withoutNulls({ attendeeIds: input.attendeeIds }),
      sectorsPresent: [...input.sectorsPresent],
      summary: input.summary,
    }, { principal, input, createdId: sessionId });
  }

  @Mutation(() => MutationPayload, { description: 'Deelnemers vormen een actiegroep op één thema; createdId is haar id.' })
  formActionGroup(@MutationInput() input: FormActionGroupInput, @CurrentPrincipal() principal: Principal) {
    const actionGroupId = idFor(input.actionGroupId, 'formActionGroup.actionGroupId', principal, input);
    return this.commands.send(FormActionGroupCommand, {
      circleId: input.circleId, actionGroupId, name: input.name, theme: input.theme, memberIds: [...input.memberIds],
    }, { principal, input, createdId: actionGroupId });
  }

  @Mutation(() => MutationPayload, { description: 'De cirkel sluit af met wat zij opleverde.' })
  closeCircle(@MutationInput() input: CloseCircleInput, @CurrentPrincipal() principal: Principal) {
    const { circleId, closedOn, outcome } = input;
    return this.commands.send(CloseCircleCommand, { circleId, closedOn, outcome }, { principal, input });
  }
}
