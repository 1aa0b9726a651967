import { Person } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';

/**
 * The one place read models take personal data out of an event's `person` field. The events
 * projectors get are already decrypted by the store the application reads through
 * (docs/crypto-shredding.md); a forgotten person arrives as `Person.forgottenPerson()`, so the
 * name reads `verwijderd` and the e-mail address `null`. Keep every read of a name or e-mail
 * address going through here.
 */

export function personName(person: unknown): string | null {
  return textField(person, 'name');
}

export function personEmail(person: unknown): string | null {
  return textField(person, 'email');
}

function textField(person: unknown, field: 'name' | 'email'): string | null {
  if (typeof person !== 'object' || person === null) return null;
  if ('$pd' in person) {
    // Fail loudly (the projector stops at this event) rather than store a person without a name.
    throw new Error('encrypted personal data reached a projector: events must be read through the personal-data store');
  }
  const value = (person as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A batch split into the events to evolve and the ids of the persons forgotten in it. */
export function splitForgotten(recorded: readonly RecordedEvent[]): { events: RecordedEvent[]; forgotten: string[] } {
  const events: RecordedEvent[] = [];
  const forgotten: string[] = [];
  for (const event of recorded) {
    if (event.type === 'PersonForgotten') forgotten.push((event.data as Person.PersonForgotten['data']).personId);
    else events.push(event);
  }
  return { events, forgotten };
}

/**
 * Blanks the personal data of forgotten persons in `table` (unqualified: the projector's schema).
 * Run after the batch's rows are flushed, so a row written earlier in the same batch is blanked too.
 */
export async function blankForgotten(
  tx: SqlExecutor, table: string, idColumn: string, personIds: readonly string[],
): Promise<void> {
  if (personIds.length === 0) return;
  await tx.query(
    `UPDATE ${table} SET name = $2, email = NULL WHERE ${idColumn} = ANY($1::text[])`,
    [personIds, Person.FORGOTTEN_NAME],
  );
}
