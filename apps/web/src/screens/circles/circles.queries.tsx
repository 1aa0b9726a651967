import type { EvidenceLevel, Sector, SessionFormat, Theme } from '../../vocabulary';

export interface CircleRow {
  readonly id: string;
  readonly title: string;
  readonly themes: readonly Theme[];
  readonly status: 'OPEN' | 'CLOSED';
  readonly participantCount: number;
  readonly sessionCount: number;
  readonly lastSessionOn: string | null;
  readonly startedOn: string;
}

export interface RegionForCircles {
  readonly id: string;
  readonly name: string;
  readonly developers: readonly { readonly id: string; readonly name: string | null }[];
  readonly transformationPlans: readonly { readonly id: string; readonly title: string }[];
}

export const REGION_CIRCLES = `
  query RegionCircles($regionId: ID!, $regionIds: [ID!], $atLeast: String) {
    region(id: $regionId, atLeast: $atLeast) {
      id name developers { id name } transformationPlans { id title }
    }
    circles(filter: { regionIds: $regionIds }, first: 50, atLeast: $atLeast) {
      totalCount
      edges { node { id title themes status participantCount sessionCount lastSessionOn startedOn } }
    }
  }`;

export const ALL_REGIONS = `query Regions { regions { id name } me { regionIds developer { id } } }`;

export interface CircleDetail {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly status: 'OPEN' | 'CLOSED';
  readonly themes: readonly Theme[];
  readonly startedOn: string;
  readonly closedOn: string | null;
  readonly regionId: string;
  readonly region: { readonly name: string } | null;
  readonly developer: { readonly name: string | null } | null;
  readonly participants: readonly {
    readonly id: string; readonly name: string | null; readonly role: string; readonly organisation: string; readonly sector: Sector;
  }[];
  readonly sessions: readonly {
    readonly id: string; readonly date: string; readonly format: SessionFormat; readonly attendeeCount: number;
    readonly sectorsPresent: readonly Sector[]; readonly summary: string;
  }[];
}

export const CIRCLE = `
  query Circle($id: ID!, $atLeast: String) {
    circle(id: $id, atLeast: $atLeast) {
      id title description status themes startedOn closedOn regionId
      region { name } developer { name }
      participants { id name role organisation sector }
      sessions { id date format attendeeCount sectorsPresent summary }
    }
  }`;

export type { EvidenceLevel };
