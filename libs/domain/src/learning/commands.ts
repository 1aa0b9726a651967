import type { Message } from '../shared/decider';
import type { AmbassadorScope } from '../shared/vocabulary';

/**
 * Commands carry raw input (vocabulary fields as plain strings): the decider checks them.
 * `facts` are looked up by the application's command handler, never taken from the client;
 * likewise `byRegionId` is the region of the authenticated actor, not a client field.
 */
interface LearningCommandMessage<Type extends string, Data, Facts = never> extends Message<Type, Data> {
  readonly facts?: Facts;
}

export interface CaptureLearningFacts {
  /** The region of the circle `circleId`; `undefined` when that circle does not exist. */
  readonly circleRegionId: string | undefined;
  /**
   * Informational only: a closed circle still accepts learnings, since a lesson is often
   * written up after the last session. Never a reason to refuse.
   */
  readonly circleClosed?: boolean;
  /** Region of the person capturing, when they are bound to one; must be the circle's region. */
  readonly actorRegionId?: string;
}

export interface CaptureLearning extends LearningCommandMessage<'CaptureLearning', {
  readonly learningId: string;
  readonly circleId: string;
  readonly title: string;
  readonly insight: string;
  readonly themes: readonly string[];
  /** 0..10 short texts; absent means none. */
  readonly successFactors?: readonly string[];
  readonly evidenceLevel: string;
  readonly knowledgeSources: readonly string[];
  readonly origin: string;
}, CaptureLearningFacts> {
  readonly facts: CaptureLearningFacts;
}

/** Fields left out stay as they are; at least one given field must differ from the current value. */
export type ReviseLearning = LearningCommandMessage<'ReviseLearning', {
  readonly learningId: string;
  readonly byRegionId: string;
  readonly title?: string;
  readonly insight?: string;
  readonly themes?: readonly string[];
  readonly successFactors?: readonly string[];
  readonly evidenceLevel?: string;
  readonly knowledgeSources?: readonly string[];
}>;

export type EndorseLearning = LearningCommandMessage<'EndorseLearning', {
  readonly learningId: string;
  readonly byRegionId: string;
  readonly comment?: string;
}>;

export type AdoptLearning = LearningCommandMessage<'AdoptLearning', {
  readonly learningId: string;
  readonly byRegionId: string;
  readonly adaptation: string;
  readonly adoptedOn: string;
}>;

export interface PromoteLearningFacts {
  /** Scope of the ambassador `promoterId`; `undefined` when they are no (current) ambassador. */
  readonly promoterScope: AmbassadorScope | undefined;
}

export interface PromoteLearning extends LearningCommandMessage<'PromoteLearning', {
  readonly learningId: string;
  readonly promoterId: string;
  readonly reason: string;
}, PromoteLearningFacts> {
  readonly facts: PromoteLearningFacts;
}

export type RetractLearning = LearningCommandMessage<'RetractLearning', {
  readonly learningId: string;
  readonly reason: string;
}>;

export type LearningCommand =
  | CaptureLearning
  | ReviseLearning
  | EndorseLearning
  | AdoptLearning
  | PromoteLearning
  | RetractLearning;

export type LearningCommandType = LearningCommand['type'];
