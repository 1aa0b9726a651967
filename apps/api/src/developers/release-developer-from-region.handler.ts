import { CommandHandler } from '@nestjs/cqrs';
import { Region, type Developer } from '@leerkring/domain';
import { DeveloperCommandHandler } from './developer-command.handler';
import { ReleaseDeveloperFromRegionCommand } from './release-developer-from-region.command';

@CommandHandler(ReleaseDeveloperFromRegionCommand)
export class ReleaseDeveloperFromRegionHandler extends DeveloperCommandHandler<ReleaseDeveloperFromRegionCommand> {
  protected toDomainCommand({ data }: ReleaseDeveloperFromRegionCommand): Developer.ReleaseDeveloperFromRegion {
    // The domain's release does not check the code's format (its assign does): until it does, a
    // malformed code is refused here as BAD_USER_INPUT rather than as "not assigned to that region".
    Region.requireRegionId('regionId', data.regionId);
    return { type: 'ReleaseDeveloperFromRegion', data };
  }
}
