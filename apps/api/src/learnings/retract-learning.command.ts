import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** retractLearning: the learning is withdrawn. */
export class RetractLearningCommand extends AggregateCommand<Learning.RetractLearning['data']> {}
