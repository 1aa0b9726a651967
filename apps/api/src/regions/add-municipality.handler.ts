import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { AddMunicipalityCommand } from './add-municipality.command';
import { RegionCommandHandler } from './region-command.handler';

@CommandHandler(AddMunicipalityCommand)
export class AddMunicipalityHandler extends RegionCommandHandler<AddMunicipalityCommand> {
  protected toDomainCommand({ data }: AddMunicipalityCommand): Region.AddMunicipality {
    return { type: 'AddMunicipality', data };
  }
}
