import { invalidInput } from './domain-error';
import { dutchDate } from './validation';

/**
 * ISO 8601 weeks as `YYYY-Www` (`2024-W14`). Weeks start on Monday and belong to the year of
 * their Thursday, so week 1 holds the year's first Thursday and a year has 52 or 53 weeks.
 * Ambassadors log per ISO week; the week-year differs from the calendar year around New Year
 * (2024-12-30 is in 2025-W01), so never derive it from the date's own year.
 *
 * Dates are calendar dates `YYYY-MM-DD` computed in UTC (no time zone shifts); the one place a
 * time zone matters, "this week", takes the Dutch calendar date of an instant.
 */
export type IsoWeek = string;

export interface IsoWeekParts {
  readonly year: number;
  readonly week: number;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A UTC midnight; avoids `Date.UTC`, which maps years 0..99 to 1900..1999. */
function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function parseDate(date: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const parsed = utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (formatDate(parsed) === date) return parsed;
  }
  throw new RangeError(`not a calendar date YYYY-MM-DD: ${date}`);
}

function formatDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Monday = 0 ... Sunday = 6. */
const weekdayIndex = (date: Date): number => (date.getUTCDay() + 6) % 7;

function partsOfDate(date: Date): IsoWeekParts {
  const thursday = addDays(date, 3 - weekdayIndex(date));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcDay(year, 0, 1).getTime()) / (7 * DAY_MS)) + 1;
  return { year, week };
}

export function formatIsoWeek(parts: IsoWeekParts): IsoWeek {
  return `${String(parts.year).padStart(4, '0')}-W${String(parts.week).padStart(2, '0')}`;
}

/** 52 or 53: 28 December always lies in the last ISO week of its year. */
export function weeksInYear(year: number): number {
  return partsOfDate(utcDay(year, 11, 28)).week;
}

/** The parts of a valid week, or `undefined` for a malformed or non-existent one (2021-W53). */
export function parseIsoWeek(value: unknown): IsoWeekParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = WEEK_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
}

export function isIsoWeek(value: unknown): value is IsoWeek {
  return parseIsoWeek(value) !== undefined;
}

/** Input check: names the field, tells a malformed week apart from one that does not exist. */
export function requireIsoWeek(field: string, value: string): IsoWeek {
  if (typeof value !== 'string' || !WEEK_PATTERN.test(value)) {
    throw invalidInput(field, 'week-format', `${field} moet een ISO-week zijn als 2024-W14`);
  }
  if (!isIsoWeek(value)) {
    throw invalidInput(field, 'week-invalid', `${field}: week ${value} bestaat niet`);
  }
  return value;
}

function partsOrThrow(week: IsoWeek): IsoWeekParts {
  const parts = parseIsoWeek(week);
  if (!parts) throw new RangeError(`not an ISO week YYYY-Www: ${week}`);
  return parts;
}

function mondayDate(week: IsoWeek): Date {
  const { year, week: number } = partsOrThrow(week);
  const january4 = utcDay(year, 0, 4); // always in week 1
  return addDays(january4, -weekdayIndex(january4) + (number - 1) * 7);
}

/** The ISO week of a calendar date `YYYY-MM-DD`. */
export function isoWeekOfDate(date: string): IsoWeek {
  return formatIsoWeek(partsOfDate(parseDate(date)));
}

/** The ISO week an instant falls in on the Dutch calendar (Europe/Amsterdam). */
export function isoWeekAt(instant: Date): IsoWeek {
  return isoWeekOfDate(dutchDate(instant));
}

export function mondayOf(week: IsoWeek): string {
  return formatDate(mondayDate(week));
}

/** The Thursday decides which year, month and quarter a week belongs to. */
export function thursdayOf(week: IsoWeek): string {
  return formatDate(addDays(mondayDate(week), 3));
}

export function sundayOf(week: IsoWeek): string {
  return formatDate(addDays(mondayDate(week), 6));
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  const left = partsOrThrow(a);
  const right = partsOrThrow(b);
  return left.year !== right.year ? left.year - right.year : left.week - right.week;
}

export function addWeeks(week: IsoWeek, count: number): IsoWeek {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of weeks: ${count}`);
  return formatIsoWeek(partsOfDate(addDays(mondayDate(week), count * 7)));
}

/** The `count` consecutive weeks that end at `week` (inclusive), oldest first. */
export function weeksEndingAt(week: IsoWeek, count: number): IsoWeek[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a week count: ${count}`);
  return Array.from({ length: count }, (_, i) => addWeeks(week, i - count + 1));
}
