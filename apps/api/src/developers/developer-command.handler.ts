import { Developer } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/** Every developer command addresses the stream `developer-{developerId}`. */
export const DeveloperCommandHandler = commandHandlerFor(
  Developer, (data: { readonly developerId: string }) => data.developerId,
);
