import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { RegionCommandHandler } from './region-command.handler';
import { StartSupportPeriodCommand } from './start-support-period.command';

@CommandHandler(StartSupportPeriodCommand)
export class StartSupportPeriodHandler extends RegionCommandHandler<StartSupportPeriodCommand> {
  protected toDomainCommand({ data }: StartSupportPeriodCommand): Region.StartSupportPeriod {
    return { type: 'StartSupportPeriod', data };
  }
}
