import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Theme } from '../../vocabulary';

export interface LearningCard {
  readonly id: string;
  readonly title: string;
  readonly insight: string;
  readonly themes: readonly Theme[];
  readonly evidenceLevel: EvidenceLevel;
  readonly promoted: boolean;
  readonly status: 'ACTIVE' | 'RETRACTED';
  readonly capturedOn: string;
  readonly regionId: string;
  readonly region: { readonly name: string } | null;
  readonly endorsementCount: number;
  readonly adoptionCount: number;
}

export interface LearningPage {
  readonly totalCount: number | null;
  readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
  readonly edges: readonly { readonly node: LearningCard }[];
}

export const LEARNINGS = `
  query Learnings($filter: LearningFilter, $after: String, $atLeast: String) {
    learnings(filter: $filter, first: 20, after: $after, atLeast: $atLeast) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node {
        id title insight themes evidenceLevel promoted status capturedOn regionId region { name }
        endorsementCount adoptionCount
      } }
    }
  }`;

export const REGIONS = `query RegionNames { regions { id name } }`;

export interface LearningDetail {
  readonly id: string;
  readonly title: string;
  readonly insight: string;
  readonly successFactors: readonly string[];
  readonly themes: readonly Theme[];
  readonly evidenceLevel: EvidenceLevel;
  readonly knowledgeSources: readonly KnowledgeSource[];
  readonly origin: LearningOrigin;
  readonly status: 'ACTIVE' | 'RETRACTED';
  readonly promoted: boolean;
  readonly promotedOn: string | null;
  readonly promotionReason: string | null;
  readonly capturedOn: string;
  readonly revisedOn: string | null;
  readonly retractedOn: string | null;
  readonly retractionReason: string | null;
  readonly regionId: string;
  readonly region: { readonly name: string } | null;
  readonly circleId: string;
  readonly circle: { readonly title: string } | null;
  readonly endorsements: readonly { readonly regionId: string; readonly region: { readonly name: string } | null; readonly endorsedOn: string; readonly comment: string | null }[];
  readonly adoptions: readonly { readonly regionId: string; readonly region: { readonly name: string } | null; readonly adoptedOn: string; readonly adaptation: string }[];
}

export const LEARNING = `
  query Learning($id: ID!, $atLeast: String) {
    learning(id: $id, atLeast: $atLeast) {
      id title insight successFactors themes evidenceLevel knowledgeSources origin status
      promoted promotedOn promotionReason capturedOn revisedOn retractedOn retractionReason
      regionId region { name } circleId circle { title }
      endorsements { regionId region { name } endorsedOn comment }
      adoptions { regionId region { name } adoptedOn adaptation }
    }
    regions { id name }
  }`;
