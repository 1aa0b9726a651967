import type { Theme } from '../../vocabulary';

export interface RegionFigures {
  readonly regionId: string;
  readonly name: string;
  readonly activeCircles: number;
  readonly sessionsLast90Days: number;
  readonly learningsCaptured: number;
  readonly adoptedElsewhere: number;
  readonly lastActivityOn: string | null;
}

export interface MatrixCell {
  readonly theme: Theme;
  readonly regionId: string;
  readonly circles: number;
  readonly learnings: number;
}

export interface MonthlyTrend {
  readonly month: string;
  readonly sessions: number;
  readonly learningsCaptured: number;
  readonly adoptions: number;
  readonly hoursLogged: number;
}

export interface Diffusion {
  readonly learningId: string;
  readonly title: string;
  readonly originRegionId: string;
  readonly originRegion: { readonly name: string } | null;
  readonly adoptions: readonly { readonly regionId: string; readonly region: { readonly name: string } | null }[];
}

export interface Overview {
  readonly nationalOverview: {
    readonly asOfDate: string;
    readonly live: boolean;
    readonly quarter: string;
    readonly totals: {
      readonly regions: number; readonly activeCircles: number; readonly participants: number; readonly sessionsLast90Days: number;
      readonly learningsCaptured: number; readonly adoptions: number;
      readonly ambassadorHours: { readonly logged: number; readonly commitment: number };
    };
    readonly regions: readonly RegionFigures[];
    readonly themeMatrix: readonly MatrixCell[];
    readonly monthlyTrends: readonly MonthlyTrend[];
  };
  readonly regions: readonly { readonly id: string; readonly province: string }[];
  readonly learningDiffusion: readonly Diffusion[];
}

export const OVERVIEW = `
  query NationalOverview($asOf: String) {
    nationalOverview(asOf: $asOf) {
      asOfDate live quarter
      totals {
        regions activeCircles participants sessionsLast90Days learningsCaptured adoptions
        ambassadorHours { logged commitment }
      }
      regions { regionId name activeCircles sessionsLast90Days learningsCaptured adoptedElsewhere lastActivityOn }
      themeMatrix { theme regionId circles learnings }
      monthlyTrends { month sessions learningsCaptured adoptions hoursLogged }
    }
    regions { id province }
    learningDiffusion { learningId title originRegionId originRegion { name } adoptions { regionId region { name } } }
  }`;
