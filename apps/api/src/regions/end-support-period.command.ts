import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** endSupportPeriod: the region's open ondersteuningsperiode ends. */
export class EndSupportPeriodCommand extends AggregateCommand<Region.EndSupportPeriod['data']> {}
