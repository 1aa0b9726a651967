import type { Sector, SessionFormat } from '@leerkring/domain';

/**
 * Dutch presentation of the report: labels of the vocabularies and the number and date formats
 * of the PDF (`1.234,5`, `24 november 2026`). Written out by hand instead of `Intl` so the output
 * does not depend on the ICU data a Node build happens to carry.
 */

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  jeugdhulp: 'Jeugdhulp', gemeente: 'Gemeente', onderwijs: 'Onderwijs', ggz: 'GGZ', ggd: 'GGD', politie: 'Politie',
  welzijn: 'Welzijn', jeugdbescherming: 'Jeugdbescherming', client: 'Cliënt', wetenschap: 'Wetenschap',
  huisarts: 'Huisarts', overig: 'Overig',
};

export const FORMAT_LABELS: Readonly<Record<SessionFormat, string>> = {
  plenair: 'Plenair', actiegroep: 'Actiegroep', casusbespreking: 'Casusbespreking', fasterclass: 'Fasterclass',
  omdenksessie: 'Omdenksessie',
};

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** `1234.5` as `1.234,5`: thousands with a dot, decimals (at most `decimals`, trailing zeros dropped) with a comma. */
export function dutchNumber(value: number, decimals = 2): string {
  const rounded = Math.round(Math.abs(value) * 10 ** decimals) / 10 ** decimals;
  const [whole = '0', fraction = ''] = rounded.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimalsShown = fraction.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimalsShown === '' ? '' : `,${decimalsShown}`}`;
}

/** A share as a whole percentage with one decimal: `0.8125` as `81,3%`; `–` when there is nothing to share. */
export const dutchPercent = (share: number | null): string => (share === null ? '–' : `${dutchNumber(share * 100, 1)}%`);

/** `2026-11-24` as `24 november 2026`. */
export function dutchLongDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** `2026-11` as `november 2026`; `short`: `nov 2026`. */
export function dutchMonth(month: string, short = false): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return `${short ? name.slice(0, 3) : name} ${month.slice(0, 4)}`;
}

/** The period as people say it: `2e kwartaal 2024`, `2024`, `1 maart 2024 tot en met 31 mei 2024`. */
export function dutchPeriod(period: { kind: string; label: string; from: string; to: string }): string {
  if (period.kind === 'quarter') return `${period.label.slice(6)}e kwartaal ${period.label.slice(0, 4)}`;
  if (period.kind === 'year') return `het jaar ${period.label}`;
  return `${dutchLongDate(period.from)} tot en met ${dutchLongDate(period.to)}`;
}

/** `a / b`, or `null` when `b` is 0 (no commitment, no expected weeks). */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
