import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';
import type { ActingFor } from './acting-region';

/** reviseLearning: the learning's own region revises what it says. */
export class ReviseLearningCommand extends AggregateCommand<ActingFor<Learning.ReviseLearning['data']>> {}
