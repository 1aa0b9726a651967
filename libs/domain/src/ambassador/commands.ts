import type { Message } from '../shared/decider';

/** Facts the command handler looks up in other streams; never taken from the client. */
export interface AppointAmbassadorFacts {
  /** The stream `region-{regionId}` holds a `RegionRegistered` event. Needed for a regional scope. */
  readonly regionExists: boolean;
}

/**
 * Vocabulary fields arrive as strings and are checked by the decider. `regionId` is required for
 * scope `regional` and must be absent (undefined or null) for `national`.
 */
export type AppointAmbassador = Message<'AppointAmbassador', {
  ambassadorId: string;
  person: { name: string; email?: string | null };
  scope: string;
  regionId?: string | null;
  background: string;
  /** Defaults to 8 (one day a week). */
  hoursPerWeek?: number | null;
  appointedOn: string;
}> & { readonly facts?: AppointAmbassadorFacts };

export interface WeeklyWorkInput {
  ambassadorId: string;
  /** ISO week `2024-W14`. */
  week: string;
  hours: number;
  circleIds: string[];
  activities: { kind: string; text: string }[];
  partnersReached: number;
  sectorsReached: string[];
  reflection?: string | null;
}

export interface WeeklyWorkFacts {
  /**
   * For every circle id of the command: the region (CBS code) of that circle, or `undefined` when
   * no such circle exists. Keyed by the ids as they appear in the command.
   */
  readonly circleRegions: Readonly<Record<string, string | undefined>>;
  /** The reporting period `quarterOfWeek(week)` has been closed. */
  readonly weekInClosedPeriod: boolean;
}

export type LogWeeklyWork = Message<'LogWeeklyWork', WeeklyWorkInput> & { readonly facts: WeeklyWorkFacts };

export type CorrectWeeklyWork = Message<'CorrectWeeklyWork', WeeklyWorkInput & { whatChanged: string }> & {
  readonly facts: WeeklyWorkFacts;
};

export type DepartAmbassador = Message<'DepartAmbassador', { ambassadorId: string; departedOn: string }>;

export type AmbassadorCommand = AppointAmbassador | LogWeeklyWork | CorrectWeeklyWork | DepartAmbassador;
