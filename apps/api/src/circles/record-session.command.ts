import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** recordSession: a bijeenkomst of the circle took place. */
export class RecordSessionCommand extends AggregateCommand<Circle.RecordSession['data']> {}
