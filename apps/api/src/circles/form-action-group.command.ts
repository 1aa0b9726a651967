import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** formActionGroup: participants form an actiegroep on one theme. */
export class FormActionGroupCommand extends AggregateCommand<Circle.FormActionGroup['data']> {}
