import type { Projector } from '@leerkring/projections';
import { projectorTestBed } from '@leerkring/projections/testing';
import { createReadDataSource } from '@leerkring/projections';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { StoryEvent } from './domain-story.fixtures';

export type ProjectorTestBed = Awaited<ReturnType<typeof projectorTestBed>>;

/** Every row of the tables, as JSON, in a stable order: what two rebuilds must agree on. */
export async function rowsOf(bed: ProjectorTestBed, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await bed.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

/**
 * Projects the same events into two fresh databases, once as one batch and once cut into the
 * given batch sizes (repeated), and answers the rows of both: they must be equal, because a
 * projector is deterministic and may not depend on where the engine cuts batches.
 */
export async function projectTwice(
  projector: Projector, events: readonly StoryEvent[], tables: readonly string[], sizes: readonly number[] = [1, 3, 2],
): Promise<{ whole: Record<string, unknown[]>; cut: Record<string, unknown[]> }> {
  const whole = await projectorTestBed(projector);
  const cut = await projectorTestBed(projector);
  try {
    await whole.apply(events);
    for (let at = 0, i = 0; at < events.length; i++) {
      const size = sizes[i % sizes.length] ?? 1;
      await cut.apply(events.slice(at, at + size));
      at += size;
    }
    return { whole: await rowsOf(whole, tables), cut: await rowsOf(cut, tables) };
  } finally {
    await whole.close();
    await cut.close();
  }
}

/**
 * A TypeORM data source over the test bed's embedded session, for testing query classes.
 * It shares that one session: release every query runner before calling `bed.query`.
 */
export async function readDataSourceOver(
  bed: ProjectorTestBed,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
): Promise<DataSource> {
  return createReadDataSource({ kind: 'pglite', client: bed.sql }, { entities, migrations: [] }).initialize();
}
