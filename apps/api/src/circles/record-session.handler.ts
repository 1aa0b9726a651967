import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { CircleCommandHandler } from './circle-command.handler';
import { RecordSessionCommand } from './record-session.command';

@CommandHandler(RecordSessionCommand)
export class RecordSessionHandler extends CircleCommandHandler<RecordSessionCommand> {
  protected toDomainCommand({ data }: RecordSessionCommand): Circle.RecordSession {
    return { type: 'RecordSession', data };
  }
}
