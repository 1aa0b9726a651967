import { Ambassador } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/** Every ambassador command addresses the stream `ambassador-{ambassadorId}`. */
export const AmbassadorCommandHandler = commandHandlerFor(
  Ambassador, (data: { readonly ambassadorId: string }) => data.ambassadorId,
);
