import type { Message } from '../shared/decider';
import type { Person } from './person';

/** The only event with personal data: `person` is the field the security layer encrypts. */
export type DeveloperAppointed = Message<'DeveloperAppointed', {
  developerId: string;
  person: Person;
  appointedOn: string;
}>;

export type DeveloperAssignedToRegion = Message<'DeveloperAssignedToRegion', {
  developerId: string;
  regionId: string;
}>;

export type DeveloperReleasedFromRegion = Message<'DeveloperReleasedFromRegion', {
  developerId: string;
  regionId: string;
}>;

export type DeveloperEvent = DeveloperAppointed | DeveloperAssignedToRegion | DeveloperReleasedFromRegion;
