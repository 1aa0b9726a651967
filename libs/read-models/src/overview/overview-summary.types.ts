import type { Sector, Theme } from '@leerkring/domain';

/** The national learning-system overview as plain figures; the GraphQL layer maps them. */

export interface SectorCount {
  readonly sector: Sector;
  readonly count: number;
}

/** Hours in the weeks of the quarter that have begun, against hours per week × weeks in office. */
export interface AmbassadorHours {
  readonly logged: number;
  readonly commitment: number;
  /** Appointed on or before the date and not departed. */
  readonly activeAmbassadors: number;
}

export interface RegionOverview {
  readonly regionId: string;
  /** The region's current name; its id while it is not registered. */
  readonly name: string;
  /** Started on or before the date and not closed by then. */
  readonly activeCircles: number;
  readonly sessionsLast90Days: number;
  /** Current participants of the active circles. */
  readonly participants: number;
  /** Sectors with participants, in the order of `SECTORS`. */
  readonly participantsBySector: readonly SectorCount[];
  /** Regional ambassadors, this quarter. */
  readonly ambassadorHours: AmbassadorHours;
  /** Not retracted. */
  readonly learningsCaptured: number;
  /** Learnings of other regions this region took over. */
  readonly adoptedFromElsewhere: number;
  /** Times other regions took over this region's learnings. */
  readonly adoptedElsewhere: number;
  /** `YYYY-MM-DD`: the latest circle, learning or weekly work in the region. */
  readonly lastActivityOn: string | null;
}

export interface NationalTotals {
  readonly regions: number;
  readonly activeCircles: number;
  readonly sessionsLast90Days: number;
  readonly participants: number;
  readonly participantsBySector: readonly SectorCount[];
  /** Sum of the regional ambassadors. */
  readonly ambassadorHours: AmbassadorHours;
  /** National ambassadors, who belong to no region. */
  readonly nationalAmbassadorHours: AmbassadorHours;
  readonly learningsCaptured: number;
  readonly adoptions: number;
  readonly lastActivityOn: string | null;
}

/** One non-empty cell of the theme × region matrix. */
export interface ThemeRegionCell {
  readonly theme: Theme;
  readonly regionId: string;
  /** Circles on the theme started by the date, open or closed. */
  readonly circles: number;
  /** Learnings on the theme, not retracted. */
  readonly learnings: number;
}

export interface MonthlyTrend {
  /** `YYYY-MM` */
  readonly month: string;
  readonly sessions: number;
  readonly learningsCaptured: number;
  readonly adoptions: number;
  /** All ambassadors, regional and national, by the month of each week's Thursday. */
  readonly hoursLogged: number;
}

export interface OverviewSummary {
  /** The instant the figures are as of (ISO). */
  readonly asOf: string;
  /** Its Dutch calendar date. */
  readonly asOfDate: string;
  /** The quarter of the current ISO week (`2024-Q2`): "this quarter" of the hours. */
  readonly quarter: string;
  readonly weeksElapsedInQuarter: number;
  /** First day of the 90 days that end on `asOfDate`. */
  readonly recentSince: string;
  /** By region id. */
  readonly regions: readonly RegionOverview[];
  readonly totals: NationalTotals;
  /** By theme (order of `THEMES`), then region. */
  readonly themeMatrix: readonly ThemeRegionCell[];
  /** Every month from the first with activity to the month of `asOfDate`. */
  readonly monthlyTrends: readonly MonthlyTrend[];
}
