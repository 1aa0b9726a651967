import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { RegionCommand } from './commands';
import { decide } from './decide';
import type { RegionEvent } from './events';
import { evolve } from './evolve';
import type { RegionState } from './state';
import { initialRegionState } from './state';

export type * from './commands';
export type * from './events';
export type { RegionState, RegisteredRegion, SupportPeriod } from './state';
export { initialRegionState, municipalityKey, openSupportPeriod } from './state';
export { RegionRule } from './rules';
export type { RegionRuleName } from './rules';
export { REGION_ID_PATTERN, requireRegionId } from './region-id';

export const decider: Decider<RegionState, RegionCommand, RegionEvent> = {
  initialState: initialRegionState,
  decide,
  evolve,
};

export const streamName = (regionId: string): string => `region-${regionId}`;

/** All Region events are at version 1. */
export const eventSchema: EventSchema = { versions: {}, upcasters: [] };
