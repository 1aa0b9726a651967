import { parseDecimal } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import type { ActivityKind, Sector } from '../../vocabulary';
import type { WeeklyLog } from './my-week.queries';

/** What the form holds for one week: text as typed, so nothing is lost or reformatted. */
export interface WeekDraft {
  readonly hours: string;
  readonly circleIds: readonly string[];
  readonly activities: readonly { readonly kind: ActivityKind; readonly text: string }[];
  readonly partnersReached: string;
  readonly sectorsReached: readonly Sector[];
  readonly reflection: string;
  readonly whatChanged: string;
}

export const decimalText = (value: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);

export function emptyDraft(hoursPerWeek: number, locale: string): WeekDraft {
  return {
    hours: decimalText(hoursPerWeek, locale), circleIds: [], activities: [{ kind: 'BIJEENKOMST', text: '' }],
    partnersReached: '0', sectorsReached: [], reflection: '', whatChanged: '',
  };
}

export function draftOf(log: WeeklyLog, locale: string): WeekDraft {
  return {
    hours: decimalText(log.hours, locale),
    circleIds: [...log.circleIds],
    activities: log.activities.map((a) => ({ ...a })),
    partnersReached: String(log.partnersReached),
    sectorsReached: [...log.sectorsReached],
    reflection: log.reflection,
    whatChanged: '',
  };
}

/** The work of another week as a start for this one (without its reflection). */
export function copiedFrom(log: WeeklyLog, locale: string): WeekDraft {
  return { ...draftOf(log, locale), reflection: '' };
}

export interface WeekInput {
  readonly hours: number;
  readonly circleIds: string[];
  readonly activities: { kind: ActivityKind; text: string }[];
  readonly partnersReached: number;
  readonly sectorsReached: Sector[];
  readonly reflection: string;
}

export type Checked =
  | { readonly ok: true; readonly input: WeekInput; /** Row of the form for each activity sent. */ readonly activityRows: number[] }
  | { readonly ok: false; readonly problems: { field: string; message: string }[] };

/**
 * What the browser checks before sending: only that numbers are numbers. Every rule of the
 * domain (quarter hours, the week, the circles, the privacy guard) is the API's to judge.
 */
export function checkDraft(draft: WeekDraft, t: Translate): Checked {
  const problems: { field: string; message: string }[] = [];
  const hours = parseDecimal(draft.hours);
  if (hours === undefined) problems.push({ field: 'hours', message: t('myWeek.hoursNotANumber') });
  const partners = draft.partnersReached.trim() === '' ? 0 : parseDecimal(draft.partnersReached);
  if (partners === undefined || !Number.isInteger(partners)) problems.push({ field: 'partnersReached', message: t('myWeek.partnersNotANumber') });
  if (problems.length > 0 || hours === undefined || partners === undefined) return { ok: false, problems };
  // An activity row left empty is no activity: the form offers one to start with.
  const activityRows = draft.activities.flatMap((a, row) => (a.text.trim() === '' ? [] : [row]));
  return {
    ok: true,
    activityRows,
    input: {
      hours,
      circleIds: [...draft.circleIds],
      activities: activityRows.map((row) => ({ ...(draft.activities[row] as WeekDraft['activities'][number]) })),
      partnersReached: partners,
      sectorsReached: [...draft.sectorsReached],
      reflection: draft.reflection,
    },
  };
}
