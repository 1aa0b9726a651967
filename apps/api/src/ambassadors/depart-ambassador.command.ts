import type { Ambassador } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** The ambassador left the programme: no more logging after it. */
export class DepartAmbassadorCommand extends AggregateCommand<Ambassador.DepartAmbassador['data']> {}
