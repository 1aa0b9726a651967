import { CommandHandler } from '@nestjs/cqrs';
import type { Ambassador } from '@leerkring/domain';
import { AmbassadorCommandHandler } from './ambassador-command.handler';
import { AppointAmbassadorCommand } from './appoint-ambassador.command';

@CommandHandler(AppointAmbassadorCommand)
export class AppointAmbassadorHandler extends AmbassadorCommandHandler<AppointAmbassadorCommand> {
  protected async toDomainCommand({ data }: AppointAmbassadorCommand): Promise<Ambassador.AppointAmbassador> {
    const regionExists = await this.facts.regionExists(data.regionId);
    return { type: 'AppointAmbassador', data, facts: { regionExists } };
  }
}
