import { Region } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/** Every region command addresses the stream `region-{regionId}`. */
export const RegionCommandHandler = commandHandlerFor(
  Region, (data: { readonly regionId: string }) => data.regionId,
);
