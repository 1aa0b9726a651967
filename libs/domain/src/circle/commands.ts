import type { Message } from '../shared/decider';

/**
 * Commands carry raw input (vocabulary fields as plain strings): the decider is the one place
 * that checks them. `facts` are looked up by the application's command handler from other
 * aggregates, never taken from the client.
 */
interface CircleCommandMessage<Type extends string, Data, Facts = never> extends Message<Type, Data> {
  readonly facts?: Facts;
}

export interface StartCircleFacts {
  readonly regionExists: boolean;
  /** The developer is currently assigned to `regionId`. */
  readonly developerAssignedToRegion: boolean;
  /** Required when `transformationPlanId` is given; a missing answer counts as "no". */
  readonly planBelongsToRegion?: boolean;
}

export interface StartCircle extends CircleCommandMessage<'StartCircle', {
  readonly circleId: string;
  readonly regionId: string;
  readonly developerId: string;
  readonly title: string;
  readonly description?: string;
  readonly themes: readonly string[];
  readonly transformationPlanId?: string;
  readonly startedOn: string;
}, StartCircleFacts> {
  readonly facts: StartCircleFacts;
}

export type AddParticipant = CircleCommandMessage<'AddParticipant', {
  readonly circleId: string;
  readonly participantId: string;
  readonly person: { readonly name: string; readonly email?: string };
  readonly sector: string;
  readonly organisation: string;
  readonly role: string;
}>;

export type RemoveParticipant = CircleCommandMessage<'RemoveParticipant', {
  readonly circleId: string;
  readonly participantId: string;
  readonly reason?: string;
}>;

export type RecordSession = CircleCommandMessage<'RecordSession', {
  readonly circleId: string;
  readonly sessionId: string;
  readonly date: string;
  readonly format: string;
  readonly attendeeCount: number;
  readonly attendeeIds?: readonly string[];
  readonly sectorsPresent: readonly string[];
  readonly summary: string;
}>;

export type FormActionGroup = CircleCommandMessage<'FormActionGroup', {
  readonly circleId: string;
  readonly actionGroupId: string;
  readonly name: string;
  readonly theme: string;
  readonly memberIds: readonly string[];
}>;

export type CloseCircle = CircleCommandMessage<'CloseCircle', {
  readonly circleId: string;
  readonly closedOn: string;
  readonly outcome: string;
}>;

export type CircleCommand =
  | StartCircle
  | AddParticipant
  | RemoveParticipant
  | RecordSession
  | FormActionGroup
  | CloseCircle;

export type CircleCommandType = CircleCommand['type'];
