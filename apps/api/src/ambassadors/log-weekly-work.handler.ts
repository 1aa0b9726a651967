import { CommandHandler } from '@nestjs/cqrs';
import type { Ambassador } from '@leerkring/domain';
import { AmbassadorCommandHandler } from './ambassador-command.handler';
import { LogWeeklyWorkCommand } from './log-weekly-work.command';

@CommandHandler(LogWeeklyWorkCommand)
export class LogWeeklyWorkHandler extends AmbassadorCommandHandler<LogWeeklyWorkCommand> {
  protected async toDomainCommand({ data }: LogWeeklyWorkCommand): Promise<Ambassador.LogWeeklyWork> {
    return { type: 'LogWeeklyWork', data, facts: await this.facts.weeklyWork(data.week, data.circleIds) };
  }
}
