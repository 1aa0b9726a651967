import { randomUUID } from 'node:crypto';
import { Person } from '@leerkring/domain';
import type { EventToAppend, RecordedEvent } from '@leerkring/event-store';
import { isPersonalDataEnvelope, type PersonalDataEnvelope, type SealContext } from './personal-data-cipher';
import type { PersonKeys } from './person-keys';

type Data = Readonly<Record<string, unknown>>;

/**
 * `data` with its personal field replaced, for sealing and opening alike: copied, then the field
 * set, because a computed key in a spread literal makes a slow object every projector then reads.
 */
function withPersonalField(data: unknown, field: string, value: unknown): Data {
  const copy: Record<string, unknown> = { ...(data as Data) };
  copy[field] = value;
  return copy;
}

interface PersonalValue {
  readonly field: string;
  readonly subject: string;
  readonly value: unknown;
}

/**
 * The personal field of an event of a listed type, when it holds something. Personal data whose
 * owner the event does not name cannot be encrypted for anyone: refused when sealing (never stored
 * in the clear), left as it is when reading.
 */
function personalValueOf(type: string, data: unknown, sealing: boolean): PersonalValue | undefined {
  const where = Person.PERSONAL_DATA_FIELDS[type];
  if (!where || typeof data !== 'object' || data === null) return undefined;
  const value = (data as Data)[where.field];
  if (value === undefined || value === null) return undefined;
  const subject = (data as Data)[where.subject];
  if (typeof subject !== 'string' || subject === '') {
    if (!sealing) return undefined;
    throw new Error(`${type} holds personal data in ${where.field} but names no ${where.subject}`);
  }
  return { field: where.field, subject, value };
}

/**
 * Replaces personal fields (`Person.PERSONAL_DATA_FIELDS`) by envelopes before events are stored,
 * and envelopes by the personal data when events are read: in a batch, with one key lookup per
 * batch. A person whose key is deleted reads as `Person.forgottenPerson()` (`verwijderd`).
 */
export class PersonalDataCodec {
  constructor(readonly keys: PersonKeys) {}

  async sealEvents(events: readonly EventToAppend[]): Promise<EventToAppend[]> {
    const toSeal = events.map((event) => {
      const personal = personalValueOf(event.type, event.data, true);
      // An envelope passes unchanged: events copied from one store to another stay as they are.
      return personal && !isPersonalDataEnvelope(personal.value) ? personal : undefined;
    });
    if (toSeal.every((personal) => personal === undefined)) return [...events];
    const keys = await this.keys.keysForSealing(toSeal.flatMap((personal) => (personal ? [personal.subject] : [])));
    return events.map((event, index) => {
      const personal = toSeal[index];
      if (!personal) return event;
      // The id is part of what the envelope is bound to, so it is fixed here when the writer left it out.
      const id = event.id ?? randomUUID();
      const context: SealContext = { subject: personal.subject, eventId: id, eventType: event.type, field: personal.field };
      const envelope = keys.get(personal.subject)!.seal(personal.value, context);
      return { ...event, id, data: withPersonalField(event.data, personal.field, envelope) };
    });
  }

  async openEvents(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const sealed = events.map((event) => {
      const personal = personalValueOf(event.type, event.data, false);
      // Not an envelope: written before personal data was encrypted, or by a test; read as it is.
      return personal && isPersonalDataEnvelope(personal.value)
        ? { field: personal.field, subject: personal.subject, envelope: personal.value as PersonalDataEnvelope }
        : undefined;
    });
    if (sealed.every((personal) => personal === undefined)) return [...events];
    const keys = await this.keys.keysForOpening(sealed.flatMap((personal) => (personal ? [personal.subject] : [])));
    return events.map((event, index) => {
      const personal = sealed[index];
      if (!personal) return event;
      const key = keys.get(personal.subject);
      const context: SealContext = { subject: personal.subject, eventId: event.id, eventType: event.type, field: personal.field };
      const value = key ? key.open(personal.envelope, context) : Person.forgottenPerson();
      return { ...event, data: withPersonalField(event.data, personal.field, value) };
    });
  }
}
