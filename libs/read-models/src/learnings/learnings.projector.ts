import { Learning } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { domainEventOf } from '../shared/stored-event';
import { evolveLearning, openLearningBatch } from './learning-evolve';
import { learningsDdl, learningsQueryIndexes } from './learning-tables';

export const LEARNINGS_SCHEMA = 'rm_learnings';

/**
 * Learnings with Dutch full-text search, their endorsements, adoptions (diffusion between
 * regions) and revision history. A batch costs a fixed number of statements whatever its size:
 * the learnings it touches are loaded once, folded in memory in event order, written set-based.
 */
export const learningsProjector: Projector = {
  name: 'learnings',
  version: 1,
  schema: LEARNINGS_SCHEMA,
  eventTypes: Learning.LEARNING_EVENT_TYPES,
  ddl: learningsDdl,
  indexes: learningsQueryIndexes,
  async apply(recorded: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf<Learning.LearningEvent>(r) }));
    const batch = openLearningBatch();
    await batch.learnings.load(tx, events.map(({ event }) => ({ id: event.data.learningId })));
    for (const { recorded: r, event } of events) {
      evolveLearning(batch, event, { revision: r.revision, position: r.position });
    }
    for (const table of Object.values(batch)) await table.flush(tx);
  },
};
