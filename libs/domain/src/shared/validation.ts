import { invalidInput } from './domain-error';
import { assertNoIdentifyingData } from './privacy-guard';

/** Field checks shared by every aggregate: each names the field and the rule it breaks. */

function checkLength(field: string, value: string, options: { max: number; min?: number }): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const min = options.min ?? 1;
  if (text.length < min) throw invalidInput(field, 'text-required', `${field} mag niet leeg zijn`);
  if (text.length > options.max) {
    throw invalidInput(field, 'text-too-long', `${field} mag hoogstens ${options.max} tekens bevatten`);
  }
  return text;
}

/**
 * A free text. Every free text passes the privacy guard here, in the decider's own validation,
 * so a text that identifies a client is refused before any event exists and a new text field
 * is guarded without anyone having to remember it.
 */
export function requireText(field: string, value: string, options: { max: number; min?: number }): string {
  const text = checkLength(field, value, options);
  assertNoIdentifyingData(field, text);
  return text;
}

/** The fields of a person's own record: `person.name`, `person.email` (also nested, `x.person.name`). */
export type PersonField = 'person.name' | 'person.email' | `${string}.person.name` | `${string}.person.email`;

/**
 * A field of the record of a person Leerkring knows (developer, ambassador, participant). It
 * holds that person's name or e-mail address by design, travels only in the event's `person`
 * field, which is encrypted per person and erasable (DESIGN.md 5), so it is no free text and the
 * privacy guard does not apply. The type admits person fields only.
 */
export function requirePersonText(field: PersonField, value: string, options: { max: number }): string {
  return checkLength(field, value, options);
}

/** An optional field of a person's record; see `requirePersonText`. */
export function optionalPersonText(field: PersonField, value: string | null | undefined, max: number): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return checkLength(field, value, { max });
}

export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidInput(field, 'value-not-allowed', `${field} moet een van deze waarden zijn: ${allowed.join(', ')}`);
  }
  return value as T;
}

export function requireAllOf<T extends string>(
  field: string, values: readonly string[], allowed: readonly T[], options: { min?: number } = {},
): T[] {
  if (!Array.isArray(values)) throw invalidInput(field, 'list-required', `${field} moet een lijst zijn`);
  if (values.length < (options.min ?? 0)) {
    throw invalidInput(field, 'too-few-values', `${field} moet minstens ${options.min} waarde(n) bevatten`);
  }
  const checked = values.map((v) => requireOneOf(field, v, allowed));
  if (new Set(checked).size !== checked.length) {
    throw invalidInput(field, 'duplicate-values', `${field} bevat een waarde meer dan eens`);
  }
  return checked;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists. */
export function requireDate(field: string, value: string): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw invalidInput(field, 'date-format', `${field} moet een datum zijn als 2024-04-01`);
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalidInput(field, 'date-invalid', `${field} is geen bestaande datum`);
  }
  return value;
}

// One formatter for all calls: building an Intl formatter costs far more than formatting with it.
const dutchCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
});

const HOUR_MS = 3_600_000;
/** The last hour formatted: projectors date every event, and a batch's events share their hours. */
let lastHour: { readonly hour: number; readonly date: string } | undefined;

/**
 * The calendar date of an instant in the Netherlands' time zone, as `YYYY-MM-DD`. Amsterdam's
 * offsets from UTC are whole hours, so every instant of one UTC hour has the same date there.
 */
export function dutchDate(instant: Date): string {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (lastHour?.hour !== hour) lastHour = { hour, date: dutchCalendar.format(instant) };
  return lastHour.date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireUuid(field: string, value: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw invalidInput(field, 'uuid-format', `${field} moet een UUID zijn`);
  }
  return value.toLowerCase();
}

/** An optional free text: absent, `null` or only spaces means "not given". */
export function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return requireText(field, value, { max });
}

/** A date `YYYY-MM-DD` that is not after today's date in the Netherlands. */
export function requirePastOrToday(field: string, value: string, now: Date): string {
  const date = requireDate(field, value);
  if (date > dutchDate(now)) {
    throw invalidInput(field, 'date-in-future', `${field} mag niet in de toekomst liggen`);
  }
  return date;
}
