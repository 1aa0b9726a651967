import {
  ivKeyOf, openPersonalDataText, sealPersonalData, type PersonalDataEnvelope, type SealContext,
} from './personal-data-cipher';

/** Opened values a key remembers: a person's personal data sits in a handful of events. */
const OPENED_PER_PERSON = 16;

/**
 * One person's unwrapped data key, as the key store hands it out and caches it. Every projector
 * reads every event, so each opened envelope is remembered (as JSON text, parsed afresh for
 * each reader) under everything it consists of: an altered envelope is never answered from here.
 * Forgetting the person drops this object, and with it what it remembers.
 */
export class DataKey {
  private ivKey: Buffer | undefined;
  private readonly opened = new Map<string, string>();

  constructor(
    /** The wrapped key as stored (base64): the cached key is used only while the row still holds it. */
    readonly wrapped: string,
    private readonly key: Buffer,
  ) {}

  seal(value: unknown, context: SealContext): PersonalDataEnvelope {
    this.ivKey ??= ivKeyOf(this.key);
    return sealPersonalData(value, this.key, context, this.ivKey);
  }

  open(envelope: PersonalDataEnvelope, context: SealContext): unknown {
    const memo = JSON.stringify([context.eventId, context.eventType, context.field, context.subject, envelope]);
    let text = this.opened.get(memo);
    if (text === undefined) {
      text = openPersonalDataText(envelope, this.key, context);
      if (this.opened.size < OPENED_PER_PERSON) this.opened.set(memo, text);
    }
    return JSON.parse(text) as unknown;
  }
}
