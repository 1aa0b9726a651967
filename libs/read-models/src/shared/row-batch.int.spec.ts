import { PgliteSqlClient } from '@leerkring/event-store';
import { defineTable, insertRows, RowBatch } from './row-batch';

interface MemberRow {
  group_id: string;
  member_id: string;
  tags: string[];
  joined_on: string;
  left_at: string | null;
}

const members = defineTable<MemberRow>()({
  table: 'members',
  key: ['group_id', 'member_id'],
  columns: { group_id: true, member_id: true, tags: true, joined_on: true, left_at: true },
});

describe('RowBatch', () => {
  let sql: PgliteSqlClient;
  beforeAll(async () => {
    sql = await PgliteSqlClient.open();
  });
  beforeEach(() => sql.exec(`DROP TABLE IF EXISTS members; CREATE TABLE members (
    group_id text, member_id text, tags text[] NOT NULL, joined_on date NOT NULL, left_at timestamptz,
    PRIMARY KEY (group_id, member_id))`));
  afterAll(() => sql.close());

  const row = (member_id: string, extra: Partial<MemberRow> = {}): MemberRow =>
    ({ group_id: 'g', member_id, tags: ['a'], joined_on: '2024-03-01', left_at: null, ...extra });
  const stored = () => sql.query<{ row: MemberRow }>('SELECT to_jsonb(m) AS row FROM members m ORDER BY member_id')
    .then((rows) => rows.map((r) => r.row));

  it('writes the outcome of many changes with one delete and one upsert, keeping types', async () => {
    await sql.transaction(async (tx) => {
      const batch = new RowBatch(members);
      batch.put(row('1'));
      batch.put(row('2'));
      batch.update({ group_id: 'g', member_id: '2' }, (r) => ({ ...r, tags: ['a', 'b'], left_at: '2024-01-01T10:00:00.000Z' }));
      batch.put(row('3'));
      batch.remove({ group_id: 'g', member_id: '3' });
      batch.update({ group_id: 'g', member_id: 'unknown' }, (r) => ({ ...r, tags: ['never'] }));
      await batch.flush(tx);
    });
    expect(await stored()).toEqual([
      row('1'),
      row('2', { tags: ['a', 'b'], left_at: '2024-01-01T10:00:00+00:00' }),
    ]);
  });

  it('loads stored rows once, changes them in memory and deletes or re-adds them', async () => {
    await sql.transaction((tx) => insertRows(tx, members, [row('1'), row('2'), row('3')]));
    const statements: string[] = [];
    await sql.transaction(async (tx) => {
      const counting = { ...tx, query: <R>(text: string, params?: readonly unknown[]) => { statements.push(text); return tx.query<R>(text, params); } };
      const batch = new RowBatch(members);
      await batch.load(counting, [{ group_id: 'g', member_id: '1' }, { group_id: 'g', member_id: '2' }, { group_id: 'g', member_id: '9' }]);
      await batch.load(counting, [{ group_id: 'g', member_id: '1' }]);
      expect(batch.get({ group_id: 'g', member_id: '1' })).toEqual(row('1'));
      expect(batch.get({ group_id: 'g', member_id: '9' })).toBeUndefined();
      batch.update({ group_id: 'g', member_id: '1' }, (r) => ({ ...r, joined_on: '2024-04-01' }));
      batch.remove({ group_id: 'g', member_id: '2' });
      batch.put(row('2', { tags: [] }));
      batch.remove({ group_id: 'g', member_id: '3' });
      expect(batch.get({ group_id: 'g', member_id: '3' })).toBeUndefined();
      await batch.flush(counting);
    });
    expect(statements).toHaveLength(3);
    expect(await stored()).toEqual([row('1', { joined_on: '2024-04-01' }), row('2', { tags: [] })]);
  });

  it('refuses table and column names that are not plain identifiers', () => {
    expect(() => defineTable<{ a: string }>()({ table: 'x; DROP TABLE y', key: ['a'], columns: { a: true } })).toThrow('plain SQL identifier');
  });
});
