import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { AddTransformationPlanCommand } from './add-transformation-plan.command';
import { RegionCommandHandler } from './region-command.handler';

@CommandHandler(AddTransformationPlanCommand)
export class AddTransformationPlanHandler extends RegionCommandHandler<AddTransformationPlanCommand> {
  protected toDomainCommand({ data }: AddTransformationPlanCommand): Region.AddTransformationPlan {
    return { type: 'AddTransformationPlan', data };
  }
}
