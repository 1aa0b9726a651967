import type { Principal } from '../command-side/command-context';

/**
 * Personal data in answers (DESIGN.md 5): names and e-mail addresses of ambassadors, developers
 * and participants. Every such field is resolved through `personalData`, and nowhere else, so
 * that the security issue can decide per field, per role and per person in this one function
 * (a regio-ambassadeur may not read personal data of others). Until then it answers what the read
 * model holds, which is `null` for a person who was forgotten (crypto-shredding).
 *
 * The schema marks each such field with `PERSONAL_NAME` or `PERSONAL_EMAIL` in its description.
 */

export type PersonKind = 'ambassador' | 'developer' | 'participant';
export type PersonalField = 'name' | 'email';

export interface PersonRef {
  readonly kind: PersonKind;
  readonly id: string;
}

export function personalData(
  _principal: Principal, _person: PersonRef, _field: PersonalField, value: string | null,
): string | null {
  return value;
}

export const PERSONAL_NAME = 'PERSOONSGEGEVEN: de naam (leeg als de persoon vergeten is).';
export const PERSONAL_EMAIL = 'PERSOONSGEGEVEN: het e-mailadres (leeg als onbekend of vergeten). '
  + 'Wordt per rol afgeschermd zodra de beveiliging dat regelt.';
