import type { DataSource } from 'typeorm';
import { FeedItemEntity } from './activity.entities';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';

export interface FeedArgs {
  /** Items of this region, including those where it is the other region (it adopted a learning). */
  readonly regionId?: string | null;
  readonly circleId?: string | null;
  readonly learningId?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

const CURSOR = 'activity';

export class ActivityQueries {
  constructor(private readonly db: DataSource) {}

  /** Newest first, by global position; filters combine with AND. */
  async feed({ regionId, circleId, learningId, first, after }: FeedArgs = {}): Promise<Connection<FeedItemEntity>> {
    const size = pageSize(first);
    const query = this.db.getRepository(FeedItemEntity).createQueryBuilder('f')
      .orderBy('f.position', 'DESC')
      .limit(size + 1);
    if (regionId) query.andWhere('(f.regionId = :regionId OR f.relatedRegionId = :regionId)', { regionId });
    if (circleId) query.andWhere('f.circleId = :circleId', { circleId });
    if (learningId) query.andWhere('f.learningId = :learningId', { learningId });
    if (after !== undefined && after !== null) {
      const [position] = decodeCursor(CURSOR, after, ['string']);
      query.andWhere('f.position < :position', { position });
    }
    const rows = await query.getMany();
    return toConnection(rows, size, (row) => encodeCursor(CURSOR, [row.position]), after);
  }
}
