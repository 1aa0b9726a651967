import type { SqlClient, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from './projector';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function quoteSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`"${schema}" is not a plain schema name`);
  return `"${schema}"`;
}

/** Points unqualified names of this transaction at `schema` (then `public`). */
export async function useSchema(tx: SqlExecutor, schema: string): Promise<void> {
  await tx.query(`SET LOCAL search_path TO ${quoteSchema(schema)}, public`);
}

/**
 * Creates `schema` afresh and the projector's tables in it, without the indexes only queries need:
 * those follow once the build has caught up (`createQueryIndexes`).
 */
export async function createProjectorSchema(tx: SqlExecutor, projector: Projector, schema: string): Promise<void> {
  await tx.exec(`DROP SCHEMA IF EXISTS ${quoteSchema(schema)} CASCADE; CREATE SCHEMA ${quoteSchema(schema)};`);
  await useSchema(tx, schema);
  await tx.exec(projector.ddl);
}

/** Makes the projector's query indexes in `schema` where missing (a no-op once they exist). */
export async function createQueryIndexes(sql: SqlClient, projector: Projector, schema: string): Promise<void> {
  const { indexes } = projector;
  if (!indexes) return;
  await sql.transaction(async (tx) => {
    await useSchema(tx, schema);
    await tx.exec(indexes);
  });
}

/** The events of a batch this projector handles, in order. */
export function eventsFor<E extends { type: string }>(projector: Projector, events: readonly E[]): E[] {
  const types = new Set(projector.eventTypes);
  return events.filter((e) => types.has(e.type));
}
