import { THEMES, thursdayOf, type Theme } from '@leerkring/domain';
import { monthOf, monthsFromTo } from './overview-calendar';
import type { OverviewSlice } from './overview-state';
import type { MonthlyTrend, ThemeRegionCell } from './overview-summary.types';
import type { OverviewWindow } from './overview-summary';

/** Which themes a region works on: circles started and learnings kept, per theme. */
export function themeCellsOf(regionId: string, slice: OverviewSlice, w: OverviewWindow): ThemeRegionCell[] {
  const cells: ThemeRegionCell[] = [];
  for (const theme of THEMES) {
    const has = (themes: readonly Theme[]) => themes.includes(theme);
    const circles = Object.values(slice.circles).filter((c) => c.startedOn <= w.asOfDate && has(c.themes)).length;
    const learnings = Object.values(slice.learnings)
      .filter((l) => !l.retracted && l.capturedOn <= w.asOfDate && has(l.themes)).length;
    if (circles > 0 || learnings > 0) cells.push({ theme, regionId, circles, learnings });
  }
  return cells;
}

/** The matrix in the order of the themes, then of the regions. */
export function themeMatrixOf(cells: readonly ThemeRegionCell[]): ThemeRegionCell[] {
  const themeIndex = (theme: Theme) => THEMES.indexOf(theme);
  return [...cells].sort((a, b) =>
    themeIndex(a.theme) - themeIndex(b.theme) || (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : 0));
}

export type MonthlyCounts = { -readonly [K in Exclude<keyof MonthlyTrend, 'month'>]: number };
const noCounts = (): MonthlyCounts => ({ sessions: 0, learningsCaptured: 0, adoptions: 0, hoursLogged: 0 });

/** One slice's activity per month `YYYY-MM`, up to the window's date. */
export function monthlyCountsOf(slice: OverviewSlice, w: OverviewWindow): Map<string, MonthlyCounts> {
  const months = new Map<string, MonthlyCounts>();
  const add = (date: string, figure: keyof MonthlyCounts, amount: number) => {
    const month = monthOf(date);
    const counts = months.get(month) ?? noCounts();
    counts[figure] += amount;
    months.set(month, counts);
  };
  for (const [date, count] of Object.entries(slice.sessions)) if (date <= w.asOfDate) add(date, 'sessions', count);
  for (const l of Object.values(slice.learnings)) {
    if (!l.retracted && l.capturedOn <= w.asOfDate) add(l.capturedOn, 'learningsCaptured', 1);
  }
  for (const a of slice.adoptions) if (a.adoptedOn <= w.asOfDate) add(a.adoptedOn, 'adoptions', 1);
  for (const ambassador of Object.values(slice.ambassadors)) {
    for (const [week, hours] of Object.entries(ambassador.hours)) {
      if (week <= w.currentWeek) add(thursdayOf(week), 'hoursLogged', hours);
    }
  }
  return months;
}

/** Per month, from the first with activity up to the date's month (empty months included). */
export function monthlyTrendsOf(perSlice: Iterable<ReadonlyMap<string, MonthlyCounts>>, w: OverviewWindow): MonthlyTrend[] {
  const months = new Map<string, MonthlyCounts>();
  for (const slice of perSlice) {
    for (const [month, counts] of slice) {
      const total = months.get(month) ?? noCounts();
      for (const figure of Object.keys(counts) as Array<keyof MonthlyCounts>) total[figure] += counts[figure];
      months.set(month, total);
    }
  }
  if (months.size === 0) return [];
  const seen = [...months.keys()].sort();
  const last = [seen[seen.length - 1] as string, monthOf(w.asOfDate)].sort()[1] as string;
  return monthsFromTo(seen[0] as string, last).map((month) => ({ month, ...(months.get(month) ?? noCounts()) }));
}
