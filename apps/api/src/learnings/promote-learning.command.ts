import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** promoteLearning: a landelijk ambassadeur lifts the learning for the whole country. */
export class PromoteLearningCommand extends AggregateCommand<Learning.PromoteLearning['data']> {}
