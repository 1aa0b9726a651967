/**
 * A small typed client for the API's own GraphQL endpoint: one POST per operation, the bearer
 * token of the session, and errors turned into `ApiError` with the codes of DESIGN.md 6
 * (BAD_USER_INPUT and PRIVACY name the field, DOMAIN_RULE the rule). Messages come from the API
 * in Dutch and are shown as they are, next to the field they name.
 */

export interface ApiProblem {
  readonly message: string;
  /** BAD_USER_INPUT, FORBIDDEN, UNAUTHENTICATED, NOT_FOUND, CONFLICT, DOMAIN_RULE, PRIVACY, ... or NETWORK. */
  readonly code: string;
  /** The input field the problem is about, such as `hours` or `activities[0].text`. */
  readonly field?: string;
  readonly rule?: string;
  /** PRIVACY: what kind of identifying data was found (bsn, email, phone). */
  readonly dataKind?: string;
}

export class ApiError extends Error {
  constructor(readonly problems: readonly ApiProblem[], readonly status?: number) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'ApiError';
  }

  has(code: string): boolean {
    return this.problems.some((p) => p.code === code);
  }
}

export const NETWORK_PROBLEM = 'NETWORK';

interface GraphqlBody<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly {
    readonly message: string;
    readonly extensions?: Readonly<Record<string, unknown>>;
  }[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function toProblem(error: { readonly message: string; readonly extensions?: Readonly<Record<string, unknown>> }): ApiProblem {
  const ext = error.extensions ?? {};
  const field = text(ext['field']);
  const rule = text(ext['rule']);
  const dataKind = text(ext['dataKind']);
  return {
    message: error.message,
    code: text(ext['code']) ?? 'INTERNAL_SERVER_ERROR',
    ...(field === undefined ? {} : { field }),
    ...(rule === undefined ? {} : { rule }),
    ...(dataKind === undefined ? {} : { dataKind }),
  };
}

/** Any fetch of the API: a failure to reach it becomes an ApiError with code NETWORK. */
export async function apiFetch(path: string, init: RequestInit, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  try {
    return await fetch(path, { ...init, headers });
  } catch (error) {
    throw new ApiError([{ code: NETWORK_PROBLEM, message: (error as Error).message }]);
  }
}

export async function graphqlRequest<Data>(
  document: string, variables: Readonly<Record<string, unknown>> | undefined, token: string | undefined,
): Promise<Data> {
  const response = await apiFetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, ...(variables ? { variables } : {}) }),
  }, token);
  let body: GraphqlBody<Data>;
  try {
    body = (await response.json()) as GraphqlBody<Data>;
  } catch {
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR';
    throw new ApiError([{ code, message: response.statusText }], response.status);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map(toProblem), response.status);
  if (body.data === undefined || body.data === null) {
    throw new ApiError([{ code: 'INTERNAL_SERVER_ERROR', message: response.statusText }], response.status);
  }
  return body.data;
}

/** What every mutation answers (MutationPayload). */
export interface MutationResult {
  readonly aggregateId: string;
  readonly createdId: string | null;
  readonly revision: number;
  readonly position: string;
  readonly eventCount: number;
}

export const MUTATION_RESULT = 'aggregateId createdId revision position eventCount';

/** `mutation($input: XInput!) { x(input: $input) { ...payload } }` for a mutation of the contract. */
export function mutationDocument(name: string): string {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  return `mutation ${inputType.replace(/Input$/, '')}($input: ${inputType}!) { ${name}(input: $input) { ${MUTATION_RESULT} } }`;
}

/** A fresh idempotency key: one per thing the user means to do, kept when the same attempt is sent again. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
