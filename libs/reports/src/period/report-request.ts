import { Region, invalidInput } from '@leerkring/domain';
import type { GlobalPosition } from '@leerkring/event-store';
import { parsePeriod, parseRange, type ReportPeriod } from './report-period';

/** What a programme report is asked for, checked. */
export interface ReportRequest {
  readonly period: ReportPeriod;
  /** CBS codes, sorted, without duplicates; empty for all regions. */
  readonly regionIds: readonly string[];
  /** Build from the events up to and including this position; absent: up to the latest event. */
  readonly position?: GlobalPosition;
}

/** The parameters as they arrive from a query string, GraphQL arguments or the command line. */
export interface RawReportRequest {
  readonly period?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  /** A comma list (`JZ36,JZ08`) or a list of codes. */
  readonly regions?: string | readonly string[] | null;
  readonly position?: string | null;
}

/** Positions of the stores Leerkring has: one to four fixed-width lowercase hex parts joined by '-'. */
const POSITION_PATTERN = /^[0-9a-f]{16}(-[0-9a-f]{16}){0,3}$/;

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks the parameters of a report; every refusal is an `invalid-input` domain error that names
 * the parameter and the rule, with a Dutch message (the API answers it as 400 / BAD_USER_INPUT).
 */
export function parseReportRequest(raw: RawReportRequest): ReportRequest {
  return {
    period: periodOf(raw),
    regionIds: regionIdsOf(raw.regions),
    ...(given(raw.position) ? { position: positionOf(raw.position.trim()) } : {}),
  };
}

function periodOf(raw: RawReportRequest): ReportPeriod {
  const hasRange = given(raw.from) || given(raw.to);
  if (given(raw.period)) {
    if (hasRange) {
      throw invalidInput('period', 'period-ambiguous', 'Geef period of from en to, niet allebei');
    }
    return parsePeriod('period', raw.period);
  }
  if (!hasRange) {
    throw invalidInput('period', 'period-missing', 'Geef een periode: period (2024-Q2 of 2024), of from en to (2024-04-01)');
  }
  if (!given(raw.from)) throw invalidInput('from', 'period-incomplete', 'from ontbreekt: geef from en to allebei, als 2024-04-01');
  if (!given(raw.to)) throw invalidInput('to', 'period-incomplete', 'to ontbreekt: geef from en to allebei, als 2024-06-30');
  return parseRange(raw.from.trim(), raw.to.trim());
}

function regionIdsOf(regions: RawReportRequest['regions']): string[] {
  if (regions === undefined || regions === null) return [];
  const codes = (typeof regions === 'string' ? regions.split(',') : [...regions]).map((code) => code.trim()).filter((code) => code !== '');
  const wrong = codes.find((code) => !Region.REGION_ID_PATTERN.test(code));
  if (wrong !== undefined) {
    throw invalidInput('regions', 'region-id-format', `regions: "${wrong}" is geen CBS-code van een jeugdregio, zoals JZ36`);
  }
  return [...new Set(codes)].sort();
}

function positionOf(position: string): GlobalPosition {
  if (!POSITION_PATTERN.test(position)) {
    throw invalidInput(
      'position', 'position-format',
      'position moet een positie zijn zoals een eerder rapport die vermeldt (hexadecimale delen gescheiden door een streepje)',
    );
  }
  return position;
}
