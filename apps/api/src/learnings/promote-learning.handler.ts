import { CommandHandler } from '@nestjs/cqrs';
import type { Learning } from '@leerkring/domain';
import { LearningCommandHandler } from './learning-command.handler';
import { PromoteLearningCommand } from './promote-learning.command';

@CommandHandler(PromoteLearningCommand)
export class PromoteLearningHandler extends LearningCommandHandler<PromoteLearningCommand> {
  protected async toDomainCommand({ data }: PromoteLearningCommand): Promise<Learning.PromoteLearning> {
    const promoterScope = await this.facts.ambassadorScope(data.promoterId);
    return { type: 'PromoteLearning', data, facts: { promoterScope } };
  }
}
