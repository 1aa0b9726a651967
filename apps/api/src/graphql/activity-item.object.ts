import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { FeedItemEntity } from '@leerkring/read-models';
import { Connection } from './connection';
import { POSITION_DESCRIPTION } from './position';

/** One line of an activity feed (`region.activity`, `circle.activity`): what happened, without personal data. */
@ObjectType('ActivityItem', { description: 'Wat er gebeurde, in een zin zonder persoonsgegevens.' })
export class ActivityItemObject {
  @Field(() => String, { description: `${POSITION_DESCRIPTION} Van de gebeurtenis.` })
  position!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => String, { description: 'Soort gebeurtenis, zoals SessionRecorded.' })
  eventType!: string;

  @Field(() => String, { description: 'In het Nederlands, zoals "Bijeenkomst (plenair) vastgelegd in cirkel ...".' })
  description!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'De rol van wie het deed.' })
  actorRole!: string | null;

  @Field(() => ID, { nullable: true })
  regionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'De andere betrokken regio, zoals de regio die een les overnam.' })
  relatedRegionId!: string | null;

  @Field(() => ID, { nullable: true })
  circleId!: string | null;

  @Field(() => ID, { nullable: true })
  learningId!: string | null;

  static from(item: FeedItemEntity): ActivityItemObject {
    return {
      position: item.position, eventId: item.eventId, eventType: item.eventType, description: item.description,
      recordedAt: item.recordedAt, actorRole: item.actorRole, regionId: item.regionId,
      relatedRegionId: item.relatedRegionId, circleId: item.circleId, learningId: item.learningId,
    };
  }
}

@ObjectType('ActivityItemConnection')
export class ActivityItemConnection extends Connection(ActivityItemObject, 'ActivityItem') {}
