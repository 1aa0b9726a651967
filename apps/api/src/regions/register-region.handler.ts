import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { RegionCommandHandler } from './region-command.handler';
import { RegisterRegionCommand } from './register-region.command';

@CommandHandler(RegisterRegionCommand)
export class RegisterRegionHandler extends RegionCommandHandler<RegisterRegionCommand> {
  protected toDomainCommand({ data }: RegisterRegionCommand): Region.RegisterRegion {
    return { type: 'RegisterRegion', data };
  }
}
