import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';
import type { ActingFor } from './acting-region';

/** adoptLearning: another region takes the learning over (overname). */
export class AdoptLearningCommand extends AggregateCommand<ActingFor<Learning.AdoptLearning['data']>> {}
