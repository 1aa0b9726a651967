import { randomBytes } from 'node:crypto';
import {
  PersonalDataIntegrityError, isPersonalDataEnvelope, masterKeyFingerprint, newDataKey, openPersonalData,
  sealPersonalData, unwrapDataKey, wrapDataKey, type SealContext,
} from './personal-data-cipher';

const anna = { name: 'Anna de Vries', email: 'anna@example.nl' };
const context: SealContext = {
  subject: '5d0c2a7e-3b1f-4c8a-9e6d-2f4b8a1c7e90', eventId: 'f1c7a5f8-6a0e-5d7c-9b3e-1f2a3b4c5d6e',
  eventType: 'ParticipantAdded', field: 'person',
};

/** The envelope with one base64 part changed in its first byte. */
const altered = (envelope: ReturnType<typeof sealPersonalData>, part: 'iv' | 'data' | 'tag') => {
  const bytes = Buffer.from(envelope[part], 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return { ...envelope, [part]: bytes.toString('base64') };
};

describe('the personal data cipher', () => {
  const key = newDataKey();

  it('seals a person into an envelope that holds no plaintext, and opens it again', () => {
    const envelope = sealPersonalData(anna, key, context);
    expect(isPersonalDataEnvelope(envelope)).toBe(true);
    expect(Object.keys(envelope).sort()).toEqual(['$pd', 'data', 'iv', 'subject', 'tag']);
    expect(JSON.stringify(envelope)).not.toMatch(/Anna|Vries|anna@example/);
    expect(openPersonalData(envelope, key, context)).toEqual(anna);
  });

  it('seals the same value for the same event alike (idempotent appends), and anything else differently', () => {
    const envelope = sealPersonalData(anna, key, context);
    expect(sealPersonalData(anna, key, context)).toEqual(envelope);
    const others = [
      sealPersonalData({ ...anna, name: 'Anna de Vries-Jansen' }, key, context),
      sealPersonalData(anna, key, { ...context, eventId: '0b7c1e52-9a43-4d6e-8f21-3c5a7b9d1e2f' }),
      sealPersonalData(anna, newDataKey(), context),
    ];
    for (const other of others) {
      expect(other.iv).not.toBe(envelope.iv);
      expect(other.data).not.toBe(envelope.data);
    }
  });

  it('detects tampering with the ciphertext, the IV or the tag', () => {
    const envelope = sealPersonalData(anna, key, context);
    for (const part of ['data', 'iv', 'tag'] as const) {
      expect(() => openPersonalData(altered(envelope, part), key, context)).toThrow(PersonalDataIntegrityError);
    }
  });

  it('refuses an envelope moved to another event, field, type or person', () => {
    const envelope = sealPersonalData(anna, key, context);
    const elsewhere: SealContext[] = [
      { ...context, eventId: '0b7c1e52-9a43-4d6e-8f21-3c5a7b9d1e2f' },
      { ...context, eventType: 'DeveloperAppointed' },
      { ...context, field: 'contact' },
    ];
    for (const other of elsewhere) expect(() => openPersonalData(envelope, key, other)).toThrow(PersonalDataIntegrityError);
    const otherPerson = { ...context, subject: '0b7c1e52-9a43-4d6e-8f21-3c5a7b9d1e2f' };
    expect(() => openPersonalData({ ...envelope, subject: otherPerson.subject }, key, otherPerson))
      .toThrow(PersonalDataIntegrityError);
    expect(() => openPersonalData(envelope, newDataKey(), context)).toThrow(PersonalDataIntegrityError);
  });

  it('wraps a data key under the master key, for one person only', () => {
    const master = randomBytes(32);
    const wrapped = wrapDataKey(key, master, context.subject);
    expect(wrapped).toHaveLength(60);
    expect(wrapped.includes(key)).toBe(false);
    expect(unwrapDataKey(wrapped, master, context.subject).equals(key)).toBe(true);
    expect(() => unwrapDataKey(wrapped, master, 'another-person')).toThrow(PersonalDataIntegrityError);
    const tampered = Buffer.from(wrapped);
    tampered[30] = tampered[30]! ^ 0x01;
    expect(() => unwrapDataKey(tampered, master, context.subject)).toThrow(PersonalDataIntegrityError);
  });

  it('refuses to unwrap under a wrong master key, and tells master keys apart by fingerprint', () => {
    const master = randomBytes(32);
    const wrong = randomBytes(32);
    const wrapped = wrapDataKey(key, master, context.subject);
    expect(() => unwrapDataKey(wrapped, wrong, context.subject)).toThrow(/another master key/);
    expect(masterKeyFingerprint(master)).toBe(masterKeyFingerprint(Buffer.from(master)));
    expect(masterKeyFingerprint(wrong)).not.toBe(masterKeyFingerprint(master));
    expect(masterKeyFingerprint(master)).not.toContain(master.toString('base64'));
  });
});
