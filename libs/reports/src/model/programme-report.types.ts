import type { Sector, SessionFormat } from '@leerkring/domain';
import type { ReportPeriod } from '../period/report-period';

/**
 * The programme report as plain figures: every writer (CSV, Excel, PDF) and the GraphQL preview
 * render this one object, so they cannot disagree. Built by `buildProgrammeReport` from the
 * events up to one position of the store; see docs/reports.md for every definition.
 */

/** Every session format, in the order of `SESSION_FORMATS`, zeros included. */
export interface FormatCount {
  readonly format: SessionFormat;
  readonly count: number;
}

/** Every sector, in the order of `SECTORS`, zeros included. */
export interface SectorCount {
  readonly sector: Sector;
  readonly count: number;
}

/** Ambassadors' hours in the period's weeks that had begun by the report's as-of date. */
export interface HoursFigures {
  /** In office at some time in the period. */
  readonly ambassadors: number;
  readonly logged: number;
  /** Hours per week × the weeks each was in office. */
  readonly commitment: number;
  /** Weeks in office with a log. */
  readonly weeksLogged: number;
  /** Weeks in office. */
  readonly weeksExpected: number;
}

export interface IndicatorFigures {
  /** Started by the end of the period and not closed before it began. */
  readonly activeCircles: number;
  readonly sessions: number;
  readonly sessionsByFormat: readonly FormatCount[];
  /** Participants of the active circles, as registered at the report's position. */
  readonly participants: number;
  readonly participantsBySector: readonly SectorCount[];
  /** Regional ambassadors. */
  readonly ambassadorHours: HoursFigures;
  /** Captured in the period and not retracted. */
  readonly learningsCaptured: number;
  /** Learnings of other regions this region took over in the period. */
  readonly adoptedFromOthers: number;
  /** Times other regions took over a learning of this region in the period. */
  readonly adoptedByOthers: number;
  /** Learnings of this region promoted nationally (landelijk uitgelicht) in the period. */
  readonly promoted: number;
}

export interface RegionFigures extends IndicatorFigures {
  readonly regionId: string;
  /** The region's name at the report's position. */
  readonly name: string;
}

export interface ReportTotals extends IndicatorFigures {
  readonly regions: number;
  /**
   * National ambassadors (no region), counted in no region and not in `ambassadorHours`;
   * `null` when the report covers selected regions only.
   */
  readonly nationalAmbassadorHours: HoursFigures | null;
}

/** One adoption in the period between two regions (overname). */
export interface AdoptionRow {
  readonly adoptedOn: string;
  readonly learningId: string;
  readonly title: string;
  readonly originRegionId: string;
  readonly originRegionName: string;
  readonly adoptingRegionId: string;
  readonly adoptingRegionName: string;
}

/** The selected regions' figures of one calendar month of the period. */
export interface MonthRow {
  /** `YYYY-MM` */
  readonly month: string;
  readonly sessions: number;
  readonly learningsCaptured: number;
  readonly adoptions: number;
  readonly promoted: number;
  /** Regional ambassadors, by the month of each week's Thursday. */
  readonly hoursLogged: number;
}

/** A correction of a week whose quarter VNG had already closed, for a week of the period. */
export interface LateCorrectionRow {
  /** `null` for a national ambassador. */
  readonly regionId: string | null;
  readonly regionName: string;
  readonly week: string;
  readonly reportingPeriodId: string;
  readonly previousHours: number | null;
  readonly hours: number;
  readonly correctedOn: string;
  readonly whatChanged: string;
}

export interface ClosedPeriodRow {
  readonly reportingPeriodId: string;
  /** Dutch calendar date VNG closed it. */
  readonly closedOn: string;
}

export interface ProgrammeReport {
  /** The global position the report was built at: asking again with it gives the same figures. */
  readonly position: string;
  /** The Dutch calendar date of the latest event up to the position; `null` for an empty store. */
  readonly asOfDate: string | null;
  readonly period: ReportPeriod;
  /** The period's ISO weeks (Thursday rule) that had begun by `asOfDate`. */
  readonly weeksCounted: number;
  /** True when no regions were asked for: every region, and national ambassadors beside the totals. */
  readonly allRegions: boolean;
  /** By region id. */
  readonly regions: readonly RegionFigures[];
  readonly totals: ReportTotals;
  /** Every month of the period, empty months included. */
  readonly months: readonly MonthRow[];
  /** Adoptions in the period by or from a selected region, oldest first. */
  readonly adoptions: readonly AdoptionRow[];
  readonly lateCorrections: readonly LateCorrectionRow[];
  /** Quarters of the period that VNG had closed by the position. */
  readonly closedPeriods: readonly ClosedPeriodRow[];
}
