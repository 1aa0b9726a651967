import { randomUUID } from 'node:crypto';
import { PgliteSqlClient, encodePosition, type EventToAppend, type RecordedEvent } from '@leerkring/event-store';
import { CHECKPOINTS_DDL } from '../engine/checkpoints';
import type { Projector } from '../engine/projector';
import { createProjectorSchema, createQueryIndexes, eventsFor, useSchema } from '../engine/projector-schema';

/**
 * For projector tests: a fresh embedded database with the projector's schema, and a function that
 * applies events to it the way the engine does (one transaction per batch, `search_path` set).
 * Events get stream names, revisions, positions and times from their order unless given.
 */
export async function projectorTestBed(projector: Projector) {
  const sql = await PgliteSqlClient.open();
  // As wherever projectors run: the engine's checkpoints beside the projector's schema.
  await sql.exec(CHECKPOINTS_DDL);
  /** The projector's tables afresh, with their query indexes: a bed ready to be queried. */
  const reset = async () => {
    await sql.transaction((tx) => createProjectorSchema(tx, projector, projector.schema));
    await createQueryIndexes(sql, projector, projector.schema);
  };
  await reset();
  let position = 0n;
  const revisions = new Map<string, number>();

  const record = (event: EventToAppend & { streamName: string; recordedAt?: Date }): RecordedEvent => {
    position += 1n;
    const revision = (revisions.get(event.streamName) ?? -1) + 1;
    revisions.set(event.streamName, revision);
    return {
      id: event.id ?? randomUUID(),
      streamName: event.streamName,
      type: event.type,
      data: event.data,
      metadata: event.metadata ?? {},
      revision,
      position: encodePosition([1n, position, position]),
      recordedAt: event.recordedAt ?? new Date(Date.UTC(2024, 0, 1) + Number(position) * 60_000),
    };
  };

  return {
    sql,
    /** Empties the bed by creating the projector's schema afresh: cheaper than a new embedded database. */
    reset,
    /** Applies the events as one batch; answers them as recorded. */
    async apply(events: ReadonlyArray<EventToAppend & { streamName: string; recordedAt?: Date }>): Promise<RecordedEvent[]> {
      const recorded = events.map(record);
      await sql.transaction(async (tx) => {
        await useSchema(tx, projector.schema);
        await projector.apply(eventsFor(projector, recorded), tx);
      });
      return recorded;
    },
    /** Reads with the projector's schema first on the search path. */
    query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]> {
      return sql.transaction(async (tx) => {
        await useSchema(tx, projector.schema);
        return tx.query<Row>(text, params);
      });
    },
    close: () => sql.close(),
  };
}
