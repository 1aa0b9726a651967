export interface AppointedDeveloper {
  readonly status: 'appointed';
  readonly developerId: string;
  readonly appointedOn: string;
  /** The regions whose circles the developer may start and run (CBS codes). */
  readonly regionIds: readonly string[];
}

/** Personal data stays out of the state: deciders never need a name to decide. */
export type DeveloperState = { readonly status: 'unappointed' } | AppointedDeveloper;

export const initialDeveloperState = (): DeveloperState => ({ status: 'unappointed' });

/** For the circle rules: a developer starts and runs circles only in assigned regions. */
export function isAssignedTo(state: DeveloperState, regionId: string): boolean {
  return state.status === 'appointed' && state.regionIds.includes(regionId);
}
