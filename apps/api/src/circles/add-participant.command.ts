import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** addParticipant: a professional (deelnemer) joins the circle. */
export class AddParticipantCommand extends AggregateCommand<Circle.AddParticipant['data']> {}
