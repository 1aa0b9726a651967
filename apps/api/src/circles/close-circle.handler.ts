import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { CircleCommandHandler } from './circle-command.handler';
import { CloseCircleCommand } from './close-circle.command';

@CommandHandler(CloseCircleCommand)
export class CloseCircleHandler extends CircleCommandHandler<CloseCircleCommand> {
  protected toDomainCommand({ data }: CloseCircleCommand): Circle.CloseCircle {
    return { type: 'CloseCircle', data };
  }
}
