import { invalidInput } from '../shared/domain-error';
import type { IsoWeek } from '../shared/iso-week';
import { addWeeks, isoWeekOfDate, sundayOf, thursdayOf } from '../shared/iso-week';

/**
 * A reporting period is a calendar quarter, `2024-Q2`. Weekly logs count per ISO week, and a
 * week belongs to the quarter of its Thursday (as it belongs to the year of its Thursday), so
 * every week is in exactly one quarter: 2024-W14 (1-7 April) is in 2024-Q2, 2025-W01
 * (30 December 2024 - 5 January 2025) is in 2025-Q1.
 */
export type ReportingPeriodId = string;

export interface QuarterParts {
  readonly year: number;
  readonly quarter: number;
}

const ID_PATTERN = /^(\d{4})-Q([1-4])$/;

export function parseReportingPeriodId(value: unknown): QuarterParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ID_PATTERN.exec(value);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : undefined;
}

export function requireReportingPeriodId(field: string, value: string): ReportingPeriodId {
  if (!parseReportingPeriodId(value)) {
    throw invalidInput(field, 'reporting-period-id-format', `${field} moet een kwartaal zijn als 2024-Q2`);
  }
  return value;
}

/** The parts of a reporting period id that is known to be valid (throws a RangeError otherwise). */
export function quarterParts(id: ReportingPeriodId): QuarterParts {
  const parts = parseReportingPeriodId(id);
  if (!parts) throw new RangeError(`not a reporting period YYYY-Qn: ${id}`);
  return parts;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The quarter a calendar date `YYYY-MM-DD` falls in. */
export function quarterOfDate(date: string): ReportingPeriodId {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The reporting period a week counts in: the quarter of its Thursday. */
export function quarterOfWeek(week: IsoWeek): ReportingPeriodId {
  return quarterOfDate(thursdayOf(week));
}

export function reportingPeriodStreamName(id: ReportingPeriodId): string {
  const { year, quarter } = quarterParts(id);
  return `reporting-period-${pad(year, 4)}-q${quarter}`;
}

export function firstDayOfQuarter(id: ReportingPeriodId): string {
  const { year, quarter } = quarterParts(id);
  return `${pad(year, 4)}-${pad((quarter - 1) * 3 + 1, 2)}-01`;
}

export function lastDayOfQuarter(id: ReportingPeriodId): string {
  const { year, quarter } = quarterParts(id);
  return `${pad(year, 4)}-${QUARTER_ENDS[quarter - 1]}`;
}

/** The first and last ISO week whose Thursday lies in the quarter. */
export function weeksOfQuarter(id: ReportingPeriodId): { firstWeek: IsoWeek; lastWeek: IsoWeek } {
  const first = isoWeekOfDate(firstDayOfQuarter(id));
  const last = isoWeekOfDate(lastDayOfQuarter(id));
  return {
    firstWeek: quarterOfWeek(first) === id ? first : addWeeks(first, 1),
    lastWeek: quarterOfWeek(last) === id ? last : addWeeks(last, -1),
  };
}

/**
 * The last day that still counts in the quarter: its last calendar day or the Sunday of its
 * last week, whichever is later: 31 December 2026 is a Thursday, so 2026-W53 still counts in
 * 2026-Q4 and that quarter's work ends on Sunday 3 January 2027.
 */
export function lastCountingDayOfQuarter(id: ReportingPeriodId): string {
  const calendarEnd = lastDayOfQuarter(id);
  const weekEnd = sundayOf(weeksOfQuarter(id).lastWeek);
  return weekEnd > calendarEnd ? weekEnd : calendarEnd;
}
