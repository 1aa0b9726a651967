import type { Developer } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** assignDeveloperToRegion: the ontwikkelaar may start and run circles in the region. */
export class AssignDeveloperToRegionCommand extends AggregateCommand<Developer.AssignDeveloperToRegion['data']> {}
