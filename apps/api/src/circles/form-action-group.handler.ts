import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { CircleCommandHandler } from './circle-command.handler';
import { FormActionGroupCommand } from './form-action-group.command';

@CommandHandler(FormActionGroupCommand)
export class FormActionGroupHandler extends CircleCommandHandler<FormActionGroupCommand> {
  protected toDomainCommand({ data }: FormActionGroupCommand): Circle.FormActionGroup {
    return { type: 'FormActionGroup', data };
  }
}
