import { privacyRefused, type DomainError } from './domain-error';
import { findBirthDates } from './privacy-birth-date';
import { findBsns, findPhoneNumbers, type Span } from './privacy-numbers';

/**
 * The privacy guard on free text (DESIGN.md 5): case-based learning stays anonymous, so a text
 * that holds data identifying a client is refused before anything is stored. There is no way
 * around it for a user; the patterns are tuned instead, so that ordinary Dutch youth-care text
 * passes (see `privacy-guard.corpus.ts`, and "Privacy guard" in docs/command-side.md).
 */

export const PRIVACY_DATA_KINDS = ['bsn', 'email', 'phone', 'birth-date'] as const;
export type PrivacyDataKind = (typeof PRIVACY_DATA_KINDS)[number];

export interface PrivacyFinding extends Span {
  readonly kind: PrivacyDataKind;
}

/** `jan@example.nl`, and the `jan(at)example.nl` people write to dodge spam filters. */
const EMAIL = new RegExp([
  '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+',
  '(?:@|\\s?[[(]at[\\])]\\s?)',
  '[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}-])',
].join(''), 'giu');

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Spaces and dashes people paste from word processors (no-break and thin spaces, en and em
 * dashes) read as their plain kind. One character for one, so the offsets stay those of the text.
 */
function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\uff20/g, '@');
}

/**
 * Earlier kinds claim their text first: a phone number holds 9-digit stretches that could pass
 * the 11-proef by chance, and an e-mail address may hold digits of any kind.
 */
const FINDERS: readonly (readonly [PrivacyDataKind, (text: string) => Span[]])[] = [
  ['email', findEmails],
  ['phone', findPhoneNumbers],
  ['bsn', findBsns],
  ['birth-date', findBirthDates],
];

/** Every stretch of `text` that identifies a client, in the order of the text. */
export function scanForIdentifyingData(text: string): PrivacyFinding[] {
  const plain = normalise(text);
  const findings: PrivacyFinding[] = [];
  for (const [kind, find] of FINDERS) {
    for (const span of find(plain)) {
      if (!findings.some((f) => span.start < f.end && f.start < span.end)) findings.push({ kind, ...span });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

const DESCRIBED: Readonly<Record<PrivacyDataKind, string>> = {
  bsn: 'een BSN',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  'birth-date': 'een geboortedatum',
};

/**
 * Refuses a free text that identifies a client: kind `privacy`, rule `privacy-<kind>`, the field,
 * and the kind of the first finding. The message names what kinds were found and never the
 * text itself: that is exactly the data that must not travel further (logs, error trackers).
 */
export function privacyRefusal(field: string, text: string): DomainError | undefined {
  const findings = scanForIdentifyingData(text);
  const first = findings[0];
  if (first === undefined) return undefined;
  const kinds = [...new Set(findings.map((f) => DESCRIBED[f.kind]))];
  const listed = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} en ${kinds[kinds.length - 1]}`;
  return privacyRefused(
    field,
    first.kind,
    `Het veld ${field} bevat iets dat op ${listed} lijkt; `
      + 'beschrijf de casus zonder gegevens die een cliënt herkenbaar maken.',
  );
}

/** The check every decider runs on free text (through `requireText`): throws the refusal. */
export function assertNoIdentifyingData(field: string, text: string): void {
  const refusal = privacyRefusal(field, text);
  if (refusal) throw refusal;
}
