import type { Sector } from '../shared/vocabulary';

/** What an ambassador did in a week: kinds of activity, each with a short description. */
export const ACTIVITY_KINDS = [
  'bijeenkomst', 'gesprek', 'voorbereiding', 'netwerk', 'verslaglegging', 'overig',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const DEFAULT_HOURS_PER_WEEK = 8;
export const MAX_HOURS_PER_WEEK = 40;
export const MAX_LOGGED_HOURS = 60;
export const MAX_ACTIVITY_TEXT = 500;
export const MAX_ACTIVITIES = 50;
export const MAX_REFLECTION = 2000;

export interface Activity {
  kind: ActivityKind;
  text: string;
}

/** The content of one week's log, as logged or as last corrected. */
export interface WeeklyWork {
  /** 0 to 60, in quarter hours. */
  hours: number;
  /** Circles of the ambassador's own region; always empty for a national ambassador. */
  circleIds: string[];
  activities: Activity[];
  partnersReached: number;
  sectorsReached: Sector[];
  /** Free text, may be empty. */
  reflection: string;
}

/** Two logs say the same when every field does; circles and sectors are sets, activities a list. */
export function sameWork(a: WeeklyWork, b: WeeklyWork): boolean {
  const sameSet = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && [...x].sort().join('\n') === [...y].sort().join('\n');
  return a.hours === b.hours
    && a.partnersReached === b.partnersReached
    && a.reflection === b.reflection
    && sameSet(a.circleIds, b.circleIds)
    && sameSet(a.sectorsReached, b.sectorsReached)
    && a.activities.length === b.activities.length
    && a.activities.every((activity, i) =>
      activity.kind === b.activities[i]?.kind && activity.text === b.activities[i]?.text);
}
