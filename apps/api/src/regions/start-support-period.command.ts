import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** startSupportPeriod: OZJ's ondersteuningsperiode of the region begins. */
export class StartSupportPeriodCommand extends AggregateCommand<Region.StartSupportPeriod['data']> {}
