import { CommandHandler } from '@nestjs/cqrs';
import type { Developer } from '@leerkring/domain';
import { AppointDeveloperCommand } from './appoint-developer.command';
import { DeveloperCommandHandler } from './developer-command.handler';

@CommandHandler(AppointDeveloperCommand)
export class AppointDeveloperHandler extends DeveloperCommandHandler<AppointDeveloperCommand> {
  protected toDomainCommand({ data }: AppointDeveloperCommand): Developer.AppointDeveloper {
    return { type: 'AppointDeveloper', data };
  }
}
