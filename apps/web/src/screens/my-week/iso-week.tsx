import { parseDate, todayInNetherlands } from '../../i18n/format';

/** An ISO week (`2026-W48`): Monday to Sunday, in the year of its Thursday, as the API writes it. */
export interface WeekInfo {
  readonly id: string;
  readonly number: number;
  /** Monday, `YYYY-MM-DD`. */
  readonly monday: string;
  /** Sunday, `YYYY-MM-DD`. */
  readonly sunday: string;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function weekOf(date: string): WeekInfo {
  const day = parseDate(date).getTime();
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = day - weekday * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const number = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { id: `${year}-W${String(number).padStart(2, '0')}`, number, monday: iso(monday), sunday: iso(monday + 6 * DAY_MS) };
}

/** The current week and the `count - 1` before it, oldest first. */
export function recentWeeks(count: number, today: string = todayInNetherlands()): WeekInfo[] {
  const currentMonday = parseDate(weekOf(today).monday).getTime();
  return Array.from({ length: count }, (_, i) => weekOf(iso(currentMonday - (count - 1 - i) * 7 * DAY_MS)));
}
