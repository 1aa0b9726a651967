import type { Circle } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** removeParticipant: a deelnemer leaves the circle. */
export class RemoveParticipantCommand extends AggregateCommand<Circle.RemoveParticipant['data']> {}
