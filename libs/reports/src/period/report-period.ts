import { ReportingPeriod, addWeeks, compareWeeks, invalidInput, isoWeekOfDate, requireDate, thursdayOf, type IsoWeek } from '@leerkring/domain';

/**
 * The period a programme report covers: a quarter (`2024-Q2`), a year (`2024`) or any range of
 * calendar days (`from`/`to`, both inclusive). Dated facts (sessions, captures, adoptions) count
 * by their date; hours count per ISO week, and a week counts in the period of its Thursday, as a
 * week counts in the quarter of its Thursday (so the weeks of `2024-Q2` are its reporting weeks).
 */
export interface ReportPeriod {
  readonly kind: 'quarter' | 'year' | 'range';
  /** `2024-Q2`, `2024` or `2024-03-01_2024-05-31`: used in file names. */
  readonly label: string;
  /** First and last day, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
}

/** At most five years: a report is read by people, and its monthly trend must fit a page. */
export const MAX_PERIOD_DAYS = 5 * 366;

const YEAR = /^(\d{4})$/;
const DAY_MS = 86_400_000;

export function quarterPeriod(id: string): ReportPeriod {
  return {
    kind: 'quarter', label: id,
    from: ReportingPeriod.firstDayOfQuarter(id), to: ReportingPeriod.lastDayOfQuarter(id),
  };
}

export const yearPeriod = (year: number): ReportPeriod => {
  const y = String(year).padStart(4, '0');
  return { kind: 'year', label: y, from: `${y}-01-01`, to: `${y}-12-31` };
};

export function rangePeriod(from: string, to: string): ReportPeriod {
  return { kind: 'range', label: `${from}_${to}`, from, to };
}

/** `2024-Q2` or `2024`, as the CLI's `--period` and the API's `period` take it; Dutch errors name `field`. */
export function parsePeriod(field: string, value: string): ReportPeriod {
  const text = value.trim();
  if (ReportingPeriod.parseReportingPeriodId(text)) return quarterPeriod(text);
  const year = YEAR.exec(text);
  if (year && Number(year[1]) >= 2000) return yearPeriod(Number(year[1]));
  throw invalidInput(field, 'period-format', `${field} moet een kwartaal (2024-Q2) of een jaar (2024) zijn`);
}

/** A range of days, checked: both dates exist, `from` is not after `to`, and it spans at most five years. */
export function parseRange(from: string, to: string): ReportPeriod {
  requireDate('from', from);
  requireDate('to', to);
  if (from > to) throw invalidInput('to', 'period-reversed', `to (${to}) mag niet voor from (${from}) liggen`);
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_PERIOD_DAYS) {
    throw invalidInput('to', 'period-too-long', 'from tot en met to beslaat hoogstens vijf jaar: kies een kortere periode');
  }
  return rangePeriod(from, to);
}

/** The ISO weeks whose Thursday lies in the period, oldest first (none for a range of a few days without a Thursday). */
export function weeksOfPeriod(period: ReportPeriod): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  let week = isoWeekOfDate(period.from);
  if (thursdayOf(week) < period.from) week = addWeeks(week, 1);
  for (; thursdayOf(week) <= period.to; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** Every month `YYYY-MM` the period touches. */
export function monthsOfPeriod(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (let current = period.from.slice(0, 7); current <= last; current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

export const inPeriod = (period: ReportPeriod, date: string): boolean => date >= period.from && date <= period.to;

/** The quarters the period overlaps, by their reporting weeks. */
export function quartersOfPeriod(period: ReportPeriod): string[] {
  return [...new Set(weeksOfPeriod(period).map((week) => ReportingPeriod.quarterOfWeek(week)))];
}

export const weekInPeriod = (weeks: readonly IsoWeek[], week: IsoWeek): boolean =>
  weeks.length > 0 && compareWeeks(week, weeks[0] as IsoWeek) >= 0 && compareWeeks(week, weeks[weeks.length - 1] as IsoWeek) <= 0;
