import type { Message } from '../shared/decider';
import type { AmbassadorBackground, AmbassadorScope } from '../shared/vocabulary';
import type { Person } from '../developer/person';
import type { WeeklyWork } from './weekly-work';

/**
 * Every event carries `ambassadorId` and `regionId` (the CBS code of a regional ambassador,
 * `null` for a national one), so projections can count per region without loading the stream.
 */

/**
 * Version 2 (current). Version 1 had no `hoursPerWeek`; `eventSchema` upcasts it with the default
 * of 8 hours (one day a week). `person` is the only personal data and the field to encrypt.
 */
export type AmbassadorAppointed = Message<'AmbassadorAppointed', {
  ambassadorId: string;
  person: Person;
  scope: AmbassadorScope;
  regionId: string | null;
  background: AmbassadorBackground;
  hoursPerWeek: number;
  appointedOn: string;
}>;

/** `reportingPeriodId` is the quarter the week counts in (`quarterOfWeek(week)`). */
export type WeeklyWorkLogged = Message<'WeeklyWorkLogged', WeeklyWork & {
  ambassadorId: string;
  regionId: string | null;
  week: string;
  reportingPeriodId: string;
}>;

/**
 * Replaces the week's log as a whole (the fields are the new values, not a diff). `late` is set
 * by the domain when the week's reporting period was already closed: reports then show the
 * correction apart instead of silently changing closed figures.
 */
export type WeeklyWorkCorrected = Message<'WeeklyWorkCorrected', WeeklyWork & {
  ambassadorId: string;
  regionId: string | null;
  week: string;
  reportingPeriodId: string;
  whatChanged: string;
  late: boolean;
}>;

export type AmbassadorDeparted = Message<'AmbassadorDeparted', {
  ambassadorId: string;
  regionId: string | null;
  departedOn: string;
}>;

export type AmbassadorEvent = AmbassadorAppointed | WeeklyWorkLogged | WeeklyWorkCorrected | AmbassadorDeparted;
