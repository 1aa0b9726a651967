import { invalidInput } from '../shared/domain-error';
import { optionalPersonText, requirePersonText, requireUuid } from '../shared/validation';
import { CircleLimits, CircleRules } from './rules';
import type { Person } from './events';

/** Field checks of this aggregate beyond `shared/validation`; each names its field. */
import { optionalText, requirePastOrToday } from '../shared/validation';
import { requireRegionId } from '../region/region-id';

export { optionalText, requirePastOrToday, requireRegionId };


export function optionalUuid(field: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return requireUuid(field, value);
}


export function requireCount(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput(field, CircleRules.countInvalid, `${field} moet een geheel getal van 0 of meer zijn`);
  }
  return value;
}

/** A list of distinct UUIDs, normalised to lower case. */
export function requireUuidList(field: string, values: readonly string[], options: { min: number }): string[] {
  if (!Array.isArray(values)) throw invalidInput(field, 'list-required', `${field} moet een lijst zijn`);
  if (values.length < options.min) {
    throw invalidInput(field, 'too-few-values', `${field} moet minstens ${options.min} waarde(n) bevatten`);
  }
  const ids = values.map((v) => requireUuid(field, v));
  if (new Set(ids).size !== ids.length) {
    throw invalidInput(field, 'duplicate-values', `${field} bevat een waarde meer dan eens`);
  }
  return ids;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requirePerson(person: { readonly name: string; readonly email?: string } | undefined): Person {
  const name = requirePersonText('person.name', person?.name ?? '', { max: CircleLimits.name });
  const email = optionalPersonText('person.email', person?.email, CircleLimits.email);
  if (email !== undefined && !EMAIL.test(email)) {
    throw invalidInput('person.email', CircleRules.emailFormat, 'person.email is geen geldig e-mailadres');
  }
  return email === undefined ? { name } : { name, email };
}

/** Case- and spacing-insensitive key, for "is this the same person of the same organisation". */
export function sameNameKey(name: string, organisation: string): string {
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return `${norm(name)}\u0000${norm(organisation)}`;
}
