import { CommandHandler } from '@nestjs/cqrs';
import type { Learning } from '@leerkring/domain';
import { LearningCommandHandler } from './learning-command.handler';
import { RetractLearningCommand } from './retract-learning.command';

@CommandHandler(RetractLearningCommand)
export class RetractLearningHandler extends LearningCommandHandler<RetractLearningCommand> {
  protected toDomainCommand({ data }: RetractLearningCommand): Learning.RetractLearning {
    return { type: 'RetractLearning', data };
  }
}
