import { DevIssuer } from '../../security/dev-issuer';
import type { Principal } from '../../command-side/command-context';

export interface GraphqlHttpError {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>> & { readonly code?: string };
}

/** What a client saw: an answer (with or without errors), or no answer at all. */
export type HttpOutcome =
  | { readonly kind: 'answer'; readonly status: number; readonly data: Record<string, unknown> | null; readonly errors: readonly GraphqlHttpError[] }
  | { readonly kind: 'no-answer'; readonly reason: string };

export async function bearerFor(dataDir: string, principal: Principal): Promise<string> {
  const issuer = await DevIssuer.inFolder(dataDir);
  return `Bearer ${(await issuer.mint(principal, { audience: 'leerkring', expiresInSeconds: 4 * 3600 })).token}`;
}

/** POSTs one GraphQL operation; a refused or dropped connection or a timeout is `no-answer`. */
export async function postGraphql(
  url: string, authorization: string, query: string, variables?: Record<string, unknown>, timeoutMs = 15_000,
): Promise<HttpOutcome> {
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: 'no-answer', reason: describe(error) };
  }
  let body: { data?: Record<string, unknown> | null; errors?: GraphqlHttpError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch (error) {
    // The process died while answering, or something that is not the API answered.
    return { kind: 'no-answer', reason: `unreadable answer (HTTP ${response.status}): ${describe(error)}` };
  }
  return { kind: 'answer', status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export const codesOf = (outcome: HttpOutcome): string[] =>
  outcome.kind === 'answer' ? outcome.errors.map((e) => String(e.extensions?.code ?? 'NO_CODE')) : [];

export interface MutationPayload {
  readonly aggregateId: string;
  readonly revision: number;
  readonly position: string;
  readonly eventCount: number;
}

/** `mutation { name(input: $input) { payload } }` for a mutation whose input type is `NameInput`. */
export function mutationDocument(name: string): string {
  return `mutation Send($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { aggregateId revision position eventCount } }`;
}

export function payloadOf(outcome: HttpOutcome, name: string): MutationPayload | undefined {
  if (outcome.kind !== 'answer' || outcome.errors.length > 0) return undefined;
  return (outcome.data?.[name] as MutationPayload | undefined) ?? undefined;
}
