import { CommandHandler } from '@nestjs/cqrs';
import type { Learning } from '@leerkring/domain';
import { requireActingRegionId } from './acting-region';
import { AdoptLearningCommand } from './adopt-learning.command';
import { LearningCommandHandler } from './learning-command.handler';

@CommandHandler(AdoptLearningCommand)
export class AdoptLearningHandler extends LearningCommandHandler<AdoptLearningCommand> {
  protected toDomainCommand({ data, context }: AdoptLearningCommand): Learning.AdoptLearning {
    const byRegionId = requireActingRegionId(context.principal, data.byRegionId);
    return { type: 'AdoptLearning', data: { ...data, byRegionId } };
  }
}
