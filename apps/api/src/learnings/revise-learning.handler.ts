import { CommandHandler } from '@nestjs/cqrs';
import type { Learning } from '@leerkring/domain';
import { requireActingRegionId } from './acting-region';
import { LearningCommandHandler } from './learning-command.handler';
import { ReviseLearningCommand } from './revise-learning.command';

@CommandHandler(ReviseLearningCommand)
export class ReviseLearningHandler extends LearningCommandHandler<ReviseLearningCommand> {
  protected toDomainCommand({ data, context }: ReviseLearningCommand): Learning.ReviseLearning {
    const byRegionId = requireActingRegionId(context.principal, data.byRegionId);
    return { type: 'ReviseLearning', data: { ...data, byRegionId } };
  }
}
