import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The weekly-logs read model for the GraphQL layer: read-only mappings of the tables the
 * `weekly-logs` projector keeps in `rm_weekly_logs`. Weeks are ISO weeks `YYYY-Www`, quarters
 * `YYYY-Qn`, instants `Date`s.
 */

/** The content of one week as last logged or corrected. */
@Entity({ schema: 'rm_weekly_logs', name: 'weekly_logs' })
export class WeeklyLogEntity {
  @PrimaryColumn('uuid', { name: 'ambassador_id' }) ambassadorId!: string;
  @PrimaryColumn('text') week!: string;
  /** `null` for a national ambassador. */
  @Column('text', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('text', { name: 'reporting_period_id' }) reportingPeriodId!: string;
  @Column('double precision') hours!: number;
  @Column('uuid', { name: 'circle_ids', array: true }) circleIds!: string[];
  @Column('jsonb') activities!: Array<{ kind: string; text: string }>;
  @Column('int', { name: 'partners_reached' }) partnersReached!: number;
  @Column('text', { name: 'sectors_reached', array: true }) sectorsReached!: string[];
  @Column('text') reflection!: string;
  @Column('timestamptz', { name: 'logged_at' }) loggedAt!: Date;
  @Column('boolean') corrected!: boolean;
  /** At least one correction came after the week's reporting period was closed. */
  @Column('boolean') late!: boolean;
  @Column('int', { name: 'correction_count' }) correctionCount!: number;
  @Column('text', { name: 'last_what_changed', nullable: true }) lastWhatChanged!: string | null;
  @Column('timestamptz', { name: 'last_corrected_at', nullable: true }) lastCorrectedAt!: Date | null;
}

/** One correction of a week: what changed, whether the quarter was closed, hours before and after. */
@Entity({ schema: 'rm_weekly_logs', name: 'corrections' })
export class WeeklyLogCorrectionEntity {
  @PrimaryColumn('uuid', { name: 'ambassador_id' }) ambassadorId!: string;
  /** Revision of the ambassador's stream: orders an ambassador's corrections. */
  @PrimaryColumn('int') revision!: number;
  @Column('text') week!: string;
  @Column('text', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('text', { name: 'reporting_period_id' }) reportingPeriodId!: string;
  @Column('text', { name: 'what_changed' }) whatChanged!: string;
  @Column('boolean') late!: boolean;
  @Column('timestamptz', { name: 'corrected_at' }) correctedAt!: Date;
  @Column('double precision', { name: 'hours_before' }) hoursBefore!: number;
  @Column('double precision', { name: 'hours_after' }) hoursAfter!: number;
  /** The content the correction replaced (column names as in `weekly_logs`). */
  @Column('jsonb') previous!: Record<string, unknown>;
}

export const WEEKLY_LOG_ENTITIES = [WeeklyLogEntity, WeeklyLogCorrectionEntity] as const;
