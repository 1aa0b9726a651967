import { invalidInput } from '../shared/domain-error';
import { requirePersonText } from '../shared/validation';

/**
 * Personal data of a person the platform knows (developer, ambassador). It travels only in the
 * `person` field of the event that introduces the person, so the security layer can encrypt
 * exactly this field per person and erase it by deleting the key (crypto-shredding).
 */
export interface Person {
  name: string;
  email?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `field` is the command's name for the person (`person`); errors name `person.name` etc. */
export function requirePerson(
  field: 'person' | `${string}.person`, value: { name: string; email?: string | null } | undefined,
): Person {
  const name = requirePersonText(`${field}.name`, value?.name ?? '', { max: 120 });
  const rawEmail = typeof value?.email === 'string' ? value.email.trim() : '';
  if (rawEmail === '') return { name };
  if (rawEmail.length > 254 || !EMAIL.test(rawEmail)) {
    throw invalidInput(`${field}.email`, 'email-format', `${field}.email is geen geldig e-mailadres`);
  }
  return { name, email: rawEmail };
}
