import type { Developer } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** The ontwikkelaar no longer works in the region. */
export class ReleaseDeveloperFromRegionCommand extends AggregateCommand<Developer.ReleaseDeveloperFromRegion['data']> {}
