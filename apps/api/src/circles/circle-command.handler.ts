import { Circle } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/** Every circle command addresses the stream `circle-{circleId}`. */
export const CircleCommandHandler = commandHandlerFor(
  Circle, (data: { readonly circleId: string }) => data.circleId,
);
