import { CommandHandler } from '@nestjs/cqrs';
import type { Ambassador } from '@leerkring/domain';
import { AmbassadorCommandHandler } from './ambassador-command.handler';
import { DepartAmbassadorCommand } from './depart-ambassador.command';

@CommandHandler(DepartAmbassadorCommand)
export class DepartAmbassadorHandler extends AmbassadorCommandHandler<DepartAmbassadorCommand> {
  protected toDomainCommand({ data }: DepartAmbassadorCommand): Ambassador.DepartAmbassador {
    return { type: 'DepartAmbassador', data };
  }
}
