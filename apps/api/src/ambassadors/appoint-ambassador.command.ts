import type { Ambassador } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** appointAmbassador: a regio- or landelijk ambassadeur joins the programme (beheerder). */
export class AppointAmbassadorCommand extends AggregateCommand<Ambassador.AppointAmbassador['data']> {}
