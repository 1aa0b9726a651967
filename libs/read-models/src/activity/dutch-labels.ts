import { THEME_LABELS, type Theme } from '@leerkring/domain';

/** Dutch wording for feed descriptions: pure functions of the event data (no clock, no locale data). */

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december',
];

/** `2024-03-01` as `1 maart 2024`; anything else as given. */
export function dutchDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** `7.75` as `7,75`. */
export const dutchNumber = (value: number): string => String(value).replace('.', ',');

/** `2024-Q2` as `2e kwartaal 2024`. */
export function dutchQuarter(reportingPeriodId: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(reportingPeriodId);
  return match ? `${match[2]}e kwartaal ${match[1]}` : reportingPeriodId;
}

export const quoted = (text: string): string => `‘${text}’`;

export const themeList = (themes: readonly string[]): string =>
  themes.map((theme) => THEME_LABELS[theme as Theme] ?? theme).join(', ');

const SECTOR_LABELS: Readonly<Record<string, string>> = {
  ggd: 'GGD', client: 'ervaringsdeskundige',
};
export const sectorLabel = (sector: string): string => SECTOR_LABELS[sector] ?? sector;

const CHANGE_LABELS: Readonly<Record<string, string>> = {
  title: 'titel', insight: 'inzicht', themes: 'thema’s', successFactors: 'succesfactoren',
  evidenceLevel: 'bewijsniveau', knowledgeSources: 'kennisbronnen',
};
/** The changed fields of a revision, in Dutch, in a fixed order. */
export const changeList = (changes: object): string =>
  Object.keys(CHANGE_LABELS).filter((field) => field in changes).map((field) => CHANGE_LABELS[field]).join(', ');
