import type { Message } from '../shared/decider';

/** Facts the command handler looks up; never taken from the client. */
export interface ForgetPersonFacts {
  /**
   * A key was ever made for this person (it may already be deleted): the platform holds or held
   * personal data of them. An id no event ever named personal data for is not a person to forget.
   */
  readonly personKnown: boolean;
}

/** forgetPerson (beheerder): erase a person's personal data everywhere (DESIGN.md 5). */
export type ForgetPerson = Message<'ForgetPerson', {
  personId: string;
}> & { readonly facts: ForgetPersonFacts };

export type PersonCommand = ForgetPerson;
