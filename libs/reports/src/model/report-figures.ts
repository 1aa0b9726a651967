import {
  ReportingPeriod, SECTORS, SESSION_FORMATS, compareWeeks, isoWeekOfDate, thursdayOf,
  type IsoWeek, type Sector, type SessionFormat,
} from '@leerkring/domain';
import { NATIONAL_SLICE, type AmbassadorFacts, type OverviewSlice, type OverviewState } from '@leerkring/read-models';
import { inPeriod, monthsOfPeriod, weekInPeriod, weeksOfPeriod, type ReportPeriod } from '../period/report-period';
import type {
  AdoptionRow, ClosedPeriodRow, HoursFigures, IndicatorFigures, LateCorrectionRow, MonthRow, ProgrammeReport, RegionFigures,
  ReportTotals,
} from './programme-report.types';

/**
 * The report's figures from the overview's fold (`OverviewFold`) over the events up to the
 * report's position, counted per period instead of relative to a day. Pure: the same state and
 * inputs give the same report.
 */
export interface ReportInputs {
  readonly position: string;
  readonly asOfDate: string | null;
  readonly period: ReportPeriod;
  /** The regions to report on, checked against the state; empty for all. */
  readonly regionIds: readonly string[];
  readonly closedPeriods: readonly ClosedPeriodRow[];
}

/** The period's reporting weeks that had begun by the as-of date: hours and commitment count in these. */
function countedWeeks(period: ReportPeriod, asOfDate: string | null): IsoWeek[] {
  if (asOfDate === null) return [];
  const asOfWeek = isoWeekOfDate(asOfDate);
  return weeksOfPeriod(period).filter((week) => compareWeeks(week, asOfWeek) <= 0);
}

/** Every region the state knows (registered or referred to), by id. */
export const regionIdsOf = (state: OverviewState): string[] =>
  Object.keys(state.slices).filter((key) => key !== NATIONAL_SLICE).sort();

export function reportFigures(state: OverviewState, inputs: ReportInputs): ProgrammeReport {
  const { period } = inputs;
  const weeks = countedWeeks(period, inputs.asOfDate);
  const allRegions = inputs.regionIds.length === 0;
  const selected = allRegions ? regionIdsOf(state) : [...inputs.regionIds];
  const selection = new Set(selected);
  const nameOf = (regionId: string) => state.slices[regionId]?.name ?? regionId;
  const sliceOf = (regionId: string) => state.slices[regionId] as OverviewSlice;

  const allAdoptions = Object.entries(state.slices).flatMap(([adoptingRegionId, slice]) =>
    slice.adoptions.filter((a) => inPeriod(period, a.adoptedOn)).map((a) => ({ ...a, adoptingRegionId })));
  const adoptedByOthers = new Map<string, number>();
  for (const a of allAdoptions) adoptedByOthers.set(a.originRegionId, (adoptedByOthers.get(a.originRegionId) ?? 0) + 1);

  const regions: RegionFigures[] = selected.map((regionId) => ({
    regionId,
    name: nameOf(regionId),
    ...indicators(sliceOf(regionId), period, weeks, adoptedByOthers.get(regionId) ?? 0),
  }));

  const adoptions: AdoptionRow[] = allAdoptions
    .filter((a) => selection.has(a.adoptingRegionId) || selection.has(a.originRegionId))
    .map((a) => ({
      adoptedOn: a.adoptedOn,
      learningId: a.learningId,
      title: state.slices[a.originRegionId]?.learnings[a.learningId]?.title ?? a.learningId,
      originRegionId: a.originRegionId,
      originRegionName: nameOf(a.originRegionId),
      adoptingRegionId: a.adoptingRegionId,
      adoptingRegionName: nameOf(a.adoptingRegionId),
    }))
    .sort((x, y) => byText(x.adoptedOn, y.adoptedOn) || byText(x.adoptingRegionId, y.adoptingRegionId)
      || byText(x.learningId, y.learningId));

  const national = state.slices[NATIONAL_SLICE];
  const lateSlices: Array<[string | null, OverviewSlice]> = selected.map((id) => [id, sliceOf(id)]);
  if (allRegions && national) lateSlices.push([null, national]);

  return {
    position: inputs.position,
    asOfDate: inputs.asOfDate,
    period,
    weeksCounted: weeks.length,
    allRegions,
    regions,
    totals: {
      regions: regions.length,
      ...sumIndicators(regions),
      nationalAmbassadorHours: allRegions ? hoursOf(national?.ambassadors ?? {}, period, weeks) : null,
    } satisfies ReportTotals,
    months: monthRows(selected.map(sliceOf), period, weeks),
    adoptions,
    lateCorrections: lateCorrections(lateSlices, weeksOfPeriod(period), nameOf),
    closedPeriods: inputs.closedPeriods,
  };
}

function indicators(slice: OverviewSlice, period: ReportPeriod, weeks: readonly IsoWeek[], adoptedByOthers: number): IndicatorFigures {
  const circles = Object.values(slice.circles)
    .filter((c) => c.startedOn <= period.to && (c.closedOn === null || c.closedOn >= period.from));
  const sectors = new Map<Sector, number>();
  for (const circle of circles) {
    for (const sector of Object.values(circle.participants)) sectors.set(sector, (sectors.get(sector) ?? 0) + 1);
  }
  const formats = new Map<SessionFormat, number>();
  for (const [date, byFormat] of Object.entries(slice.sessionFormats ?? {})) {
    if (!inPeriod(period, date)) continue;
    for (const format of SESSION_FORMATS) formats.set(format, (formats.get(format) ?? 0) + (byFormat[format] ?? 0));
  }
  const learnings = Object.values(slice.learnings);
  return {
    activeCircles: circles.length,
    sessions: Object.entries(slice.sessions).filter(([date]) => inPeriod(period, date)).reduce((n, [, count]) => n + count, 0),
    sessionsByFormat: SESSION_FORMATS.map((format) => ({ format, count: formats.get(format) ?? 0 })),
    participants: sum([...sectors.values()]),
    participantsBySector: SECTORS.map((sector) => ({ sector, count: sectors.get(sector) ?? 0 })),
    ambassadorHours: hoursOf(slice.ambassadors, period, weeks),
    learningsCaptured: learnings.filter((l) => !l.retracted && inPeriod(period, l.capturedOn)).length,
    adoptedFromOthers: slice.adoptions.filter((a) => inPeriod(period, a.adoptedOn)).length,
    adoptedByOthers,
    promoted: learnings.filter((l) => !l.retracted && l.promotedOn != null && inPeriod(period, l.promotedOn)).length,
  };
}

/**
 * As the overview counts a quarter, over the period's weeks that had begun: an ambassador owes
 * hours per week for the weeks from the week of appointment to the week of departure.
 */
function hoursOf(ambassadors: Readonly<Record<string, AmbassadorFacts>>, period: ReportPeriod, weeks: readonly IsoWeek[]): HoursFigures {
  let count = 0;
  let logged = 0;
  let commitment = 0;
  let weeksLogged = 0;
  let weeksExpected = 0;
  for (const a of Object.values(ambassadors)) {
    if (a.appointedOn <= period.to && (a.departedOn === null || a.departedOn >= period.from)) count += 1;
    const firstWeek = isoWeekOfDate(a.appointedOn);
    const lastWeek = a.departedOn === null ? null : isoWeekOfDate(a.departedOn);
    for (const week of weeks) {
      const hours = a.hours[week];
      if (hours !== undefined) logged += hours;
      const inOffice = compareWeeks(week, firstWeek) >= 0 && (lastWeek === null || compareWeeks(week, lastWeek) <= 0);
      if (!inOffice) continue;
      weeksExpected += 1;
      commitment += a.hoursPerWeek;
      if (hours !== undefined) weeksLogged += 1;
    }
  }
  return { ambassadors: count, logged, commitment, weeksLogged, weeksExpected };
}

function sumIndicators(regions: readonly IndicatorFigures[]): IndicatorFigures {
  const total = (figure: (r: IndicatorFigures) => number) => sum(regions.map(figure));
  const hours = (figure: (h: HoursFigures) => number) => total((r) => figure(r.ambassadorHours));
  return {
    activeCircles: total((r) => r.activeCircles),
    sessions: total((r) => r.sessions),
    sessionsByFormat: SESSION_FORMATS.map((format, i) => ({ format, count: total((r) => r.sessionsByFormat[i]?.count ?? 0) })),
    participants: total((r) => r.participants),
    participantsBySector: SECTORS.map((sector, i) => ({ sector, count: total((r) => r.participantsBySector[i]?.count ?? 0) })),
    ambassadorHours: {
      ambassadors: hours((h) => h.ambassadors),
      logged: hours((h) => h.logged),
      commitment: hours((h) => h.commitment),
      weeksLogged: hours((h) => h.weeksLogged),
      weeksExpected: hours((h) => h.weeksExpected),
    },
    learningsCaptured: total((r) => r.learningsCaptured),
    adoptedFromOthers: total((r) => r.adoptedFromOthers),
    adoptedByOthers: total((r) => r.adoptedByOthers),
    promoted: total((r) => r.promoted),
  };
}

function monthRows(slices: readonly OverviewSlice[], period: ReportPeriod, weeks: readonly IsoWeek[]): MonthRow[] {
  const rows = new Map(monthsOfPeriod(period).map((month) => [month, {
    month, sessions: 0, learningsCaptured: 0, adoptions: 0, promoted: 0, hoursLogged: 0,
  }]));
  const add = (date: string, figure: Exclude<keyof MonthRow, 'month'>, amount: number) => {
    const row = rows.get(date.slice(0, 7));
    if (row && inPeriod(period, date)) row[figure] += amount;
  };
  for (const slice of slices) {
    for (const [date, count] of Object.entries(slice.sessions)) add(date, 'sessions', count);
    for (const l of Object.values(slice.learnings)) {
      if (l.retracted) continue;
      add(l.capturedOn, 'learningsCaptured', 1);
      if (l.promotedOn != null) add(l.promotedOn, 'promoted', 1);
    }
    for (const a of slice.adoptions) add(a.adoptedOn, 'adoptions', 1);
    for (const ambassador of Object.values(slice.ambassadors)) {
      for (const week of weeks) {
        const hours = ambassador.hours[week];
        if (hours !== undefined) add(thursdayOf(week), 'hoursLogged', hours);
      }
    }
  }
  return [...rows.values()];
}

function lateCorrections(
  slices: ReadonlyArray<[string | null, OverviewSlice]>, periodWeeks: readonly IsoWeek[], nameOf: (regionId: string) => string,
): LateCorrectionRow[] {
  const rows: LateCorrectionRow[] = [];
  for (const [regionId, slice] of slices) {
    for (const ambassador of Object.values(slice.ambassadors)) {
      for (const c of ambassador.lateCorrections ?? []) {
        if (!weekInPeriod(periodWeeks, c.week)) continue;
        rows.push({
          regionId,
          regionName: regionId === null ? 'Landelijk' : nameOf(regionId),
          week: c.week,
          reportingPeriodId: ReportingPeriod.quarterOfWeek(c.week),
          previousHours: c.previousHours,
          hours: c.hours,
          correctedOn: c.correctedOn,
          whatChanged: c.whatChanged,
        });
      }
    }
  }
  // National ('~' sorts after every CBS code) after the regions on the same day.
  return rows.sort((a, b) => byText(a.correctedOn, b.correctedOn) || byText(a.regionId ?? '~', b.regionId ?? '~')
    || byText(a.week, b.week) || byText(a.whatChanged, b.whatChanged));
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Code-point order, the same on every machine (no locale): the CSV must be byte-reproducible. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
