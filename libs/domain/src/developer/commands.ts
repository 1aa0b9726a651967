import type { Message } from '../shared/decider';

export type AppointDeveloper = Message<'AppointDeveloper', {
  developerId: string;
  person: { name: string; email?: string | null };
  appointedOn: string;
}>;

/** Facts the command handler looks up in other streams; never taken from the client. */
export interface AssignDeveloperToRegionFacts {
  /** The stream `region-{regionId}` holds a `RegionRegistered` event. */
  readonly regionExists: boolean;
}

export type AssignDeveloperToRegion = Message<'AssignDeveloperToRegion', {
  developerId: string;
  regionId: string;
}> & { readonly facts: AssignDeveloperToRegionFacts };

export type ReleaseDeveloperFromRegion = Message<'ReleaseDeveloperFromRegion', {
  developerId: string;
  regionId: string;
}>;

export type DeveloperCommand = AppointDeveloper | AssignDeveloperToRegion | ReleaseDeveloperFromRegion;
