import type { Message } from '../shared/decider';
import type { Sector, SessionFormat, Theme } from '../shared/vocabulary';

/**
 * Personal data of a participant. It is kept in this one field on purpose: the security layer
 * encrypts exactly `person` with the participant's own key, so forgetting a person
 * (crypto-shredding) erases the name and e-mail without rewriting history. Organisation, role
 * and sector are not personal and stay readable.
 */
export interface Person {
  readonly name: string;
  readonly email?: string;
}

/** Every circle event carries `circleId` and `regionId`, so read models never need to look back. */
interface CircleRef {
  readonly circleId: string;
  readonly regionId: string;
}

export type CircleStarted = Message<'CircleStarted', CircleRef & {
  readonly developerId: string;
  readonly title: string;
  readonly description?: string;
  readonly themes: readonly Theme[];
  readonly transformationPlanId?: string;
  /** `YYYY-MM-DD` */
  readonly startedOn: string;
}>;

export type ParticipantAdded = Message<'ParticipantAdded', CircleRef & {
  readonly participantId: string;
  readonly person: Person;
  readonly sector: Sector;
  readonly organisation: string;
  readonly role: string;
}>;

export type ParticipantRemoved = Message<'ParticipantRemoved', CircleRef & {
  readonly participantId: string;
  readonly reason?: string;
}>;

export type SessionRecorded = Message<'SessionRecorded', CircleRef & {
  readonly sessionId: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly format: SessionFormat;
  /** Everyone present, registered participant or not. */
  readonly attendeeCount: number;
  /** The registered participants among them, when known. */
  readonly attendeeIds?: readonly string[];
  readonly sectorsPresent: readonly Sector[];
  readonly summary: string;
}>;

export type ActionGroupFormed = Message<'ActionGroupFormed', CircleRef & {
  readonly actionGroupId: string;
  readonly name: string;
  readonly theme: Theme;
  readonly memberIds: readonly string[];
}>;

export type CircleClosed = Message<'CircleClosed', CircleRef & {
  /** `YYYY-MM-DD` */
  readonly closedOn: string;
  readonly outcome: string;
}>;

export type CircleEvent =
  | CircleStarted
  | ParticipantAdded
  | ParticipantRemoved
  | SessionRecorded
  | ActionGroupFormed
  | CircleClosed;

export type CircleEventType = CircleEvent['type'];

export const CIRCLE_EVENT_TYPES = [
  'CircleStarted', 'ParticipantAdded', 'ParticipantRemoved', 'SessionRecorded', 'ActionGroupFormed',
  'CircleClosed',
] as const satisfies readonly CircleEventType[];

export function isCircleEvent(message: Message): message is CircleEvent {
  return (CIRCLE_EVENT_TYPES as readonly string[]).includes(message.type);
}
