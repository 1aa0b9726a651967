import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { RegionCommandHandler } from './region-command.handler';
import { RemoveMunicipalityCommand } from './remove-municipality.command';

@CommandHandler(RemoveMunicipalityCommand)
export class RemoveMunicipalityHandler extends RegionCommandHandler<RemoveMunicipalityCommand> {
  protected toDomainCommand({ data }: RemoveMunicipalityCommand): Region.RemoveMunicipality {
    return { type: 'RemoveMunicipality', data };
  }
}
