import type { EvidenceLevel, Theme } from '@leerkring/domain';

/**
 * The `learnings(filter, first, after)` query. The filters combine with AND; a list matches any
 * of its values.
 */
export interface LearningSearch {
  /** Dutch full text in web-search syntax (words, "a phrase", -word, or). Blank means no search. */
  readonly search?: string | null;
  /** Learnings with at least one of these themes. */
  readonly themes?: readonly Theme[] | null;
  readonly regionIds?: readonly string[] | null;
  /** This level of evidence or a stronger one (`EVIDENCE_LEVELS` order). */
  readonly evidenceAtLeast?: EvidenceLevel | null;
  readonly promotedOnly?: boolean | null;
  /** Retracted learnings are left out unless asked for. */
  readonly includeRetracted?: boolean | null;
  /** Page size: default 20, at most 100 (see `pageSize`). */
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Where one region's lesson went: the regions that took it over, earliest first. */
export interface LearningDiffusion {
  readonly learningId: string;
  readonly title: string;
  readonly themes: readonly string[];
  readonly evidenceLevel: string;
  readonly promoted: boolean;
  readonly originRegionId: string;
  readonly capturedOn: string;
  readonly adoptions: ReadonlyArray<{ readonly regionId: string; readonly adoptedOn: string; readonly adaptation: string }>;
}
