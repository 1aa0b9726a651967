import type { Message } from '../shared/decider';

/**
 * The person's key is deleted: their name and e-mail address can no longer be read from any
 * event. Carries no personal data itself. Read models blank the person's rows when they see it;
 * a rebuild gets the same result because the key is gone.
 */
export type PersonForgotten = Message<'PersonForgotten', {
  personId: string;
  /** `YYYY-MM-DD`, Dutch calendar day. */
  forgottenOn: string;
}>;

export type PersonEvent = PersonForgotten;

export const PERSON_EVENT_TYPES = ['PersonForgotten'] as const satisfies readonly PersonEvent['type'][];
