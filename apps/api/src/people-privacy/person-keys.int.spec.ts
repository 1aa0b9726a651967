import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError } from '@leerkring/domain';
import { PgliteSqlClient } from '@leerkring/event-store';
import { PersonalDataIntegrityError } from './personal-data-cipher';
import { MasterKeyMismatchError, PersonKeys } from './person-keys';

describe('the key store of personal data (embedded)', () => {
  let sql: PgliteSqlClient;
  let keys: PersonKeys;
  const master = randomBytes(32);

  beforeAll(async () => {
    sql = await PgliteSqlClient.open();
    keys = await PersonKeys.open(sql, master);
  });
  afterAll(() => sql.close());

  it('makes one key per person, once, also when asked concurrently', async () => {
    const anna = randomUUID();
    const bram = randomUUID();
    expect(await keys.status(anna)).toBe('unknown');
    const all = await Promise.all([keys.keysForSealing([anna, bram, anna]), keys.keysForSealing([anna])]);
    const context = { subject: anna, eventId: randomUUID(), eventType: 'ParticipantAdded', field: 'person' };
    const sealed = all[1].get(anna)!.seal({ name: 'Anna de Vries' }, context);
    expect(all[0].get(anna)!.open(sealed, context)).toEqual({ name: 'Anna de Vries' });
    expect((await keys.keysForOpening([anna])).get(anna)!.open(sealed, context)).toEqual({ name: 'Anna de Vries' });
    expect(all[0].get(anna)!.wrapped).not.toBe(all[0].get(bram)!.wrapped);
    expect(() => all[0].get(bram)!.open(sealed, { ...context, subject: bram })).toThrow(PersonalDataIntegrityError);
    const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM person_keys WHERE subject_id = $1', [anna]);
    expect(row!.n).toBe(1);
    expect(await keys.status(anna)).toBe('held');
  });

  it('deletes the key when a person is forgotten, keeps a tombstone and refuses new personal data for them', async () => {
    const anna = randomUUID();
    await keys.keysForSealing([anna]);
    expect(await keys.forget(anna)).toBe('held');
    expect(await keys.forget(anna)).toBe('forgotten');
    expect(await keys.status(anna)).toBe('forgotten');
    expect((await keys.keysForOpening([anna])).get(anna)).toBeNull();
    const refusal = await keys.keysForSealing([anna]).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'rule', rule: 'person-forgotten' });
    expect(await sql.query('SELECT wrapped_key, forgotten_at IS NOT NULL AS forgotten FROM person_keys WHERE subject_id = $1', [anna]))
      .toEqual([{ wrapped_key: null, forgotten: true }]);
  });

  it('leaves an id it never held a key for alone', async () => {
    const nobody = randomUUID();
    expect(await keys.forget(nobody)).toBe('unknown');
    expect(await keys.status(nobody)).toBe('unknown');
    expect((await keys.keysForOpening([nobody])).get(nobody)).toBeNull();
  });

  it('tells an altered key apart from a deleted one', async () => {
    const anna = randomUUID();
    await keys.keysForSealing([anna]);
    await sql.query(`UPDATE person_keys SET wrapped_key = set_byte(wrapped_key, 40, get_byte(wrapped_key, 40) # 1) WHERE subject_id = $1`, [anna]);
    await expect(keys.keysForOpening([anna])).rejects.toThrow(PersonalDataIntegrityError);
  });

  it('refuses to start with another master key than the one the keys were wrapped with', async () => {
    await expect(PersonKeys.open(sql, randomBytes(32))).rejects.toThrow(MasterKeyMismatchError);
    await expect(PersonKeys.open(sql, randomBytes(32))).rejects.toThrow(/LEERKRING_MASTER_KEY/);
    await expect(PersonKeys.open(sql, Buffer.from(master))).resolves.toBeInstanceOf(PersonKeys);
  });
});
