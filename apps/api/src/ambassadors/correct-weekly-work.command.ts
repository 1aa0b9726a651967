import type { Ambassador } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** correctWeeklyWork: replaces a logged week; flagged late once its quarter is closed. */
export class CorrectWeeklyWorkCommand extends AggregateCommand<Ambassador.CorrectWeeklyWork['data']> {}
