import { createHash } from 'node:crypto';

/**
 * Namespace of Leerkring's event ids. Fixed for ever: changing it changes every derived id, and a
 * client retrying a command accepted before the change would append its events a second time.
 */
export const EVENT_ID_NAMESPACE = '3c9b1f0e-6a7d-4e52-9f1b-2d8c5a4e7b60';

/** A name-based UUID (version 5, SHA-1) as RFC 9562 section 5.5 defines it. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the `index`-th event a command with this idempotency key appends to this stream.
 * The same command sent again gets the same ids, which is what makes appends idempotent.
 */
export function eventIdFor(idempotencyKey: string, streamName: string, index: number): string {
  return uuidV5(`${idempotencyKey}|${streamName}|${index}`, EVENT_ID_NAMESPACE);
}
