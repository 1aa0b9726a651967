import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '../projector';

/**
 * A projector for engine tests: one row per applied event (no key, so a duplicate shows up as
 * a second row), and optionally a type it refuses, to play a poisoned event.
 */
export function ledgerProjector(options: { name?: string; version?: number; poisonType?: string; extraColumn?: boolean } = {}): Projector {
  const extra = options.extraColumn ? ', version_two boolean NOT NULL DEFAULT true' : '';
  return {
    name: options.name ?? 'ledger',
    version: options.version ?? 1,
    schema: `rm_${(options.name ?? 'ledger').replace(/-/g, '_')}`,
    eventTypes: ['Counted', 'Poison'],
    ddl: `CREATE TABLE ledger (event_id text NOT NULL, stream_name text NOT NULL, revision integer NOT NULL, position text NOT NULL${extra});`,
    indexes: 'CREATE INDEX IF NOT EXISTS ledger_by_stream ON ledger (stream_name, revision);',
    async apply(events: readonly RecordedEvent[], tx: SqlExecutor) {
      if (options.poisonType && events.some((e) => e.type === options.poisonType)) {
        throw new Error(`cannot apply ${options.poisonType}`);
      }
      await tx.query(
        `INSERT INTO ledger (event_id, stream_name, revision, position)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])`,
        [events.map((e) => e.id), events.map((e) => e.streamName), events.map((e) => e.revision), events.map((e) => e.position)],
      );
    },
  };
}
