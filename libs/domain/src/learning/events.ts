import type { Message } from '../shared/decider';
import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Theme } from '../shared/vocabulary';

/**
 * Every learning event carries the learning's own `regionId` and `circleId`, so read models
 * (diffusion between regions, per-circle lists) never need to look back in the stream.
 */
interface LearningRef {
  readonly learningId: string;
  readonly regionId: string;
  readonly circleId: string;
}

/** The content of a learning that its own region may revise. */
export interface LearningContent {
  readonly title: string;
  readonly insight: string;
  readonly themes: readonly Theme[];
  readonly successFactors: readonly string[];
  readonly evidenceLevel: EvidenceLevel;
  readonly knowledgeSources: readonly KnowledgeSource[];
}

export type LearningCaptured = Message<'LearningCaptured', LearningRef & LearningContent & {
  readonly origin: LearningOrigin;
  /** Dutch calendar date of the decision, `YYYY-MM-DD`. */
  readonly capturedOn: string;
}>;

/** Only the fields that actually changed, with their new values. */
export type LearningChanges = Partial<LearningContent>;

export type LearningRevised = Message<'LearningRevised', LearningRef & {
  readonly changes: LearningChanges;
  readonly revisedOn: string;
}>;

/** `byRegionId` is the other region that endorses (never the learning's own). */
export type LearningEndorsed = Message<'LearningEndorsed', LearningRef & {
  readonly byRegionId: string;
  readonly comment?: string;
  readonly endorsedOn: string;
}>;

/** Overname: `byRegionId` took the learning over, adapted as `adaptation` says. */
export type LearningAdopted = Message<'LearningAdopted', LearningRef & {
  readonly byRegionId: string;
  readonly adaptation: string;
  readonly adoptedOn: string;
}>;

/** Landelijk uitgelicht by a national ambassador. */
export type LearningPromoted = Message<'LearningPromoted', LearningRef & {
  readonly promoterId: string;
  readonly reason: string;
  readonly promotedOn: string;
}>;

export type LearningRetracted = Message<'LearningRetracted', LearningRef & {
  readonly reason: string;
  readonly retractedOn: string;
}>;

export type LearningEvent =
  | LearningCaptured
  | LearningRevised
  | LearningEndorsed
  | LearningAdopted
  | LearningPromoted
  | LearningRetracted;

export type LearningEventType = LearningEvent['type'];

export const LEARNING_EVENT_TYPES = [
  'LearningCaptured', 'LearningRevised', 'LearningEndorsed', 'LearningAdopted', 'LearningPromoted', 'LearningRetracted',
] as const satisfies readonly LearningEventType[];

export function isLearningEvent(message: Message): message is LearningEvent {
  return (LEARNING_EVENT_TYPES as readonly string[]).includes(message.type);
}
