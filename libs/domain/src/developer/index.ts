import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { DeveloperCommand } from './commands';
import { decide } from './decide';
import type { DeveloperEvent } from './events';
import { evolve } from './evolve';
import type { DeveloperState } from './state';
import { initialDeveloperState } from './state';

export type * from './commands';
export type * from './events';
export type { AppointedDeveloper, DeveloperState } from './state';
export { initialDeveloperState, isAssignedTo } from './state';
export { DeveloperRule } from './rules';
export type { DeveloperRuleName } from './rules';
export type { Person } from './person';
export { requirePerson } from './person';

export const decider: Decider<DeveloperState, DeveloperCommand, DeveloperEvent> = {
  initialState: initialDeveloperState,
  decide,
  evolve,
};

export const streamName = (developerId: string): string => `developer-${developerId}`;

/** All Developer events are at version 1. */
export const eventSchema: EventSchema = { versions: {}, upcasters: [] };
