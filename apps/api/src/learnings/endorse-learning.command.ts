import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';
import type { ActingFor } from './acting-region';

/** endorseLearning: another region subscribes to the learning. */
export class EndorseLearningCommand extends AggregateCommand<ActingFor<Learning.EndorseLearning['data']>> {}
