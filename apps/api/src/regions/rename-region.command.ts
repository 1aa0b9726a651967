import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** A region takes another name (mergers, new names): the name is history, not a constant. */
export class RenameRegionCommand extends AggregateCommand<Region.RenameRegion['data']> {}
