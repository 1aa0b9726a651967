import type { Message } from '../shared/decider';
import type { AmbassadorAppointed } from '../ambassador/events';
import type { DeveloperAppointed } from '../developer/events';
import type { ParticipantAdded } from '../circle/events';

/**
 * Where personal data sits in stored events (DESIGN.md 5): the one field of an event type that
 * holds a person's name and e-mail address, and the field naming whose they are. The application
 * encrypts exactly these fields per person before an event is stored and decrypts them when it
 * is read back (crypto-shredding, docs/crypto-shredding.md). A new event type that carries
 * personal data must be listed here, or its personal data would be stored in the clear.
 *
 * The paths are those of the stored shape: an upcaster that moves such a field must keep the
 * stored path listed as well.
 */
export interface PersonalDataField {
  /** The field holding the personal data (`person`: `{ name, email? }`). */
  readonly field: string;
  /** The field holding the id of the person it belongs to: the subject whose key encrypts it. */
  readonly subject: string;
}

type FieldsOf<E extends Message> = {
  readonly field: keyof E['data'] & string;
  readonly subject: keyof E['data'] & string;
};

export const PERSONAL_DATA_FIELDS: Readonly<Record<string, PersonalDataField>> = {
  AmbassadorAppointed: { field: 'person', subject: 'ambassadorId' } satisfies FieldsOf<AmbassadorAppointed>,
  DeveloperAppointed: { field: 'person', subject: 'developerId' } satisfies FieldsOf<DeveloperAppointed>,
  ParticipantAdded: { field: 'person', subject: 'participantId' } satisfies FieldsOf<ParticipantAdded>,
};

/** What every read model and export shows instead of the name of a person who was forgotten. */
export const FORGOTTEN_NAME = 'verwijderd';

/**
 * The `person` of a forgotten person as every reader sees it: the name says `verwijderd`, the
 * e-mail address is gone. It has the shape of a person, so deciders and projectors need no
 * special case to go on working with the rest of the event.
 */
export const forgottenPerson = (): { readonly name: string } => ({ name: FORGOTTEN_NAME });
