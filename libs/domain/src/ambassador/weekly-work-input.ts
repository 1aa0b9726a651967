import type { DecisionContext } from '../shared/decider';
import { invalidInput, ruleBroken } from '../shared/domain-error';
import type { IsoWeek } from '../shared/iso-week';
import { compareWeeks, isoWeekAt, requireIsoWeek } from '../shared/iso-week';
import { requireAllOf, requireOneOf, requireText, requireUuid } from '../shared/validation';
import { SECTORS } from '../shared/vocabulary';
import type { WeeklyWorkFacts, WeeklyWorkInput } from './commands';
import { AmbassadorRule } from './rules';
import type { AmbassadorProfile } from './state';
import type { Activity, WeeklyWork } from './weekly-work';
import {
  ACTIVITY_KINDS, MAX_ACTIVITIES, MAX_ACTIVITY_TEXT, MAX_LOGGED_HOURS, MAX_REFLECTION,
} from './weekly-work';

/** Hours are whole quarter hours: 0, 0.25, 0.5, ... */
export function requireQuarterHours(field: string, value: number, range: { min: number; max: number; rule: string }): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < range.min || value > range.max) {
    throw invalidInput(field, range.rule, `${field}: uren moeten tussen ${range.min} en ${range.max} liggen`);
  }
  if (!Number.isInteger(value * 4)) {
    throw invalidInput(field, AmbassadorRule.hoursNotInQuarterHours, `${field}: uren gaan per kwartier (0,25)`);
  }
  return value;
}

function requireActivities(values: WeeklyWorkInput['activities']): Activity[] {
  if (!Array.isArray(values)) throw invalidInput('activities', 'list-required', 'activities moet een lijst zijn');
  if (values.length > MAX_ACTIVITIES) {
    throw invalidInput('activities', AmbassadorRule.tooManyActivities, `Hoogstens ${MAX_ACTIVITIES} activiteiten per week`);
  }
  return values.map((activity, i) => ({
    kind: requireOneOf(`activities[${i}].kind`, activity?.kind, ACTIVITY_KINDS),
    text: requireText(`activities[${i}].text`, activity?.text, { max: MAX_ACTIVITY_TEXT }),
  }));
}

function requireCircleIds(values: string[]): string[] {
  if (!Array.isArray(values)) throw invalidInput('circleIds', 'list-required', 'circleIds moet een lijst zijn');
  const ids = values.map((id) => requireUuid('circleIds', id));
  if (new Set(ids).size !== ids.length) {
    throw invalidInput('circleIds', 'duplicate-values', 'circleIds bevat een cirkel meer dan eens');
  }
  return ids;
}

function requirePartnersReached(value: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput('partnersReached', AmbassadorRule.partnersReachedInvalid, 'Het aantal bereikte partners is een geheel getal van 0 of meer');
  }
  return value;
}

/** Field rules shared by LogWeeklyWork and CorrectWeeklyWork; names the field that breaks one. */
export function requireWeeklyWork(input: WeeklyWorkInput): { week: IsoWeek; work: WeeklyWork } {
  const week = requireIsoWeek('week', input.week);
  const hours = requireQuarterHours('hours', input.hours, {
    min: 0, max: MAX_LOGGED_HOURS, rule: AmbassadorRule.hoursOutOfRange,
  });
  const reflection = input.reflection ?? '';
  if (typeof reflection !== 'string') throw invalidInput('reflection', 'text-required', 'reflection moet tekst zijn');
  const work: WeeklyWork = {
    hours,
    circleIds: requireCircleIds(input.circleIds),
    activities: requireActivities(input.activities),
    partnersReached: requirePartnersReached(input.partnersReached),
    sectorsReached: requireAllOf('sectorsReached', input.sectorsReached, SECTORS),
    reflection: reflection.trim() === '' ? '' : requireText('reflection', reflection, { max: MAX_REFLECTION }),
  };
  return { week, work };
}

/** A week is logged once it has begun (Dutch calendar) and not before the appointment week. */
export function checkWeekIsLoggable(profile: AmbassadorProfile, week: IsoWeek, { now }: DecisionContext): void {
  const current = isoWeekAt(now);
  if (compareWeeks(week, current) > 0) {
    throw ruleBroken(AmbassadorRule.weekInFuture, `Week ${week} is nog niet begonnen (het is nu ${current})`, 'week');
  }
  if (compareWeeks(week, profile.appointedWeek) < 0) {
    throw ruleBroken(
      AmbassadorRule.weekBeforeAppointment,
      `Week ${week} ligt voor de aanstelling (${profile.appointedWeek})`,
      'week',
    );
  }
}

/**
 * A regional ambassador logs work in circles of their own region only. A national ambassador
 * logs no circles at all: their work lifts lessons across regions, and circle work is counted in
 * the circle's region through its regional ambassador, so national logs stay out of regional
 * circle figures (no double counting). Missing facts refuse, they never let a circle through.
 */
export function checkCircles(profile: AmbassadorProfile, rawIds: readonly string[], facts: WeeklyWorkFacts): void {
  if (rawIds.length === 0) return;
  if (profile.regionId === null) {
    throw ruleBroken(
      AmbassadorRule.circlesNotForNational,
      'Een landelijk ambassadeur legt werk vast zonder ontwikkelcirkels',
      'circleIds',
    );
  }
  for (const raw of rawIds) {
    const regionOfCircle = facts?.circleRegions?.[raw] ?? facts?.circleRegions?.[raw.toLowerCase()];
    if (regionOfCircle === undefined) {
      throw ruleBroken(AmbassadorRule.circleUnknown, `Ontwikkelcirkel ${raw} bestaat niet`, 'circleIds');
    }
    if (regionOfCircle !== profile.regionId) {
      throw ruleBroken(
        AmbassadorRule.circleInOtherRegion,
        `Ontwikkelcirkel ${raw} hoort bij ${regionOfCircle}, niet bij ${profile.regionId}`,
        'circleIds',
      );
    }
  }
}

/** Fail closed: without the fact the week counts as closed. */
export const weekIsClosed = (facts: WeeklyWorkFacts): boolean => facts?.weekInClosedPeriod !== false;
