import { CommandHandler } from '@nestjs/cqrs';
import type { Ambassador } from '@leerkring/domain';
import { AmbassadorCommandHandler } from './ambassador-command.handler';
import { CorrectWeeklyWorkCommand } from './correct-weekly-work.command';

@CommandHandler(CorrectWeeklyWorkCommand)
export class CorrectWeeklyWorkHandler extends AmbassadorCommandHandler<CorrectWeeklyWorkCommand> {
  protected async toDomainCommand({ data }: CorrectWeeklyWorkCommand): Promise<Ambassador.CorrectWeeklyWork> {
    return {
      type: 'CorrectWeeklyWork', data,
      facts: await this.facts.weeklyWork(data.week, data.circleIds),
    };
  }
}
