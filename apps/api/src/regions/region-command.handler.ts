import { Region } from '@leerkring/domain';
import { commandHandlerFor } from '../command-side/aggregate-command.handler';

/**
 * Every region command addresses the stream `region-{regionId}`. The code is checked before the
 * stream is read, so a malformed one is BAD_USER_INPUT on `regionId` (as a malformed UUID is for
 * the other aggregates, input-validation.ts), not a search for a region that cannot exist.
 */
export const RegionCommandHandler = commandHandlerFor(
  Region, (data: { readonly regionId: string }) => Region.requireRegionId('regionId', data.regionId),
);
