import type { Decider } from '../shared/decider';
import type { AmbassadorCommand } from './commands';
import { decide } from './decide';
import type { AmbassadorEvent } from './events';
import { evolve } from './evolve';
import type { AmbassadorState } from './state';
import { initialAmbassadorState } from './state';

export type * from './commands';
export type * from './events';
export type { ActiveAmbassador, AmbassadorProfile, AmbassadorState, DepartedAmbassador } from './state';
export { initialAmbassadorState } from './state';
export { AmbassadorRule } from './rules';
export type { AmbassadorRuleName } from './rules';
export type { Activity, ActivityKind, WeeklyWork } from './weekly-work';
export {
  ACTIVITY_KINDS, DEFAULT_HOURS_PER_WEEK, MAX_ACTIVITIES, MAX_ACTIVITY_TEXT, MAX_HOURS_PER_WEEK, MAX_LOGGED_HOURS,
  MAX_REFLECTION, sameWork,
} from './weekly-work';
export { eventSchema } from './event-schema';

export const decider: Decider<AmbassadorState, AmbassadorCommand, AmbassadorEvent> = {
  initialState: initialAmbassadorState,
  decide,
  evolve,
};

export const streamName = (ambassadorId: string): string => `ambassador-${ambassadorId}`;
