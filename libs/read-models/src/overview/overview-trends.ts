import { THEMES, thursdayOf, type Theme } from '@leerkring/domain';
import { monthOf, monthsFromTo } from './overview-calendar';
import type { OverviewState } from './overview-state';
import type { MonthlyTrend, ThemeRegionCell } from './overview-summary.types';
import type { OverviewWindow } from './overview-summary';

/** Which regions work on which themes: circles started and learnings kept, per theme and region. */
export function themeMatrix(state: OverviewState, regionIds: readonly string[], w: OverviewWindow): ThemeRegionCell[] {
  const cells: ThemeRegionCell[] = [];
  for (const theme of THEMES) {
    for (const regionId of regionIds) {
      const slice = state.slices[regionId];
      if (slice === undefined) continue;
      const has = (themes: readonly Theme[]) => themes.includes(theme);
      const circles = Object.values(slice.circles).filter((c) => c.startedOn <= w.asOfDate && has(c.themes)).length;
      const learnings = Object.values(slice.learnings)
        .filter((l) => !l.retracted && l.capturedOn <= w.asOfDate && has(l.themes)).length;
      if (circles > 0 || learnings > 0) cells.push({ theme, regionId, circles, learnings });
    }
  }
  return cells;
}

type Counts = { -readonly [K in Exclude<keyof MonthlyTrend, 'month'>]: number };

/** Per month, from the first with activity up to the date's month (empty months included). */
export function monthlyTrends(state: OverviewState, w: OverviewWindow): MonthlyTrend[] {
  const months = new Map<string, Counts>();
  const add = (date: string, figure: keyof Counts, amount: number) => {
    const month = monthOf(date);
    const counts = months.get(month) ?? { sessions: 0, learningsCaptured: 0, adoptions: 0, hoursLogged: 0 };
    counts[figure] += amount;
    months.set(month, counts);
  };
  for (const slice of Object.values(state.slices)) {
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
  }
  if (months.size === 0) return [];
  const seen = [...months.keys()].sort();
  const last = [seen[seen.length - 1] as string, monthOf(w.asOfDate)].sort()[1] as string;
  return monthsFromTo(seen[0] as string, last).map((month) => ({
    month, ...(months.get(month) ?? { sessions: 0, learningsCaptured: 0, adoptions: 0, hoursLogged: 0 }),
  }));
}
