import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CIRCLES_SCHEMA } from './circle-tables';

/**
 * The circles read model for the GraphQL layer (tables of the `circles` projector in
 * `rm_circles`). Dates are `YYYY-MM-DD` strings. Participant names and e-mail addresses are
 * personal data (`verwijderd` and `null` once forgotten); organisation, role and sector are not.
 */

@Entity({ schema: CIRCLES_SCHEMA, name: 'circles' })
export class CircleEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'region_id' }) regionId!: string;
  @Column('text', { name: 'developer_id' }) developerId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { array: true }) themes!: string[];
  @Column('text', { name: 'transformation_plan_id', nullable: true }) transformationPlanId!: string | null;
  @Column('date', { name: 'started_on' }) startedOn!: string;
  @Column('text') status!: 'open' | 'closed';
  @Column('date', { name: 'closed_on', nullable: true }) closedOn!: string | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('integer', { name: 'participant_count' }) participantCount!: number;
  @Column('integer', { name: 'session_count' }) sessionCount!: number;
  @Column('date', { name: 'last_session_on', nullable: true }) lastSessionOn!: string | null;
}

@Entity({ schema: CIRCLES_SCHEMA, name: 'participants' })
export class ParticipantEntity {
  @PrimaryColumn('text', { name: 'circle_id' }) circleId!: string;
  @PrimaryColumn('text', { name: 'participant_id' }) participantId!: string;
  @Column('text', { nullable: true }) name!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text') sector!: string;
  @Column('text') organisation!: string;
  @Column('text') role!: string;
  @Column('boolean') active!: boolean;
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
  @Column('timestamptz', { name: 'removed_at', nullable: true }) removedAt!: Date | null;
}

@Entity({ schema: CIRCLES_SCHEMA, name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('text', { name: 'circle_id' }) circleId!: string;
  @PrimaryColumn('text', { name: 'session_id' }) sessionId!: string;
  @Column('date') date!: string;
  /** plenair, actiegroep, casusbespreking, fasterclass or omdenksessie. */
  @Column('text') format!: string;
  @Column('integer', { name: 'attendee_count' }) attendeeCount!: number;
  @Column('text', { name: 'attendee_ids', array: true, nullable: true }) attendeeIds!: string[] | null;
  @Column('text', { name: 'sectors_present', array: true }) sectorsPresent!: string[];
  @Column('text') summary!: string;
}

@Entity({ schema: CIRCLES_SCHEMA, name: 'action_groups' })
export class ActionGroupEntity {
  @PrimaryColumn('text', { name: 'circle_id' }) circleId!: string;
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') theme!: string;
  @Column('text', { name: 'member_ids', array: true }) memberIds!: string[];
}

export const CIRCLE_ENTITIES = [CircleEntity, ParticipantEntity, SessionEntity, ActionGroupEntity];
