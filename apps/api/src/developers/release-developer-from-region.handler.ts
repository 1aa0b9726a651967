import { CommandHandler } from '@nestjs/cqrs';
import type { Developer } from '@leerkring/domain';
import { DeveloperCommandHandler } from './developer-command.handler';
import { ReleaseDeveloperFromRegionCommand } from './release-developer-from-region.command';

@CommandHandler(ReleaseDeveloperFromRegionCommand)
export class ReleaseDeveloperFromRegionHandler extends DeveloperCommandHandler<ReleaseDeveloperFromRegionCommand> {
  protected toDomainCommand({ data }: ReleaseDeveloperFromRegionCommand): Developer.ReleaseDeveloperFromRegion {
    return { type: 'ReleaseDeveloperFromRegion', data };
  }
}
