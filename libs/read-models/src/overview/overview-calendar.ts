import { mondayOf, type IsoWeek } from '@leerkring/domain';

/** Calendar arithmetic of the overview on `YYYY-MM-DD` dates and ISO weeks (UTC, no time zones). */

const DAY_MS = 86_400_000;

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: IsoWeek, to: IsoWeek): number {
  return Math.round((Date.parse(mondayOf(to)) - Date.parse(mondayOf(from))) / (7 * DAY_MS));
}

export const monthOf = (date: string): string => date.slice(0, 7);

/** Every month `YYYY-MM` from `from` to `to`, inclusive. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let current = from; current <= to; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

export const earlier = (a: string, b: string): string => (a < b ? a : b);
export const later = (a: string | null, b: string): string => (a === null || a < b ? b : a);
