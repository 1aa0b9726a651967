import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Sector, SessionFormat, Theme } from '@leerkring/domain';

/** The shapes of the demo circles' content; the content itself is in the `demo-circles*.content.ts` files. */

export interface LearningText {
  /** Stable part of the learning's label (ids and idempotency keys derive from it). */
  readonly key: string;
  readonly title: string;
  readonly insight: string;
  readonly themes: readonly Theme[];
  readonly successFactors: readonly string[];
  readonly evidenceLevel: EvidenceLevel;
  readonly knowledgeSources: readonly KnowledgeSource[];
  readonly origin: LearningOrigin;
  /** A later evaluation raises the evidence: the learning is revised to this level. */
  readonly revisedEvidence?: EvidenceLevel;
  /** How far it travels: many regions adopt a `wide` learning, a `local` one stays mostly home. */
  readonly reach: 'wide' | 'some' | 'local';
}

export interface ScriptedSession {
  readonly format: SessionFormat;
  readonly summary: string;
  /** People in the room, guests included; by default about the registered participants. */
  readonly attendees?: number;
  /** Name of the action group whose members attend. */
  readonly actionGroup?: string;
}

export interface CircleTemplate {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly themes: readonly Theme[];
  readonly actionGroups: readonly { readonly name: string; readonly theme: Theme }[];
  /** Short topics the session summaries of a generic circle talk about. */
  readonly topics: readonly string[];
  readonly learnings: readonly LearningText[];
  readonly outcome: string;
}

/** A circle of the source articles, in its own region, with its own sessions. */
export interface SeedCircle extends CircleTemplate {
  readonly regionId: string;
  /** Municipalities whose people take part (`Gemeente X` organisations). */
  readonly municipalities: readonly string[];
  readonly participants: number;
  readonly sectors: readonly Sector[];
  readonly sessions: readonly ScriptedSession[];
  readonly plan: { readonly title: string; readonly themes: readonly Theme[] };
  /** Weeks before the reference date the circle started. */
  readonly startedWeeksAgo: number;
}
