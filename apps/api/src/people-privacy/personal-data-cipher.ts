import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The cryptography of crypto-shredding (docs/crypto-shredding.md), with no I/O: AES-256-GCM from
 * `node:crypto`, a data key per person, data keys wrapped by the master key.
 */

const ALGORITHM = 'aes-256-gcm';
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * What replaces a personal field in a stored event. `subject` is the person's id (already in the
 * event, not personal data); everything that names or reaches the person is in `data`.
 */
export interface PersonalDataEnvelope {
  readonly $pd: 1;
  readonly subject: string;
  readonly iv: string;
  readonly data: string;
  readonly tag: string;
}

/** Where a sealed value belongs: bound into the ciphertext, so an envelope cannot be moved. */
export interface SealContext {
  readonly subject: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly field: string;
}

/** A ciphertext that does not open: altered, moved to another event, or under another key. */
export class PersonalDataIntegrityError extends Error {
  override readonly name = 'PersonalDataIntegrityError';
}

export function isPersonalDataEnvelope(value: unknown): value is PersonalDataEnvelope {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['$pd'] === 1;
}

export const newDataKey = (): Buffer => randomBytes(KEY_BYTES);

/**
 * Encrypts `value` (as JSON) for one field of one event. The IV is synthetic: derived from the
 * context and the plaintext under a key of its own (HMAC-SHA256, as AES-GCM-SIV does; Node 20's
 * OpenSSL 3.0 has no GCM-SIV). So sealing the same value for the same event again gives the same
 * envelope, and the store's idempotent append (same id, same data) keeps answering a repeated
 * append as the original. Two different plaintexts never share an IV under one key except by a
 * 2^-96 chance, which is what GCM needs.
 */
export function sealPersonalData(
  value: unknown, dataKey: Buffer, context: SealContext, ivKey: Buffer = ivKeyOf(dataKey),
): PersonalDataEnvelope {
  const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
  const aad = additionalData(context);
  const iv = syntheticIv(ivKey, aad, plaintext);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    $pd: 1,
    subject: context.subject,
    iv: iv.toString('base64'),
    data: data.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The value sealed in `envelope`; `PersonalDataIntegrityError` when it does not authenticate. */
export function openPersonalData(envelope: PersonalDataEnvelope, dataKey: Buffer, context: SealContext): unknown {
  return JSON.parse(openPersonalDataText(envelope, dataKey, context)) as unknown;
}

/** As `openPersonalData`, the JSON text. */
export function openPersonalDataText(envelope: PersonalDataEnvelope, dataKey: Buffer, context: SealContext): string {
  if (envelope.subject !== context.subject) {
    throw new PersonalDataIntegrityError(`${context.eventType} ${context.eventId}: envelope of another person`);
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, Buffer.from(envelope.iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(context));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
    return plaintext.toString('utf8');
  } catch (error) {
    throw new PersonalDataIntegrityError(
      `${context.eventType} ${context.eventId}: personal data does not authenticate (${(error as Error).message})`,
    );
  }
}

/** A data key encrypted under the master key, bound to its person: iv (12) | tag (16) | key (32). */
export function wrapDataKey(dataKey: Buffer, masterKey: Buffer, subject: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, masterKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`leerkring person key v1|${subject}`, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), wrapped]);
}

/** Throws `PersonalDataIntegrityError` for another master key, another person's row or altered bytes. */
export function unwrapDataKey(wrapped: Buffer, masterKey: Buffer, subject: string): Buffer {
  if (wrapped.length !== IV_BYTES + TAG_BYTES + KEY_BYTES) {
    throw new PersonalDataIntegrityError(`the key of ${subject} has ${wrapped.length} bytes`);
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, masterKey, wrapped.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`leerkring person key v1|${subject}`, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PersonalDataIntegrityError(`the key of ${subject} does not unwrap: another master key, or altered`);
  }
}

/** Identifies a master key without revealing it: stored beside the keys it wrapped. */
export function masterKeyFingerprint(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('leerkring master key fingerprint v1').digest('base64');
}

function additionalData({ subject, eventId, eventType, field }: SealContext): Buffer {
  return Buffer.from(JSON.stringify(['leerkring personal data v1', eventType, field, subject, eventId]), 'utf8');
}

/** The key the synthetic IVs of a data key are made with (HKDF-SHA256, its own label). */
export function ivKeyOf(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'leerkring personal data iv v1', KEY_BYTES));
}

function syntheticIv(ivKey: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(aad.length);
  return createHmac('sha256', ivKey).update(length).update(aad).update(plaintext).digest().subarray(0, IV_BYTES);
}
