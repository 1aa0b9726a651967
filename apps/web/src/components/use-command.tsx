import { useRef, useState } from 'react';
import { ApiError, newIdempotencyKey, type ApiProblem, type MutationResult } from '../api/graphql-client';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { placeProblems, type PlacedProblems } from './form-problems';

export interface Command {
  /** Sends the mutation with this attempt's idempotency key; resolves undefined when refused. */
  run(input: Readonly<Record<string, unknown>>): Promise<MutationResult | undefined>;
  /** Refuses in the browser (a number that is no number), shown like the API's refusals. */
  refuse(problems: readonly Omit<ApiProblem, 'code'>[]): void;
  readonly busy: boolean;
  readonly problems: PlacedProblems;
}

/**
 * One form's command: the refusal placed next to the fields (`fields` maps the API's field names
 * to the form's field ids), the form's values untouched on a refusal, and one idempotency key
 * per attempt: kept for a retry, replaced once the command was accepted.
 */
export function useCommand(mutation: string, fields: Readonly<Record<string, string>>): Command {
  const { mutate } = useSession();
  const { t } = useI18n();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);

  const run = async (input: Readonly<Record<string, unknown>>) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await mutate(mutation, { ...input, idempotencyKey: key.current });
      key.current = newIdempotencyKey();
      setError(undefined);
      return result;
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const refuse = (problems: readonly Omit<ApiProblem, 'code'>[]) =>
    setError(new ApiError(problems.map((p) => ({ ...p, code: 'BAD_USER_INPUT' }))));
  return { run, refuse, busy, problems: placeProblems(error, fields, t) };
}
