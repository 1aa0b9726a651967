import type { SqlClient, SqlExecutor } from '@leerkring/event-store';
import { defineTable, insertRows, RowBatch } from './row-batch';

/** What the COPY path and the JSON path must both store unchanged, on PGlite and on a server. */
interface SampleRow {
  id: string;
  label: string;
  note: string | null;
  tags: string[];
  member_ids: string[] | null;
  day: string;
  at: string;
  count: number;
  ratio: number;
  flag: boolean;
  details: unknown;
}

const samples = defineTable<SampleRow>()({
  table: 'samples',
  key: ['id'],
  columns: {
    id: true, label: true, note: true, tags: true, member_ids: true, day: true, at: true, count: true, ratio: true,
    flag: true, details: 'json',
  },
});

const SAMPLES_DDL = `DROP TABLE IF EXISTS samples; CREATE TABLE samples (
  id text PRIMARY KEY, label text NOT NULL, note text, tags text[] NOT NULL, member_ids uuid[], day date NOT NULL,
  at timestamptz NOT NULL, count integer NOT NULL, ratio numeric NOT NULL, flag boolean NOT NULL, details jsonb NOT NULL)`;

const awkward = [
  'plain', '', ' spaces around ', 'comma, and "quotes"', 'line\nbreak', 'crlf\r\nline', 'back\\slash', 'tab\there',
  '\\.', 'NULL', '\\N', 'é ü ß — 👩‍⚕️', '{braces}', '"', '""', ',',
];

/** One row per awkward text, in every column that holds text, and the edges of the other types. */
export function sampleRows(prefix: string): SampleRow[] {
  return awkward.map((text, i) => ({
    id: `${prefix}${i}${text}`,
    label: text,
    note: i % 3 === 0 ? null : text,
    tags: i % 4 === 0 ? [] : [text, `${text}2`, 'NULL', 'a,b', 'x"y', 'back\\slash'],
    member_ids: i % 2 === 0 ? null : ['3f8a6c1e-0d2b-4c9e-9a51-7b2d4e6f8a10', '00000000-0000-4000-8000-000000000000'],
    day: '2026-02-28',
    at: '2026-03-29T01:30:00.000Z',
    count: i - 5,
    ratio: i / 8,
    flag: i % 2 === 0,
    details: { text, nested: [text, null, { deep: true }], number: 1.25 },
  }));
}

async function stored(sql: SqlClient, prefix: string): Promise<SampleRow[]> {
  const rows = await sql.query<{ row: SampleRow }>(
    `SELECT json_build_object('id', id, 'label', label, 'note', note, 'tags', tags, 'member_ids', member_ids,
       'day', day, 'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'count', count,
       'ratio', ratio, 'flag', flag, 'details', details) AS row
     FROM samples WHERE starts_with(id, $1) ORDER BY id COLLATE "C"`,
    [prefix],
  );
  return rows.map((r) => r.row);
}

const byId = (rows: SampleRow[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Records the statements a batch sends, by kind, and passes them on. */
function recording(tx: SqlExecutor, seen: string[]): SqlExecutor {
  return {
    query: (text, params) => { seen.push(/ON CONFLICT/.test(text) ? 'upsert' : text.trimStart().split(/\s/)[0]!); return tx.query(text, params); },
    exec: (script) => tx.exec(script),
    copyFrom: (table, columns, csv) => { seen.push('copy'); return tx.copyFrom(table, columns, csv); },
  };
}

/** The checks both suites run: `open` gives a client on an empty database. */
export function describeCopyRows(open: () => Promise<SqlClient>, dispose: (sql: SqlClient) => Promise<void>): void {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = await open();
  });
  beforeEach(() => sql.exec(SAMPLES_DDL));
  afterAll(() => dispose(sql));

  it('stores every awkward value written with COPY as the JSON upsert stores it', async () => {
    await sql.transaction((tx) => insertRows(tx, samples, sampleRows('copy-')));
    await sql.transaction(async (tx) => {
      const batch = new RowBatch(samples);
      for (const row of sampleRows('json-')) batch.put(row);
      await batch.flush(tx);
    });
    const viaCopy = await stored(sql, 'copy-');
    const viaJson = await stored(sql, 'json-');
    expect(viaCopy).toEqual(byId(sampleRows('copy-')));
    expect(viaJson.map((r) => ({ ...r, id: r.id.replace(/^json-/, '') })))
      .toEqual(viaCopy.map((r) => ({ ...r, id: r.id.replace(/^copy-/, '') })));
  });

  it('copies the rows whose key it looked for and did not find, and upserts the ones it found', async () => {
    const [first, second, third] = sampleRows('k-');
    await sql.transaction((tx) => insertRows(tx, samples, [first!]));
    const seen: string[] = [];
    await sql.transaction(async (tx) => {
      const batch = new RowBatch(samples);
      const recorder = recording(tx, seen);
      await batch.load(recorder, [{ id: first!.id }, { id: second!.id }]);
      batch.update({ id: first!.id }, (row) => ({ ...row, count: 99 }));
      batch.put(second!);
      await batch.flush(recorder);
      // Flushed once, the new row is stored: a second flush of it must not copy it again.
      batch.put({ ...second!, label: 'changed' });
      batch.put(third!);
      await batch.flush(recorder);
    });
    expect(seen).toEqual(['SELECT', 'copy', 'upsert', 'upsert']);
    expect(await stored(sql, 'k-')).toEqual(byId([{ ...first!, count: 99 }, { ...second!, label: 'changed' }, third!]));
  });

  it('leaves nothing behind when a copied row breaks a rule of the table', async () => {
    const rows = sampleRows('bad-');
    await expect(sql.transaction((tx) => insertRows(tx, samples, [...rows, rows[0]!]))).rejects.toThrow(/duplicate key|unique/);
    expect(await stored(sql, 'bad-')).toEqual([]);
  });
}
