/**
 * The one place read models take personal data out of an event's `person` field (the field the
 * security layer will encrypt per person). Once it does, these two functions decrypt, and answer
 * `null` for a person whose key was deleted (forgotten): read models then show no name at all.
 * Keep every read of a name or e-mail address going through here.
 */

export function personName(person: unknown): string | null {
  return textField(person, 'name');
}

export function personEmail(person: unknown): string | null {
  return textField(person, 'email');
}

function textField(person: unknown, field: 'name' | 'email'): string | null {
  if (typeof person !== 'object' || person === null) return null;
  const value = (person as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : null;
}
