import type { Developer } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** appointDeveloper: an ontwikkelaar joins the programme (beheerder). */
export class AppointDeveloperCommand extends AggregateCommand<Developer.AppointDeveloper['data']> {}
