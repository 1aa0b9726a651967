import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { AddParticipantCommand } from './add-participant.command';
import { CircleCommandHandler } from './circle-command.handler';

@CommandHandler(AddParticipantCommand)
export class AddParticipantHandler extends CircleCommandHandler<AddParticipantCommand> {
  protected toDomainCommand({ data }: AddParticipantCommand): Circle.AddParticipant {
    return { type: 'AddParticipant', data };
  }
}
