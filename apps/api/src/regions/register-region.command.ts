import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** registerRegion: a jeugdregio joins Leerkring, identified by its CBS code (beheerder). */
export class RegisterRegionCommand extends AggregateCommand<Region.RegisterRegion['data']> {}
