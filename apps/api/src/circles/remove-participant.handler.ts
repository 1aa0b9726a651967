import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { CircleCommandHandler } from './circle-command.handler';
import { RemoveParticipantCommand } from './remove-participant.command';

@CommandHandler(RemoveParticipantCommand)
export class RemoveParticipantHandler extends CircleCommandHandler<RemoveParticipantCommand> {
  protected toDomainCommand({ data }: RemoveParticipantCommand): Circle.RemoveParticipant {
    return { type: 'RemoveParticipant', data };
  }
}
