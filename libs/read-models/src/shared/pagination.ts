/**
 * Forward cursor pagination (`first`, `after`) over a keyset, shared by every read model's list
 * query and shaped like a GraphQL connection (edges with cursors, page info).
 *
 * How to use it in a query class:
 * 1. `const size = pageSize(first)` checks and clamps `first`;
 * 2. `const key = after === undefined ? undefined : decodeCursor('circles', after, ['string', 'string'])`
 *    turns the cursor back into the keyset values of the row it was made from;
 * 3. select `size + 1` rows ordered by the keyset, strictly after `key` (a row comparison such as
 *    `(started_on, id) < ($1, $2)` for a descending order);
 * 4. `toConnection(rows, size, (row) => encodeCursor('circles', [row.startedOn, row.id]), after)`.
 *
 * A cursor names its connection (`kind`), so a cursor of one list handed to another is refused
 * instead of silently paging somewhere else. Cursors are opaque to clients (base64url of JSON)
 * but not secret: they hold only the sort key of a row the client has already seen.
 */

export type CursorPart = 'string' | 'number';
export type CursorValues<Shape extends readonly CursorPart[]> = {
  -readonly [I in keyof Shape]: Shape[I] extends 'number' ? number : string;
};

/** A pagination argument the client got wrong; the edge answers BAD_USER_INPUT with `field`. */
export class PaginationInputError extends Error {
  override readonly name = 'PaginationInputError';
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly field: 'first' | 'after', message: string) {
    super(message);
  }
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  /** Forward paging only: true when the page starts after a cursor (the Relay approximation). */
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfo;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as a page size: absent means the default; negative, fractional or too large is refused. */
export function pageSize(
  first: number | null | undefined,
  limits: { readonly default?: number; readonly max?: number } = {},
): number {
  const max = limits.max ?? MAX_PAGE_SIZE;
  if (first === undefined || first === null) return Math.min(limits.default ?? DEFAULT_PAGE_SIZE, max);
  if (!Number.isSafeInteger(first) || first < 0) {
    throw new PaginationInputError('first', 'first moet een geheel getal van 0 of meer zijn');
  }
  if (first > max) throw new PaginationInputError('first', `first mag hoogstens ${max} zijn`);
  return first;
}

export function encodeCursor(kind: string, values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...values]), 'utf8').toString('base64url');
}

/** The keyset values a cursor of connection `kind` was made from; refuses anything else. */
export function decodeCursor<const Shape extends readonly CursorPart[]>(
  kind: string,
  cursor: string,
  shape: Shape,
): CursorValues<Shape> {
  const invalid = () => new PaginationInputError('after', 'after is geen geldige cursor voor deze lijst');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== kind) throw invalid();
  const values = parsed.slice(1);
  const fits = values.every((value, i) =>
    shape[i] === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string');
  if (!fits) throw invalid();
  return values as CursorValues<Shape>;
}

/**
 * Turns `rows` (selected with a limit of `size + 1`, in keyset order) into a connection: the
 * extra row only says that a next page exists and is not returned.
 */
export function toConnection<T>(
  rows: readonly T[],
  size: number,
  cursorOf: (row: T) => string,
  after?: string | null,
): Connection<T> {
  const edges = rows.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== undefined && after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
