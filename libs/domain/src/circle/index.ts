import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { CircleCommand } from './commands';
import { decide } from './decide';
import type { CircleEvent, CircleEventType } from './events';
import { evolve } from './evolve';
import type { CircleState } from './state';
import { initialState } from './state';

export * from './commands';
export * from './events';
export * from './rules';
export { initialState, isClosed, isCurrentParticipant, isOpen, regionOf } from './state';
export type { CircleDetails, CircleState, CircleStatus, Participant } from './state';
export { decide, evolve };

/** Ontwikkelcirkel: a learning circle in one region, with participants, sessions and action groups. */
export const decider: Decider<CircleState, CircleCommand, CircleEvent> = { initialState, decide, evolve };

export const streamName = (circleId: string): string => `circle-${circleId.toLowerCase()}`;

const versions: Readonly<Record<CircleEventType, number>> = {
  CircleStarted: 1,
  ParticipantAdded: 1,
  ParticipantRemoved: 1,
  SessionRecorded: 1,
  ActionGroupFormed: 1,
  CircleClosed: 1,
};

export const eventSchema: EventSchema = { versions, upcasters: [] };
