import { ruleBroken, Person } from '@leerkring/domain';
import type { SqlClient } from '@leerkring/event-store';
import { LRUCache } from 'lru-cache';
import { DataKey } from './data-key';
import { masterKeyFingerprint, newDataKey, unwrapDataKey, wrapDataKey } from './personal-data-cipher';

/**
 * One data key per person, wrapped by the master key, in the PostgreSQL (or embedded) database
 * the application reads from: beside the event store on PostgreSQL and embedded, the read
 * database when the events live in EventStoreDB. Forgetting a person deletes the key and leaves
 * a tombstone (subject id and time, no key), so the id can never get a new key: old envelopes
 * stay unreadable and no new personal data is stored under a forgotten id.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS person_keys (
  subject_id   text PRIMARY KEY,
  wrapped_key  bytea,
  created_at   timestamptz NOT NULL DEFAULT now(),
  forgotten_at timestamptz,
  CONSTRAINT person_keys_key_or_tombstone CHECK ((wrapped_key IS NULL) = (forgotten_at IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS person_keys_master (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  fingerprint text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);`;

/** What the key store holds for a person. */
export type PersonKeyStatus = 'held' | 'forgotten' | 'unknown';

export class MasterKeyMismatchError extends Error {
  override readonly name = 'MasterKeyMismatchError';
  constructor() {
    super('LEERKRING_MASTER_KEY is not the key the person keys in this database were wrapped with: '
      + 'start with the original key (personal data would otherwise be unreadable, and new keys mixed in)');
  }
}

interface KeyRow {
  readonly subject_id: string;
  readonly wrapped: string | null;
}

/** Unwrapped keys kept in memory, by person: every projector reads every batch, each unwrap costs. */
const UNWRAPPED_CACHE_SIZE = 20_000;

/** How wrapped keys travel as text, both ways (hex: encode() writes it on one line). */
const WRAPPED_TEXT = 'hex';
const WRAPPED_COLUMN = `encode(wrapped_key, '${WRAPPED_TEXT}') AS wrapped`;

/** Wrapped keys by person, as `WRAPPED_TEXT`; `null` for a tombstone. */
function rowsByPerson(rows: readonly KeyRow[]): Map<string, string | null> {
  return new Map(rows.map((row) => [row.subject_id, row.wrapped]));
}

export class PersonKeys {
  /**
   * Only saves unwrapping: every lookup still asks the table which keys exist, so a key deleted
   * by any process is gone for every reader at once, and a cached key is used only while its
   * wrapped bytes are still stored.
   */
  private readonly unwrapped = new LRUCache<string, DataKey>({ max: UNWRAPPED_CACHE_SIZE });

  private constructor(private readonly sql: SqlClient, private readonly masterKey: Buffer) {}

  /** Creates the tables when missing and refuses a master key other than the one in use. */
  static async open(sql: SqlClient, masterKey: Buffer): Promise<PersonKeys> {
    const fingerprint = masterKeyFingerprint(masterKey);
    const stored = await sql.transaction(async (tx) => {
      // Two processes starting at once must not both run CREATE TABLE.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('leerkring.person_keys'))`);
      await tx.exec(SCHEMA);
      await tx.query(
        'INSERT INTO person_keys_master (fingerprint) VALUES ($1) ON CONFLICT (singleton) DO NOTHING', [fingerprint],
      );
      return tx.query<{ fingerprint: string }>('SELECT fingerprint FROM person_keys_master');
    });
    if (stored[0]?.fingerprint !== fingerprint) throw new MasterKeyMismatchError();
    return new PersonKeys(sql, masterKey);
  }

  /**
   * Data keys to encrypt with, made for persons who have none yet. A forgotten person's id is
   * refused: storing new personal data under it would make the forgetting partial.
   */
  async keysForSealing(subjects: readonly string[]): Promise<Map<string, DataKey>> {
    const wanted = [...new Set(subjects)];
    // One round trip: a new key is offered for each person, stored for those who have none, and
    // the keys of the others are read. A key stored by a concurrent writer after this statement
    // began is in neither half: it is read on its own below.
    const offered = wanted.map((subject) => wrapDataKey(newDataKey(), this.masterKey, subject).toString(WRAPPED_TEXT));
    const found = await this.sql.query<KeyRow>(
      `WITH made AS (
         INSERT INTO person_keys (subject_id, wrapped_key)
         SELECT subject, decode(wrapped, '${WRAPPED_TEXT}') FROM unnest($1::text[], $2::text[]) AS k(subject, wrapped)
         ON CONFLICT (subject_id) DO NOTHING
         RETURNING subject_id, wrapped_key
       )
       SELECT subject_id, ${WRAPPED_COLUMN} FROM made
       UNION ALL
       SELECT subject_id, ${WRAPPED_COLUMN} FROM person_keys WHERE subject_id = ANY($1::text[])`,
      [wanted, offered],
    );
    const rows = rowsByPerson(found);
    const raced = wanted.filter((subject) => !rows.has(subject));
    for (const [subject, wrapped] of await this.rows(raced)) rows.set(subject, wrapped);
    const keys = new Map<string, DataKey>();
    for (const subject of wanted) {
      const wrapped = rows.get(subject);
      if (wrapped === undefined) throw new Error(`no key was stored for ${subject}`);
      if (wrapped === null) {
        throw ruleBroken(Person.PersonRule.forgotten,
          'Deze persoon is vergeten: onder dit id worden geen persoonsgegevens meer bewaard. Gebruik een nieuw id.');
      }
      keys.set(subject, this.unwrap(wrapped, subject));
    }
    return keys;
  }

  /** Data keys to decrypt with; `null` for a person who was forgotten (or never had a key). */
  async keysForOpening(subjects: readonly string[]): Promise<Map<string, DataKey | null>> {
    const wanted = [...new Set(subjects)];
    const rows = await this.rows(wanted);
    return new Map(wanted.map((subject) => {
      const wrapped = rows.get(subject);
      return [subject, wrapped ? this.unwrap(wrapped, subject) : null];
    }));
  }

  async status(subject: string): Promise<PersonKeyStatus> {
    const rows = await this.rows([subject]);
    if (!rows.has(subject)) return 'unknown';
    return rows.get(subject) === null ? 'forgotten' : 'held';
  }

  /**
   * Deletes the person's key, keeping the tombstone. Answers what there was before: `unknown`
   * changes nothing (no tombstone for an id that never had personal data).
   */
  async forget(subject: string): Promise<PersonKeyStatus> {
    this.unwrapped.delete(subject);
    const [before] = await this.sql.query<{ status: PersonKeyStatus }>(
      `WITH before AS (
         SELECT CASE WHEN wrapped_key IS NULL THEN 'forgotten' ELSE 'held' END AS status
           FROM person_keys WHERE subject_id = $1
       ), erased AS (
         UPDATE person_keys SET wrapped_key = NULL, forgotten_at = now()
          WHERE subject_id = $1 AND wrapped_key IS NOT NULL
       )
       SELECT status FROM before`,
      [subject],
    );
    // Again: a read that was under way may have put it back (harmless, never used: its bytes are gone).
    this.unwrapped.delete(subject);
    return before?.status ?? 'unknown';
  }

  private async rows(subjects: readonly string[]): Promise<Map<string, string | null>> {
    if (subjects.length === 0) return new Map();
    return rowsByPerson(await this.sql.query<KeyRow>(
      `SELECT subject_id, ${WRAPPED_COLUMN} FROM person_keys WHERE subject_id = ANY($1::text[])`,
      [subjects],
    ));
  }

  private unwrap(wrapped: string, subject: string): DataKey {
    const cached = this.unwrapped.get(subject);
    if (cached?.wrapped === wrapped) return cached;
    const key = new DataKey(wrapped, unwrapDataKey(Buffer.from(wrapped, WRAPPED_TEXT), this.masterKey, subject));
    this.unwrapped.set(subject, key);
    return key;
  }
}
