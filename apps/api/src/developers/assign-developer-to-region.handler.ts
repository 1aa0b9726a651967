import { CommandHandler } from '@nestjs/cqrs';
import type { Developer } from '@leerkring/domain';
import { AssignDeveloperToRegionCommand } from './assign-developer-to-region.command';
import { DeveloperCommandHandler } from './developer-command.handler';

@CommandHandler(AssignDeveloperToRegionCommand)
export class AssignDeveloperToRegionHandler extends DeveloperCommandHandler<AssignDeveloperToRegionCommand> {
  protected async toDomainCommand({ data }: AssignDeveloperToRegionCommand): Promise<Developer.AssignDeveloperToRegion> {
    const regionExists = await this.facts.regionExists(data.regionId);
    return { type: 'AssignDeveloperToRegion', data, facts: { regionExists } };
  }
}
