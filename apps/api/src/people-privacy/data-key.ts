import {
  ivKeyOf, openPersonalDataText, sealPersonalData, type PersonalDataEnvelope, type SealContext,
} from './personal-data-cipher';

/** Opened values a key remembers: a person's personal data sits in a handful of events. */
const OPENED_PER_PERSON = 16;

/** An envelope opened before, with where it was opened for. */
interface Opened {
  readonly eventType: string;
  readonly subject: string;
  readonly iv: string;
  readonly data: string;
  readonly tag: string;
  /** The value as JSON text, parsed afresh for each reader. */
  readonly text: string;
}

/**
 * One person's unwrapped data key, as the key store hands it out and caches it. Projectors that
 * follow the head each read every event, so each opened envelope is remembered by its event and
 * field, and answered from memory only while everything it consists of is the same: an altered
 * envelope is never answered from here. Forgetting the person drops this object, and with it
 * what it remembers.
 */
export class DataKey {
  private ivKey: Buffer | undefined;
  private readonly opened = new Map<string, Opened>();

  constructor(
    /** The wrapped key as stored (hex): the cached key is used only while the row still holds it. */
    readonly wrapped: string,
    private readonly key: Buffer,
  ) {}

  seal(value: unknown, context: SealContext): PersonalDataEnvelope {
    this.ivKey ??= ivKeyOf(this.key);
    return sealPersonalData(value, this.key, context, this.ivKey);
  }

  open(envelope: PersonalDataEnvelope, context: SealContext): unknown {
    // Comparing the parts costs a fraction of serialising the envelope into a lookup key.
    const memo = `${context.eventId}\u0000${context.field}`;
    const known = this.opened.get(memo);
    if (known && known.eventType === context.eventType && known.subject === context.subject
      && known.iv === envelope.iv && known.data === envelope.data && known.tag === envelope.tag) {
      return JSON.parse(known.text) as unknown;
    }
    const text = openPersonalDataText(envelope, this.key, context);
    if (known || this.opened.size < OPENED_PER_PERSON) {
      this.opened.set(memo, {
        eventType: context.eventType, subject: context.subject, iv: envelope.iv, data: envelope.data, tag: envelope.tag, text,
      });
    }
    return JSON.parse(text) as unknown;
  }
}
