import { START, type EventStore, type SqlClient } from '@leerkring/event-store';

/**
 * For the forget-person tests: where, if anywhere, personal data is still readable. Searches
 * case-insensitively, so `Zonnebloem` is found in `zonnebloem@voorbeeld.nl` too.
 */

export interface TableScan {
  /** `schema.table.column holds "needle"` for every hit. */
  readonly findings: string[];
  /** Every `schema.table` searched (base tables of every schema but the catalogues). */
  readonly tables: string[];
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

interface ColumnRow {
  readonly table_schema: string;
  readonly table_name: string;
  readonly column_name: string;
  readonly data_type: string;
}

/** Every text, character, JSON, array and bytea column of every table, for every needle. */
export async function scanTables(sql: SqlClient, needles: readonly string[]): Promise<TableScan> {
  const columns = await sql.query<ColumnRow>(
    `SELECT c.table_schema, c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
      ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, ColumnRow[]>();
  for (const column of columns) {
    const table = `${column.table_schema}.${column.table_name}`;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  const findings: string[] = [];
  for (const [table, tableColumns] of byTable) {
    const { table_schema: schema, table_name: name } = tableColumns[0]!;
    const tests = tableColumns.map((column, i) => {
      const ref = quote(column.column_name);
      // bytea as text is hex: look for the needle's bytes instead.
      const hit = column.data_type === 'bytea'
        ? `position(convert_to($1, 'UTF8') in ${ref}) > 0`
        : `strpos(lower(${ref}::text), lower($1)) > 0`;
      return `coalesce(bool_or(${hit}), false) AS c${i}`;
    });
    for (const needle of needles) {
      const [row] = await sql.query<Record<string, boolean>>(
        `SELECT ${tests.join(', ')} FROM ${quote(schema)}.${quote(name)}`, [needle],
      );
      tableColumns.forEach((column, i) => {
        if (row?.[`c${i}`]) findings.push(`${table}.${column.column_name} holds "${needle}"`);
      });
    }
  }
  return { findings, tables: [...byTable.keys()] };
}

/** Every event the store holds, as stored (type, data, metadata), for every needle. */
export async function scanEvents(raw: EventStore, needles: readonly string[]): Promise<{ findings: string[]; events: number }> {
  const findings: string[] = [];
  let events = 0;
  for (let after = START; ;) {
    const page = await raw.readAll({ after, maxCount: 500 });
    for (const event of page) {
      const stored = JSON.stringify({ stream: event.streamName, type: event.type, data: event.data, metadata: event.metadata }).toLowerCase();
      for (const needle of needles) {
        if (stored.includes(needle.toLowerCase())) findings.push(`${event.type} ${event.id} holds "${needle}"`);
      }
    }
    events += page.length;
    if (page.length < 500) break;
    after = page[page.length - 1]!.position;
  }
  return { findings, events };
}
