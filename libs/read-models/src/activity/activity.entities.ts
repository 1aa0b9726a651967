import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ACTIVITY_SCHEMA } from './activity-tables';

/** An item of the activity feed (the `activity` projector's `rm_activity.feed_items`). */
@Entity({ schema: ACTIVITY_SCHEMA, name: 'feed_items' })
export class FeedItemEntity {
  /** The event's global position: opaque, and in string order the order of events. */
  @PrimaryColumn('text') position!: string;
  @Column('text', { name: 'event_id' }) eventId!: string;
  /** The domain event type, as `SessionRecorded`. */
  @Column('text', { name: 'event_type' }) eventType!: string;
  @Column('text', { name: 'stream_name' }) streamName!: string;
  @Column('text', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'actor_role', nullable: true }) actorRole!: string | null;
  /** Dutch, without personal data: "Bijeenkomst (plenair) vastgelegd in cirkel ‘Wachttijden omlaag’". */
  @Column('text') description!: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('text', { name: 'region_id', nullable: true }) regionId!: string | null;
  /** The other region involved, such as the one that adopted a learning. */
  @Column('text', { name: 'related_region_id', nullable: true }) relatedRegionId!: string | null;
  @Column('text', { name: 'circle_id', nullable: true }) circleId!: string | null;
  @Column('text', { name: 'learning_id', nullable: true }) learningId!: string | null;
}

export const ACTIVITY_ENTITIES = [FeedItemEntity];
