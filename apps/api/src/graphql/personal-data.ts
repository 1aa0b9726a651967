import type { Principal } from '../command-side/command-context';

/**
 * Personal data in answers (DESIGN.md 5): names and e-mail addresses of ambassadors, developers
 * and participants. Every such field is resolved through `personalData`, and nowhere else: this
 * is the one place that decides, per role and per person, who reads what (docs/security.md).
 *
 * | reader                      | own | names of ambassadors, developers | their e-mail | participants          |
 * |-----------------------------|-----|----------------------------------|--------------|-----------------------|
 * | beheerder                   | yes | yes                              | yes          | yes                   |
 * | ontwikkelaar                | yes | yes                              | no           | in own regions' circles |
 * | landelijk-ambassadeur, vng  | yes | yes                              | no           | no                    |
 * | regio-ambassadeur           | yes | no                               | no           | no                    |
 *
 * Withheld data answers `null`. A forgotten person (crypto-shredding, docs/crypto-shredding.md)
 * reads as the name `verwijderd` and no e-mail address, for everyone.
 *
 * The schema marks each such field with `PERSONAL_NAME` or `PERSONAL_EMAIL` in its description.
 */

export type PersonKind = 'ambassador' | 'developer' | 'participant';
export type PersonalField = 'name' | 'email';

export interface PersonRef {
  readonly kind: PersonKind;
  readonly id: string;
  /** For a participant: the region of the circle, which an ontwikkelaar's claim must hold. */
  readonly regionId?: string | null;
}

function mayRead(principal: Principal, person: PersonRef, field: PersonalField): boolean {
  if (principal.role === 'beheerder' || principal.actorId === person.id) return true;
  if (person.kind === 'participant') {
    return principal.role === 'ontwikkelaar' && !!person.regionId && (principal.regionIds ?? []).includes(person.regionId);
  }
  // Ambassadors and developers are the programme's staff: their names, not their addresses.
  return field === 'name' && principal.role !== 'regio-ambassadeur';
}

export function personalData(
  principal: Principal, person: PersonRef, field: PersonalField, value: string | null,
): string | null {
  return mayRead(principal, person, field) ? value : null;
}

export const PERSONAL_NAME = 'PERSOONSGEGEVEN: de naam ("verwijderd" als de persoon vergeten is; leeg als uw rol hem niet mag zien).';
export const PERSONAL_EMAIL = 'PERSOONSGEGEVEN: het e-mailadres (leeg als onbekend, vergeten, of als uw rol het niet mag zien).';
