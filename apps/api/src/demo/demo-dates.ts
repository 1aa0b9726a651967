/** Calendar arithmetic on `YYYY-MM-DD` dates in UTC, as the domain writes them. */

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const parsed = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed)) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  return parsed;
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

export const yearOf = (date: string): number => Number(date.slice(0, 4));
