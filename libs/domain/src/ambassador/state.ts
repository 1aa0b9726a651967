import type { AmbassadorBackground, AmbassadorScope } from '../shared/vocabulary';
import type { WeeklyWork } from './weekly-work';

/** No personal data in the state: nothing is decided on a name. */
export interface AmbassadorProfile {
  readonly ambassadorId: string;
  readonly scope: AmbassadorScope;
  readonly regionId: string | null;
  readonly background: AmbassadorBackground;
  readonly hoursPerWeek: number;
  readonly appointedOn: string;
  /** The ISO week of `appointedOn`: the first week that may be logged. */
  readonly appointedWeek: string;
  /** The current content of every logged week, by ISO week. */
  readonly logs: Readonly<Record<string, WeeklyWork>>;
}

export type ActiveAmbassador = AmbassadorProfile & { readonly status: 'active' };
export type DepartedAmbassador = AmbassadorProfile & { readonly status: 'departed'; readonly departedOn: string };

export type AmbassadorState = { readonly status: 'unappointed' } | ActiveAmbassador | DepartedAmbassador;

export const initialAmbassadorState = (): AmbassadorState => ({ status: 'unappointed' });
