import { uuidV5 } from '../command-side/deterministic-event-id';
import type { Principal } from '../command-side/command-context';
import type { CommandInput } from './command.input';

/**
 * Namespace of ids the API chooses for a client. Fixed for ever: changing it changes the id a
 * retried mutation gets, and the retry would create a second aggregate.
 */
export const GENERATED_ID_NAMESPACE = '9f4d2c71-3b8e-4a65-8c1f-5e0a7d6b2c93';

/**
 * The id a creating mutation uses: the client's own when it gave one, else one derived from who
 * sends it, the mutation and its idempotency key. Derived, not random, because a retry with the
 * same key must address the same stream: only then does the command side recognise the retry and
 * answer it with the first payload instead of creating a second circle.
 */
export function idFor(
  given: string | null | undefined,
  purpose: string,
  principal: Principal,
  input: Pick<CommandInput, 'idempotencyKey'>,
): string {
  if (given !== undefined && given !== null) return given;
  return uuidV5(`${purpose}|${principal.actorId}|${input.idempotencyKey}`, GENERATED_ID_NAMESPACE);
}
