/**
 * Shapes the answer of a batch read for DataLoader: one entry per requested key, in the order
 * of the keys, whatever order or duplicates the keys come in.
 */

/** One row per key, or `null` where no row has that key. */
export function alignByKey<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): (Row | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows per key (in the rows' order), an empty list where there are none. */
export function groupByKey<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): Row[][] {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The distinct keys, for the `IN` list of the batch statement. */
export const distinct = (keys: readonly string[]): string[] => [...new Set(keys)];
