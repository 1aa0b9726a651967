import type { DataSource } from 'typeorm';
import {
  ACTIVITY_SCHEMA, decodeCursor, encodeCursor, pageSize, toConnection, type Connection, type FeedItemEntity,
} from '@leerkring/read-models';

/**
 * The activity feeds of many regions or circles in one statement, for `region.activity` and
 * `circle.activity` under a list (`regions { activity(first: 5) { ... } }`): one page per parent,
 * newest first, from a LATERAL join over the parents' ids, so the number of statements does not
 * grow with the number of parents. Cursors are those of `ActivityQueries.feed`, so a page made
 * here continues there and back.
 *
 * This belongs in `ActivityQueries` (libs/read-models) as a batch method beside `feed`; it lives
 * here until that library grows one.
 */

export type FeedParent = 'region' | 'circle';

/** One parent's page: the key of a DataLoader (`cacheKeyFn` is `feedKeyOf`). */
export interface FeedPageKey {
  readonly parentId: string;
  readonly first: number;
  /** The client's cursor, checked and decoded by `feedPageKey`. */
  readonly after: string | null;
  readonly afterPosition: string | null;
}

const CURSOR = 'activity';

/** Checks `first` and `after` where the resolver runs, so a bad cursor is that field's BAD_USER_INPUT. */
export function feedPageKey(parentId: string, first: number | null | undefined, after: string | null | undefined): FeedPageKey {
  const size = pageSize(first);
  if (after === undefined || after === null) return { parentId, first: size, after: null, afterPosition: null };
  const [afterPosition] = decodeCursor(CURSOR, after, ['string']);
  return { parentId, first: size, after, afterPosition };
}

export const feedKeyOf = (key: FeedPageKey): string => JSON.stringify([key.parentId, key.first, key.afterPosition]);

const MATCH: Readonly<Record<FeedParent, string>> = {
  // A region's feed also holds what happened to it elsewhere (another region adopted its learning).
  region: '(f.region_id = k.id OR f.related_region_id = k.id)',
  circle: 'f.circle_id = k.id',
};

interface FeedRow {
  readonly parent_id: string;
  readonly position: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly stream_name: string;
  readonly actor_id: string | null;
  readonly actor_role: string | null;
  readonly description: string;
  readonly recorded_at: Date | string;
  readonly region_id: string | null;
  readonly related_region_id: string | null;
  readonly circle_id: string | null;
  readonly learning_id: string | null;
}

const toEntity = (row: FeedRow): FeedItemEntity => ({
  position: row.position,
  eventId: row.event_id,
  eventType: row.event_type,
  streamName: row.stream_name,
  actorId: row.actor_id,
  actorRole: row.actor_role,
  description: row.description,
  recordedAt: row.recorded_at instanceof Date ? row.recorded_at : new Date(row.recorded_at),
  regionId: row.region_id,
  relatedRegionId: row.related_region_id,
  circleId: row.circle_id,
  learningId: row.learning_id,
});

/** One page per key, in the order of the keys; keys asking the same page size and cursor share a statement. */
export async function feedPages(
  db: DataSource, parent: FeedParent, keys: readonly FeedPageKey[],
): Promise<Connection<FeedItemEntity>[]> {
  const groups = new Map<string, FeedPageKey[]>();
  for (const key of keys) {
    const page = JSON.stringify([key.first, key.afterPosition]);
    const group = groups.get(page);
    if (group) group.push(key);
    else groups.set(page, [key]);
  }
  const pages = new Map<string, Connection<FeedItemEntity>>();
  for (const group of groups.values()) {
    const { first, afterPosition, after } = group[0]!;
    const ids = [...new Set(group.map((key) => key.parentId))];
    const params: unknown[] = [ids, first + 1];
    if (afterPosition !== null) params.push(afterPosition);
    const rows = await db.query<FeedRow[]>(
      `SELECT k.id AS parent_id, f.*
         FROM unnest(CAST($1 AS text[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT * FROM "${ACTIVITY_SCHEMA}"."feed_items" f
           WHERE ${MATCH[parent]}${afterPosition === null ? '' : ' AND f.position < $3'}
           ORDER BY f.position DESC
           LIMIT $2
        ) f
        ORDER BY k.id, f.position DESC`,
      params,
    );
    const byParent = new Map<string, FeedItemEntity[]>();
    for (const row of rows) {
      const items = byParent.get(row.parent_id);
      if (items) items.push(toEntity(row));
      else byParent.set(row.parent_id, [toEntity(row)]);
    }
    for (const key of group) {
      pages.set(feedKeyOf(key), toConnection(byParent.get(key.parentId) ?? [], first, (r) => encodeCursor(CURSOR, [r.position]), after));
    }
  }
  return keys.map((key) => pages.get(feedKeyOf(key))!);
}
