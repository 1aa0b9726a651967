import { AggregateCommand } from '../command-side/aggregate-command';

/** forgetPerson: erase a person's name and e-mail address everywhere (beheerder, DESIGN.md 5). */
export class ForgetPersonCommand extends AggregateCommand<{ readonly personId: string }> {}
