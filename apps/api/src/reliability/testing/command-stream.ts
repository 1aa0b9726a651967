import type { AcceptedLedger } from './accepted-ledger';
import { codesOf, mutationDocument, payloadOf, postGraphql, type HttpOutcome } from './graphql-http';
import { sleep } from './wait';

export interface Command {
  readonly name: string;
  /** With its idempotency key: a resend is the same command. */
  readonly input: Readonly<Record<string, unknown>> & { readonly idempotencyKey: string };
  readonly authorization: string;
}

/** A refused or unanswered attempt, kept for the test's assertions. */
export interface Refusal {
  readonly at: number;
  readonly command: string;
  readonly codes: readonly string[];
  readonly retryable: boolean;
  readonly noAnswer?: string;
}

export interface SendOptions {
  /** Where the API is now (it changes when the test restarts it). */
  readonly url: () => string;
  readonly ledger: AcceptedLedger;
  readonly refusals: Refusal[];
  /** Pause before a resend. */
  readonly retryDelayMs?: number;
  /** Gives up (throws) after this long without acceptance. */
  readonly giveUpAfterMs?: number;
}

const retryableOutcome = (outcome: HttpOutcome) =>
  outcome.kind === 'no-answer'
  || (outcome.errors.length > 0 && outcome.errors.every((e) => e.extensions?.['retryable'] === true));

/**
 * Sends a command until it is accepted, as a careful client does: a retryable answer (or none at
 * all, the API gone) is resent with the same idempotency key; any other refusal fails the test.
 */
export async function sendUntilAccepted(command: Command, options: SendOptions): Promise<void> {
  const started = Date.now();
  for (;;) {
    const outcome = await postGraphql(options.url(), command.authorization, mutationDocument(command.name), { input: command.input });
    const payload = payloadOf(outcome, command.name);
    if (payload) {
      options.ledger.record(command.input.idempotencyKey, payload);
      return;
    }
    options.refusals.push({
      at: Date.now(), command: command.name, codes: codesOf(outcome), retryable: retryableOutcome(outcome),
      ...(outcome.kind === 'no-answer' ? { noAnswer: outcome.reason } : {}),
    });
    if (!retryableOutcome(outcome)) {
      throw new Error(`${command.name} ${command.input.idempotencyKey} refused: ${JSON.stringify(outcome).slice(0, 800)}`);
    }
    if (Date.now() - started > (options.giveUpAfterMs ?? 60_000)) {
      throw new Error(`${command.name} ${command.input.idempotencyKey} not accepted within ${options.giveUpAfterMs ?? 60_000} ms`);
    }
    await sleep(options.retryDelayMs ?? 150);
  }
}
