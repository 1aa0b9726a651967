import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** startCircle: an ontwikkelaar starts an ontwikkelcirkel in one of their regions. */
export class StartCircleCommand extends AggregateCommand<Circle.StartCircle['data']> {}
