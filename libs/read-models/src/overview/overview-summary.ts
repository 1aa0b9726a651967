import { ReportingPeriod, SECTORS, dutchDate, isoWeekOfDate, type IsoWeek, type Sector } from '@leerkring/domain';
import { later, shiftDate, weeksBetween } from './overview-calendar';
import { NATIONAL_SLICE, type AmbassadorFacts, type OverviewSlice, type OverviewState } from './overview-state';
import type {
  AmbassadorHours, NationalTotals, OverviewSummary, RegionOverview, SectorCount, ThemeRegionCell,
} from './overview-summary.types';
import {
  monthlyCountsOf, monthlyTrendsOf, themeCellsOf, themeMatrixOf, type MonthlyCounts,
} from './overview-trends';

/** The dates the figures are relative to: "the last 90 days" and "this quarter" end at `asOf`. */
export interface OverviewWindow {
  readonly asOfDate: string;
  readonly recentSince: string;
  readonly currentWeek: IsoWeek;
  readonly quarter: string;
  readonly firstWeekOfQuarter: IsoWeek;
}

export function overviewWindow(asOf: Date): OverviewWindow {
  const asOfDate = dutchDate(asOf);
  const currentWeek = isoWeekOfDate(asOfDate);
  // Hours count per ISO week, and a week counts in the quarter of its Thursday (as reports do).
  const quarter = ReportingPeriod.quarterOfWeek(currentWeek);
  return {
    asOfDate, recentSince: shiftDate(asOfDate, -89), currentWeek, quarter,
    firstWeekOfQuarter: ReportingPeriod.weeksOfQuarter(quarter).firstWeek,
  };
}

/**
 * What one slice contributes to the overview on a date. The overview is the slices' figures
 * combined (`combineSliceFigures`), so a reader can work out a slice's figures from its rows,
 * drop the rows, and keep only the figures until the slice changes.
 */
export interface SliceFigures {
  readonly sliceKey: string;
  /** A region's row (its `adoptedElsewhere` is known only from the other slices: 0 here). */
  readonly region: RegionOverview | null;
  /** The hours of national ambassadors (the national slice). */
  readonly nationalAmbassadorHours: AmbassadorHours | null;
  /** The slice's adoptions up to the date, by the region the learning came from. */
  readonly adoptionsByOrigin: ReadonlyMap<string, number>;
  readonly themeCells: readonly ThemeRegionCell[];
  readonly months: ReadonlyMap<string, MonthlyCounts>;
}

export function sliceFigures(sliceKey: string, slice: OverviewSlice, w: OverviewWindow): SliceFigures {
  const adoptionsByOrigin = new Map<string, number>();
  for (const adoption of slice.adoptions) {
    if (adoption.adoptedOn > w.asOfDate) continue;
    adoptionsByOrigin.set(adoption.originRegionId, (adoptionsByOrigin.get(adoption.originRegionId) ?? 0) + 1);
  }
  const national = sliceKey === NATIONAL_SLICE;
  return {
    sliceKey,
    region: national ? null : regionOverview(sliceKey, slice, 0, w),
    nationalAmbassadorHours: national ? ambassadorHours(slice.ambassadors, w) : null,
    adoptionsByOrigin,
    themeCells: national ? [] : themeCellsOf(sliceKey, slice, w),
    months: monthlyCountsOf(slice, w),
  };
}

/** The overview from the figures of every slice, all worked out for the same `asOf`. */
export function combineSliceFigures(figures: readonly SliceFigures[], asOf: Date): OverviewSummary {
  const window = overviewWindow(asOf);
  const adoptedElsewhere = new Map<string, number>();
  for (const slice of figures) {
    for (const [origin, count] of slice.adoptionsByOrigin) adoptedElsewhere.set(origin, (adoptedElsewhere.get(origin) ?? 0) + count);
  }
  const regions = figures.flatMap((f) => (f.region ? [{ ...f.region, adoptedElsewhere: adoptedElsewhere.get(f.sliceKey) ?? 0 }] : []))
    .sort((a, b) => (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : 0));
  const national = figures.find((f) => f.nationalAmbassadorHours !== null)?.nationalAmbassadorHours;
  return {
    asOf: asOf.toISOString(),
    asOfDate: window.asOfDate,
    quarter: window.quarter,
    weeksElapsedInQuarter: weeksBetween(window.firstWeekOfQuarter, window.currentWeek) + 1,
    recentSince: window.recentSince,
    regions,
    totals: totalsOf(regions, national ?? ambassadorHours({}, window)),
    themeMatrix: themeMatrixOf(figures.flatMap((f) => f.themeCells)),
    monthlyTrends: monthlyTrendsOf(figures.map((f) => f.months), window),
  };
}

/** The overview's figures from a folded state, relative to `asOf`. */
export function summarizeOverview(state: OverviewState, asOf: Date): OverviewSummary {
  const window = overviewWindow(asOf);
  return combineSliceFigures(Object.entries(state.slices).map(([key, slice]) => sliceFigures(key, slice, window)), asOf);
}

function regionOverview(regionId: string, slice: OverviewSlice, adoptedElsewhere: number, w: OverviewWindow): RegionOverview {
  const activeCircles = Object.values(slice.circles)
    .filter((c) => c.startedOn <= w.asOfDate && (c.closedOn === null || c.closedOn > w.asOfDate));
  const sectors = new Map<Sector, number>();
  for (const circle of activeCircles) {
    for (const sector of Object.values(circle.participants)) sectors.set(sector, (sectors.get(sector) ?? 0) + 1);
  }
  const participantsBySector = bySector(sectors);
  return {
    regionId,
    name: slice.name ?? regionId,
    activeCircles: activeCircles.length,
    sessionsLast90Days: Object.entries(slice.sessions)
      .filter(([date]) => date >= w.recentSince && date <= w.asOfDate)
      .reduce((sum, [, count]) => sum + count, 0),
    participants: sum(participantsBySector.map((s) => s.count)),
    participantsBySector,
    ambassadorHours: ambassadorHours(slice.ambassadors, w),
    learningsCaptured: Object.values(slice.learnings).filter((l) => !l.retracted && l.capturedOn <= w.asOfDate).length,
    adoptedFromElsewhere: slice.adoptions.filter((a) => a.adoptedOn <= w.asOfDate).length,
    adoptedElsewhere,
    lastActivityOn: slice.lastActivityOn !== null && slice.lastActivityOn <= w.asOfDate ? slice.lastActivityOn : null,
  };
}

/**
 * Logged: hours of the quarter's weeks that have begun. Commitment: hours per week times those
 * weeks in which the ambassador was in office (from the week of appointment to the week of
 * departure), so an ambassador appointed mid-quarter owes only the weeks since.
 */
function ambassadorHours(ambassadors: Readonly<Record<string, AmbassadorFacts>>, w: OverviewWindow): AmbassadorHours {
  let logged = 0;
  let commitment = 0;
  let activeAmbassadors = 0;
  for (const a of Object.values(ambassadors)) {
    if (a.appointedOn <= w.asOfDate && (a.departedOn === null || a.departedOn > w.asOfDate)) activeAmbassadors += 1;
    const appointedWeek = isoWeekOfDate(a.appointedOn);
    const from = appointedWeek > w.firstWeekOfQuarter ? appointedWeek : w.firstWeekOfQuarter;
    const departedWeek = a.departedOn === null ? w.currentWeek : isoWeekOfDate(a.departedOn);
    const to = departedWeek < w.currentWeek ? departedWeek : w.currentWeek;
    commitment += a.hoursPerWeek * Math.max(0, weeksBetween(from, to) + 1);
    for (const [week, hours] of Object.entries(a.hours)) {
      if (week >= w.firstWeekOfQuarter && week <= w.currentWeek) logged += hours;
    }
  }
  return { logged, commitment, activeAmbassadors };
}

function totalsOf(regions: readonly RegionOverview[], nationalAmbassadorHours: AmbassadorHours): NationalTotals {
  const sectors = new Map<Sector, number>();
  for (const region of regions) {
    for (const { sector, count } of region.participantsBySector) sectors.set(sector, (sectors.get(sector) ?? 0) + count);
  }
  const total = (figure: (r: RegionOverview) => number) => sum(regions.map(figure));
  return {
    regions: regions.length,
    activeCircles: total((r) => r.activeCircles),
    sessionsLast90Days: total((r) => r.sessionsLast90Days),
    participants: total((r) => r.participants),
    participantsBySector: bySector(sectors),
    ambassadorHours: {
      logged: total((r) => r.ambassadorHours.logged),
      commitment: total((r) => r.ambassadorHours.commitment),
      activeAmbassadors: total((r) => r.ambassadorHours.activeAmbassadors),
    },
    nationalAmbassadorHours,
    learningsCaptured: total((r) => r.learningsCaptured),
    adoptions: total((r) => r.adoptedFromElsewhere),
    lastActivityOn: regions.reduce<string | null>((last, r) => (r.lastActivityOn === null ? last : later(last, r.lastActivityOn)), null),
  };
}

const bySector = (counts: ReadonlyMap<Sector, number>): SectorCount[] =>
  SECTORS.filter((sector) => (counts.get(sector) ?? 0) > 0).map((sector) => ({ sector, count: counts.get(sector) ?? 0 }));

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
