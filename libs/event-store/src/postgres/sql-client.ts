/**
 * The little the PostgreSQL adapter needs from a connection: the same SQL runs on a `pg` pool
 * (PostgreSQL server) and on PGlite (embedded), so the adapter is written once.
 */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Loads `csv` (PostgreSQL's CSV format, no header, a line per row, fields in `columns` order)
   * into `table` with COPY: the cheapest way to write many rows, for the server to parse as well.
   * `table` and `columns` must be plain identifiers (they are written into the statement).
   */
  copyFrom(table: string, columns: readonly string[], csv: string): Promise<void>;
}

/** The COPY statement of `copyFrom`, reading from `source` (STDIN on a server, a blob on PGlite). */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

export interface SqlClient extends SqlExecutor {
  /**
   * A statement run often, kept prepared under `name` on each server connection so it is parsed
   * and planned once per connection; PGlite runs it as it runs any query.
   */
  queryPrepared<Row = Record<string, unknown>>(name: string, text: string, params: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Many sessions (a server) or one (embedded): decides what the adapter can promise. */
  readonly kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}
