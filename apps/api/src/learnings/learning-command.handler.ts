import { Learning } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/** Every learning command addresses the stream `learning-{learningId}`. */
export const LearningCommandHandler = commandHandlerFor(
  Learning, (data: { readonly learningId: string }) => data.learningId,
);
