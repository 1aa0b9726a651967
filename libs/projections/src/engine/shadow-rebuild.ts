import { START, type GlobalPosition, type RecordedEvent, type SqlClient } from '@leerkring/event-store';
import { advanceCheckpoint, insertCheckpoint, readCheckpoint, recordFailure } from './checkpoints';
import { createProjectorSchema, createQueryIndexes, eventsFor, quoteSchema, useSchema } from './projector-schema';
import type { Projector } from './projector';
import type { SharedPages } from './shared-pages';

export interface RebuildProgress {
  readonly processed: number;
  /** Events visible when the rebuild started (more may arrive while it runs). */
  readonly total: number | null;
  readonly fraction: number | null;
  readonly etaSeconds: number | null;
  readonly startedAt: Date;
}

/**
 * Builds a projector's read model from position 0 into `<schema>__next` while the live one keeps
 * serving, then swaps the two schemas in one transaction. The live checkpoint is set to where
 * the new build stopped: the live runner's next commit finds its checkpoint moved, so it
 * restarts from there and applies what arrived meanwhile to the new tables. Nothing is lost
 * and nothing applied twice to the tables being served.
 */
export class ShadowRebuild {
  progress: RebuildProgress | null = null;

  constructor(
    private readonly projector: Projector,
    private readonly pages: SharedPages,
    private readonly sql: SqlClient,
    private readonly batchSize: number,
  ) {}

  get shadowSchema(): string {
    return `${this.projector.schema}__next`;
  }

  async run(): Promise<void> {
    const { name, version } = this.projector;
    const startedAt = new Date();
    await this.sql.transaction(async (tx) => {
      await createProjectorSchema(tx, this.projector, this.shadowSchema);
      await insertCheckpoint(tx, { name, slot: 'next', version, schemaName: this.shadowSchema });
    });
    const total = (await this.pages.store.countEventsAfter?.(START)) ?? null;
    let position: GlobalPosition = START;
    let processed = 0;
    this.progress = { processed, total, fraction: total ? 0 : null, etaSeconds: null, startedAt };

    for await (const events of this.pages.pagesFrom(START, this.batchSize)) {
      const to = events[events.length - 1]!.position;
      await this.applyToShadow(events, position, to);
      position = to;
      processed += events.length;
      this.progress = progressOf(startedAt, processed, total);
    }
    // Before the swap, so the tables come in ready to be queried and the swap stays short.
    await createQueryIndexes(this.sql, this.projector, this.shadowSchema);
    await this.swap(position);
    this.progress = null;
  }

  private async applyToShadow(events: readonly RecordedEvent[], from: GlobalPosition, to: GlobalPosition): Promise<void> {
    const { name } = this.projector;
    const relevant = eventsFor(this.projector, events);
    try {
      await this.sql.transaction(async (tx) => {
        await useSchema(tx, this.shadowSchema);
        if (relevant.length > 0) await this.projector.apply(relevant, tx);
        await advanceCheckpoint(tx, name, 'next', from, to, events.length);
      });
    } catch (error) {
      await recordFailure(this.sql, name, 'next', {
        eventId: relevant[0]?.id ?? '', position: to, message: (error as Error).message,
      }).catch(() => undefined);
      throw error;
    }
  }

  private async swap(position: GlobalPosition): Promise<void> {
    const { name, version, schema } = this.projector;
    const live = quoteSchema(schema);
    const old = quoteSchema(`${schema}__old`);
    await this.sql.transaction(async (tx) => {
      // Lock both rows first: a live batch committing now waits, then finds its checkpoint moved.
      await tx.query('SELECT 1 FROM public.projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
      const next = await readCheckpoint(tx, name, 'next');
      if (!next || next.position !== position) throw new Error(`rebuild of ${name} lost its checkpoint`);
      // A projector that never ran has no live schema yet: the copy simply becomes it.
      const [existing] = await tx.query('SELECT 1 AS found FROM pg_namespace WHERE nspname = $1', [schema]);
      await tx.exec(`DROP SCHEMA IF EXISTS ${old} CASCADE;`);
      if (existing) await tx.exec(`ALTER SCHEMA ${live} RENAME TO ${old};`);
      await tx.exec(`ALTER SCHEMA ${quoteSchema(this.shadowSchema)} RENAME TO ${quoteSchema(schema)};
        DROP SCHEMA IF EXISTS ${old} CASCADE;`);
      await tx.query(
        `INSERT INTO public.projection_checkpoints (name, slot, version, schema_name, position, events_seen)
         VALUES ($1, 'live', $2, $5, $3, $4)
         ON CONFLICT (name, slot) DO UPDATE
            SET version = $2, position = $3, events_seen = $4, schema_name = $5, updated_at = now(),
                rebuild_requested_at = NULL, error = NULL, failed_event_id = NULL, failed_position = NULL`,
        [name, version, position, next.eventsSeen, schema],
      );
      await tx.query(`DELETE FROM public.projection_checkpoints WHERE name = $1 AND slot = 'next'`, [name]);
    });
  }
}

function progressOf(startedAt: Date, processed: number, total: number | null): RebuildProgress {
  const elapsed = (Date.now() - startedAt.getTime()) / 1000;
  const remaining = total === null ? null : Math.max(0, total - processed);
  return {
    processed,
    total,
    fraction: total ? Math.min(1, processed / total) : null,
    etaSeconds: remaining === null || processed === 0 ? null : (remaining * elapsed) / processed,
    startedAt,
  };
}
