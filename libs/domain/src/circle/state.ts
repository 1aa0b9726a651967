import type { Person } from './events';
import type { Sector, Theme } from '../shared/vocabulary';

export interface Participant {
  readonly participantId: string;
  readonly person: Person;
  readonly sector: Sector;
  readonly organisation: string;
  readonly role: string;
}

/** What the decider needs to remember of a started circle. */
export interface CircleDetails {
  readonly circleId: string;
  readonly regionId: string;
  readonly developerId: string;
  readonly title: string;
  readonly themes: readonly Theme[];
  readonly transformationPlanId?: string;
  readonly startedOn: string;
  /** Current participants only: a removed participant is no longer here. */
  readonly participants: readonly Participant[];
  readonly sessionIds: readonly string[];
  readonly actionGroupIds: readonly string[];
}

export type CircleState =
  | { readonly status: 'not-started' }
  | { readonly status: 'open'; readonly circle: CircleDetails }
  | { readonly status: 'closed'; readonly circle: CircleDetails; readonly closedOn: string; readonly outcome: string };

export type CircleStatus = CircleState['status'];

export const initialState = (): CircleState => ({ status: 'not-started' });

/** The region of a started circle (open or closed); `undefined` when it does not exist. */
export function regionOf(state: CircleState): string | undefined {
  return state.status === 'not-started' ? undefined : state.circle.regionId;
}

/** Started and not closed: the circle still accepts participants, sessions and action groups. */
export function isOpen(state: CircleState): boolean {
  return state.status === 'open';
}

export function isClosed(state: CircleState): boolean {
  return state.status === 'closed';
}

export function isCurrentParticipant(state: CircleState, participantId: string): boolean {
  return state.status !== 'not-started'
    && state.circle.participants.some((p) => p.participantId === participantId.toLowerCase());
}
