import type { Pool } from 'pg';

/**
 * The plainest read of an events table: every row in pages of 1,000 by position, no ordering
 * fence, no decoding. Answers how many rows it read.
 */
export async function pageByPosition(pool: Pool, table: 'es_events' | 'bench_raw'): Promise<number> {
  let after = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query(`SELECT * FROM ${table} WHERE position > $1 ORDER BY position LIMIT 1000`, [after]);
    if (rows.length === 0) return count;
    count += rows.length;
    after = String(rows[rows.length - 1].position);
  }
}

/** The middle value of a bench's repeated runs (sorts `values`). */
export const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
