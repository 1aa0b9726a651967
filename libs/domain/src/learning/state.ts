import type { LearningContent } from './events';
import type { EvidenceLevel, LearningOrigin } from '../shared/vocabulary';

/** An evidence level and the Dutch date from which it held (capture or revision). */
export interface EvidenceStep {
  readonly level: EvidenceLevel;
  readonly since: string;
}

export interface LearningDetails extends LearningContent {
  readonly learningId: string;
  readonly regionId: string;
  readonly circleId: string;
  readonly origin: LearningOrigin;
  readonly capturedOn: string;
  /** Oldest first; the last step is the current `evidenceLevel`. */
  readonly evidenceHistory: readonly EvidenceStep[];
  readonly endorsedBy: readonly string[];
  readonly adoptedBy: readonly string[];
  readonly promotion?: { readonly promoterId: string; readonly promotedOn: string };
}

export type LearningState =
  | { readonly status: 'not-captured' }
  | { readonly status: 'active'; readonly learning: LearningDetails }
  | {
    readonly status: 'retracted';
    readonly learning: LearningDetails;
    readonly retractedOn: string;
    readonly reason: string;
  };

export type LearningStatus = LearningState['status'];

export const initialState = (): LearningState => ({ status: 'not-captured' });

/** The region whose circle captured the learning; `undefined` when it does not exist. */
export function regionOf(state: LearningState): string | undefined {
  return state.status === 'not-captured' ? undefined : state.learning.regionId;
}

export function circleOf(state: LearningState): string | undefined {
  return state.status === 'not-captured' ? undefined : state.learning.circleId;
}

/** Captured and not retracted: it may still be revised, endorsed, adopted and promoted. */
export function isActive(state: LearningState): boolean {
  return state.status === 'active';
}

export function isRetracted(state: LearningState): boolean {
  return state.status === 'retracted';
}

export function isPromoted(state: LearningState): boolean {
  return state.status !== 'not-captured' && state.learning.promotion !== undefined;
}

export function evidenceLevelOf(state: LearningState): EvidenceLevel | undefined {
  return state.status === 'not-captured' ? undefined : state.learning.evidenceLevel;
}
