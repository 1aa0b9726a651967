import { CommandHandler } from '@nestjs/cqrs';
import type { Learning } from '@leerkring/domain';
import { requireActingRegionId } from './acting-region';
import { EndorseLearningCommand } from './endorse-learning.command';
import { LearningCommandHandler } from './learning-command.handler';

@CommandHandler(EndorseLearningCommand)
export class EndorseLearningHandler extends LearningCommandHandler<EndorseLearningCommand> {
  protected toDomainCommand({ data, context }: EndorseLearningCommand): Learning.EndorseLearning {
    const byRegionId = requireActingRegionId(context.principal, data.byRegionId);
    return { type: 'EndorseLearning', data: { ...data, byRegionId } };
  }
}
