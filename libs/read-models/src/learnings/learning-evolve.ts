import { assertNever, evidenceRank, type Learning } from '@leerkring/domain';
import { RowBatch } from '../shared/row-batch';
import {
  adoptionsTable, endorsementsTable, learningsTable, revisionsTable, type LearningRow,
} from './learning-tables';

export function openLearningBatch() {
  return {
    learnings: new RowBatch(learningsTable),
    endorsements: new RowBatch(endorsementsTable),
    adoptions: new RowBatch(adoptionsTable),
    revisions: new RowBatch(revisionsTable),
  };
}
export type LearningBatch = ReturnType<typeof openLearningBatch>;

/** Where the event sits in its learning's stream and in the global order. */
export interface EventPlace {
  readonly revision: number;
  readonly position: string;
}

/** The revisable fields in a fixed order, so the history lists changed fields deterministically. */
const CONTENT_FIELDS = ['title', 'insight', 'themes', 'successFactors', 'evidenceLevel', 'knowledgeSources'] as const;

/**
 * Folds one event into the batch, as the domain's `evolve` does: a learning that was never
 * captured stays absent and a retracted one changes no more. The stored row must be loaded;
 * an event at or below the row's stream revision was applied before and changes nothing.
 */
export function evolveLearning(batch: LearningBatch, event: Learning.LearningEvent, at: EventPlace): void {
  const row = batch.learnings.get({ id: event.data.learningId });
  if (row !== undefined && at.revision <= row.revision) return;
  if (event.type === 'LearningCaptured') {
    batch.learnings.put(captured(event.data, at));
    return;
  }
  if (row === undefined || row.status !== 'active') return;
  const moved: LearningRow = { ...row, revision: at.revision };
  switch (event.type) {
    case 'LearningRevised': {
      const { changes, revisedOn } = event.data;
      batch.learnings.put({
        ...moved,
        ...(changes.title === undefined ? {} : { title: changes.title }),
        ...(changes.insight === undefined ? {} : { insight: changes.insight }),
        ...(changes.themes === undefined ? {} : { themes: [...changes.themes] }),
        ...(changes.successFactors === undefined ? {} : { success_factors: [...changes.successFactors] }),
        ...(changes.evidenceLevel === undefined
          ? {}
          : { evidence_level: changes.evidenceLevel, evidence_rank: evidenceRank(changes.evidenceLevel) }),
        ...(changes.knowledgeSources === undefined ? {} : { knowledge_sources: [...changes.knowledgeSources] }),
        revised_on: revisedOn,
      });
      batch.revisions.put({
        learning_id: row.id, revision: at.revision, revised_on: revisedOn, changes: { ...changes },
        changed_fields: CONTENT_FIELDS.filter((field) => changes[field] !== undefined),
      });
      return;
    }
    case 'LearningEndorsed': {
      const { byRegionId, comment, endorsedOn } = event.data;
      batch.learnings.put({ ...moved, endorsement_count: row.endorsement_count + 1 });
      batch.endorsements.put({ learning_id: row.id, region_id: byRegionId, comment: comment ?? null, endorsed_on: endorsedOn });
      return;
    }
    case 'LearningAdopted': {
      const { byRegionId, adaptation, adoptedOn } = event.data;
      batch.learnings.put({ ...moved, adoption_count: row.adoption_count + 1 });
      batch.adoptions.put({
        learning_id: row.id, origin_region_id: row.region_id, adopting_region_id: byRegionId, adaptation,
        adopted_on: adoptedOn,
      });
      return;
    }
    case 'LearningPromoted': {
      const { promotedOn, reason, promoterId } = event.data;
      batch.learnings.put({
        ...moved, promoted: true, promoted_on: promotedOn, promotion_reason: reason, promoter_id: promoterId,
      });
      return;
    }
    case 'LearningRetracted':
      batch.learnings.put({
        ...moved, status: 'retracted', retracted_on: event.data.retractedOn, retraction_reason: event.data.reason,
      });
      return;
    default:
      assertNever(event);
  }
}

function captured(data: Learning.LearningCaptured['data'], at: EventPlace): LearningRow {
  return {
    id: data.learningId, region_id: data.regionId, circle_id: data.circleId, title: data.title,
    insight: data.insight, themes: [...data.themes], success_factors: [...data.successFactors],
    evidence_level: data.evidenceLevel, evidence_rank: evidenceRank(data.evidenceLevel),
    knowledge_sources: [...data.knowledgeSources], origin: data.origin, status: 'active',
    captured_on: data.capturedOn, captured_position: at.position, revised_on: null,
    retracted_on: null, retraction_reason: null,
    promoted: false, promoted_on: null, promotion_reason: null, promoter_id: null,
    endorsement_count: 0, adoption_count: 0, revision: at.revision,
  };
}
