import { CommandHandler } from '@nestjs/cqrs';
import type { Region } from '@leerkring/domain';
import { EndSupportPeriodCommand } from './end-support-period.command';
import { RegionCommandHandler } from './region-command.handler';

@CommandHandler(EndSupportPeriodCommand)
export class EndSupportPeriodHandler extends RegionCommandHandler<EndSupportPeriodCommand> {
  protected toDomainCommand({ data }: EndSupportPeriodCommand): Region.EndSupportPeriod {
    return { type: 'EndSupportPeriod', data };
  }
}
