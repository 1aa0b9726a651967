import { CommandHandler } from '@nestjs/cqrs';
import type { Circle } from '@leerkring/domain';
import { CircleCommandHandler } from './circle-command.handler';
import { StartCircleCommand } from './start-circle.command';

@CommandHandler(StartCircleCommand)
export class StartCircleHandler extends CircleCommandHandler<StartCircleCommand> {
  protected async toDomainCommand({ data }: StartCircleCommand): Promise<Circle.StartCircle> {
    const [regionExists, developerAssignedToRegion, planBelongsToRegion] = await Promise.all([
      this.facts.regionExists(data.regionId),
      this.facts.developerAssignedTo(data.developerId, data.regionId),
      this.facts.planBelongsToRegion(data.regionId, data.transformationPlanId),
    ]);
    return {
      type: 'StartCircle', data,
      facts: { regionExists, developerAssignedToRegion, planBelongsToRegion },
    };
  }
}
