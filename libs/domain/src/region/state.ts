export interface SupportPeriod {
  readonly periodId: string;
  readonly startsOn: string;
  /** `null` while the period is open. */
  readonly endsOn: string | null;
}

export interface RegisteredRegion {
  readonly status: 'registered';
  readonly regionId: string;
  readonly slug: string;
  readonly name: string;
  readonly province: string;
  readonly municipalities: readonly string[];
  readonly planIds: readonly string[];
  /** Oldest first; at most the last one is open. */
  readonly supportPeriods: readonly SupportPeriod[];
}

export type RegionState = { readonly status: 'unregistered' } | RegisteredRegion;

export const initialRegionState = (): RegionState => ({ status: 'unregistered' });

/** Municipality names are compared case- and whitespace-insensitively ('Etten-Leur' = 'etten-leur'). */
export const municipalityKey = (name: string): string =>
  name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

export const openSupportPeriod = (state: RegisteredRegion): SupportPeriod | undefined => {
  const last = state.supportPeriods[state.supportPeriods.length - 1];
  return last && last.endsOn === null ? last : undefined;
};
