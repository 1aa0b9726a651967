import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { LearningCommand } from './commands';
import { decide } from './decide';
import type { LearningEvent, LearningEventType } from './events';
import { evolve } from './evolve';
import type { LearningState } from './state';
import { initialState } from './state';

export * from './commands';
export * from './events';
export * from './rules';
export {
  circleOf, evidenceLevelOf, initialState, isActive, isPromoted, isRetracted, regionOf,
} from './state';
export type { EvidenceStep, LearningDetails, LearningState, LearningStatus } from './state';
export { decide, evolve };

/** Geleerde les / succesfactor: captured in a circle, endorsed, adopted and promoted across regions. */
export const decider: Decider<LearningState, LearningCommand, LearningEvent> = { initialState, decide, evolve };

export const streamName = (learningId: string): string => `learning-${learningId.toLowerCase()}`;

const versions: Readonly<Record<LearningEventType, number>> = {
  LearningCaptured: 1,
  LearningRevised: 1,
  LearningEndorsed: 1,
  LearningAdopted: 1,
  LearningPromoted: 1,
  LearningRetracted: 1,
};

export const eventSchema: EventSchema = { versions, upcasters: [] };
