import type { Ambassador } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** logWeeklyWork: an ambassador's weeklog of one ISO week. */
export class LogWeeklyWorkCommand extends AggregateCommand<Ambassador.LogWeeklyWork['data']> {}
