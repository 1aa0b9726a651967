import { CommandHandler } from '@nestjs/cqrs';
import { Circle, type Learning } from '@leerkring/domain';
import { actingRegionId } from './acting-region';
import { CaptureLearningCommand } from './capture-learning.command';
import { LearningCommandHandler } from './learning-command.handler';

@CommandHandler(CaptureLearningCommand)
export class CaptureLearningHandler extends LearningCommandHandler<CaptureLearningCommand> {
  protected async toDomainCommand({ data, context }: CaptureLearningCommand): Promise<Learning.CaptureLearning> {
    const { byRegionId, ...captured } = data;
    const actorRegionId = actingRegionId(context.principal, byRegionId);
    const circle = await this.facts.circle(captured.circleId);
    return {
      type: 'CaptureLearning',
      data: captured,
      facts: {
        circleRegionId: Circle.regionOf(circle),
        circleClosed: Circle.isClosed(circle),
        ...(actorRegionId === undefined ? {} : { actorRegionId }),
      },
    };
  }
}
