import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The learnings read model for the GraphQL layer: read-only mappings of the tables the
 * `learnings` projector keeps in `rm_learnings` (the projector owns the DDL). Dates are
 * `YYYY-MM-DD` strings.
 */

@Entity({ schema: 'rm_learnings', name: 'learnings' })
export class LearningEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'region_id' }) regionId!: string;
  @Column('uuid', { name: 'circle_id' }) circleId!: string;
  @Column('text') title!: string;
  @Column('text') insight!: string;
  @Column('text', { array: true }) themes!: string[];
  @Column('text', { name: 'success_factors', array: true }) successFactors!: string[];
  @Column('text', { name: 'evidence_level' }) evidenceLevel!: string;
  /** Position of the level in `EVIDENCE_LEVELS`, lowest first. */
  @Column('int', { name: 'evidence_rank' }) evidenceRank!: number;
  @Column('text', { name: 'knowledge_sources', array: true }) knowledgeSources!: string[];
  @Column('text') origin!: string;
  @Column('text') status!: 'active' | 'retracted';
  @Column('date', { name: 'captured_on' }) capturedOn!: string;
  @Column('text', { name: 'captured_position' }) capturedPosition!: string;
  @Column('date', { name: 'revised_on', nullable: true }) revisedOn!: string | null;
  @Column('date', { name: 'retracted_on', nullable: true }) retractedOn!: string | null;
  @Column('text', { name: 'retraction_reason', nullable: true }) retractionReason!: string | null;
  @Column('boolean') promoted!: boolean;
  @Column('date', { name: 'promoted_on', nullable: true }) promotedOn!: string | null;
  @Column('text', { name: 'promotion_reason', nullable: true }) promotionReason!: string | null;
  @Column('uuid', { name: 'promoter_id', nullable: true }) promoterId!: string | null;
  @Column('int', { name: 'endorsement_count' }) endorsementCount!: number;
  @Column('int', { name: 'adoption_count' }) adoptionCount!: number;
  /** Dutch full-text vector (kept by a trigger); filtered on, never read. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false }) search!: string;
}

/** Another region subscribes to a learning (onderschrijven). */
@Entity({ schema: 'rm_learnings', name: 'endorsements' })
export class LearningEndorsementEntity {
  @PrimaryColumn('uuid', { name: 'learning_id' }) learningId!: string;
  /** The endorsing region. */
  @PrimaryColumn('text', { name: 'region_id' }) regionId!: string;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('date', { name: 'endorsed_on' }) endorsedOn!: string;
}

/** Overname: a region took over another region's learning, adapted as it says. */
@Entity({ schema: 'rm_learnings', name: 'adoptions' })
export class LearningAdoptionEntity {
  @PrimaryColumn('uuid', { name: 'learning_id' }) learningId!: string;
  @PrimaryColumn('text', { name: 'adopting_region_id' }) adoptingRegionId!: string;
  /** The region whose circle captured the learning. */
  @Column('text', { name: 'origin_region_id' }) originRegionId!: string;
  @Column('text') adaptation!: string;
  @Column('date', { name: 'adopted_on' }) adoptedOn!: string;
}

/** One revision of a learning by its own region: which fields changed, and to what. */
@Entity({ schema: 'rm_learnings', name: 'revisions' })
export class LearningRevisionEntity {
  @PrimaryColumn('uuid', { name: 'learning_id' }) learningId!: string;
  /** Revision of the learning's stream: orders the history. */
  @PrimaryColumn('int') revision!: number;
  @Column('date', { name: 'revised_on' }) revisedOn!: string;
  /** Domain field names (`title`, `evidenceLevel`, ...), in a fixed order. */
  @Column('text', { name: 'changed_fields', array: true }) changedFields!: string[];
  /** The changed fields with their new values, as the domain event says. */
  @Column('jsonb') changes!: Record<string, unknown>;
}

export const LEARNING_ENTITIES = [
  LearningEntity, LearningEndorsementEntity, LearningAdoptionEntity, LearningRevisionEntity,
] as const;
