import { defineTable } from '../shared/row-batch';

/** The PostgreSQL schema of the live read model (the engine builds rebuilds beside it). */
export const ACTIVITY_SCHEMA = 'rm_activity';

/** Rows of the `rm_activity` schema: the feed, and the names the feed's sentences use. */

export interface FeedItemRow {
  /** The event's global position: the feed's order, newest first. */
  position: string;
  event_id: string;
  event_type: string;
  stream_name: string;
  actor_id: string | null;
  actor_role: string | null;
  description: string;
  recorded_at: string;
  region_id: string | null;
  related_region_id: string | null;
  circle_id: string | null;
  learning_id: string | null;
}

export interface RegionNameRow {
  region_id: string;
  name: string;
}

export interface CircleTitleRow {
  circle_id: string;
  title: string;
}

export interface LearningTitleRow {
  learning_id: string;
  title: string;
}

export const feedItemsTable = defineTable<FeedItemRow>()({
  table: 'feed_items',
  key: ['position'],
  columns: {
    position: true, event_id: true, event_type: true, stream_name: true, actor_id: true, actor_role: true,
    description: true, recorded_at: true, region_id: true, related_region_id: true, circle_id: true, learning_id: true,
  },
});

export const regionNamesTable = defineTable<RegionNameRow>()({
  table: 'region_names', key: ['region_id'], columns: { region_id: true, name: true },
});

export const circleTitlesTable = defineTable<CircleTitleRow>()({
  table: 'circle_titles', key: ['circle_id'], columns: { circle_id: true, title: true },
});

export const learningTitlesTable = defineTable<LearningTitleRow>()({
  table: 'learning_titles', key: ['learning_id'], columns: { learning_id: true, title: true },
});

export const ACTIVITY_TABLES = ['feed_items', 'region_names', 'circle_titles', 'learning_titles'] as const;

// Positions compare as plain strings (fixed-width hex): COLLATE "C" keeps a locale from
// reordering them. The feed is read newest first: for all, per region, circle or learning.
export const activityDdl = `
CREATE TABLE feed_items (
  position          text COLLATE "C" PRIMARY KEY,
  event_id          text NOT NULL,
  event_type        text NOT NULL,
  stream_name       text NOT NULL,
  actor_id          text,
  actor_role        text,
  description       text NOT NULL,
  recorded_at       timestamptz NOT NULL,
  region_id         text,
  related_region_id text,
  circle_id         text,
  learning_id       text
);

CREATE TABLE region_names (region_id text PRIMARY KEY, name text NOT NULL);
CREATE TABLE circle_titles (circle_id text PRIMARY KEY, title text NOT NULL);
CREATE TABLE learning_titles (learning_id text PRIMARY KEY, title text NOT NULL);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const activityQueryIndexes = `
CREATE INDEX IF NOT EXISTS feed_items_region ON feed_items (region_id, position) WHERE region_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS feed_items_related_region ON feed_items (related_region_id, position) WHERE related_region_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS feed_items_circle ON feed_items (circle_id, position) WHERE circle_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS feed_items_learning ON feed_items (learning_id, position) WHERE learning_id IS NOT NULL;
`;
