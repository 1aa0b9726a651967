import type { Decider } from '../shared/decider';
import type { EventSchema } from '../shared/upcasting';
import type { PersonCommand } from './commands';
import { decide } from './decide';
import type { PersonEvent } from './events';
import { evolve } from './evolve';
import { initialPersonState, type PersonState } from './state';

export type * from './commands';
export type * from './events';
export { PERSON_EVENT_TYPES } from './events';
export type { PersonState } from './state';
export { initialPersonState } from './state';
export { PersonRule } from './rules';
export type { PersonRuleName } from './rules';
export { FORGOTTEN_NAME, PERSONAL_DATA_FIELDS, forgottenPerson } from './personal-data';
export type { PersonalDataField } from './personal-data';

/**
 * A person whose personal data the platform holds (ambassador, developer, participant), as far as
 * privacy goes: the one thing that happens to a person as such is being forgotten.
 */
export const decider: Decider<PersonState, PersonCommand, PersonEvent> = {
  initialState: initialPersonState,
  decide,
  evolve,
};

export const streamName = (personId: string): string => `person-${personId.toLowerCase()}`;

/** All Person events are at version 1. */
export const eventSchema: EventSchema = { versions: {}, upcasters: [] };
