import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** closeCircle: the circle ends with its outcome. */
export class CloseCircleCommand extends AggregateCommand<Circle.CloseCircle['data']> {}
