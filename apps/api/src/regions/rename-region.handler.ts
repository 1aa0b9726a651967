import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { RegionCommandHandler } from './region-command.handler';
import { RenameRegionCommand } from './rename-region.command';

@CommandHandler(RenameRegionCommand)
export class RenameRegionHandler extends RegionCommandHandler<RenameRegionCommand> {
  protected toDomainCommand({ data }: RenameRegionCommand): Region.RenameRegion {
    return { type: 'RenameRegion', data };
  }
}
