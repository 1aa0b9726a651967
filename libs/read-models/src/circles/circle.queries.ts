import { In, type DataSource } from 'typeorm';
import { alignByKey, distinct, groupByKey } from '../shared/batch-loading';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import { ActionGroupEntity, CircleEntity, ParticipantEntity, SessionEntity } from './circle.entities';

export interface CircleFilter {
  /** Circles in any of these regions. */
  readonly regionIds?: readonly string[] | null;
  /** Circles with at least one of these themes. */
  readonly themes?: readonly string[] | null;
  readonly status?: 'open' | 'closed' | null;
  /** Part of the title, case-insensitive; `%` and `_` match themselves. */
  readonly search?: string | null;
}

export interface CirclePageArgs {
  readonly filter?: CircleFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

const CURSOR = 'circles';

/** Reads of the circles read model. Methods taking a list of ids answer per id, for DataLoader. */
export class CircleQueries {
  constructor(private readonly db: DataSource) {}

  /** Newest first (by start date, then id), `first` at a time after the cursor `after`. */
  async page({ filter, first, after }: CirclePageArgs = {}): Promise<Connection<CircleEntity>> {
    const size = pageSize(first);
    const query = this.db.getRepository(CircleEntity).createQueryBuilder('c')
      .orderBy('c.startedOn', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1);
    if (filter?.regionIds) {
      // An empty list asks for no region at all (and `IN ()` is not SQL).
      if (filter.regionIds.length === 0) query.andWhere('FALSE');
      else query.andWhere('c.regionId IN (:...regionIds)', { regionIds: distinct(filter.regionIds) });
    }
    if (filter?.themes) query.andWhere('c.themes && CAST(:themes AS text[])', { themes: [...filter.themes] });
    if (filter?.status) query.andWhere('c.status = :status', { status: filter.status });
    const search = filter?.search?.trim();
    if (search) query.andWhere(`c.title ILIKE :pattern ESCAPE '\\'`, { pattern: `%${escapeLike(search)}%` });
    if (after !== undefined && after !== null) {
      const [startedOn, id] = decodeCursor(CURSOR, after, ['string', 'string']);
      query.andWhere('(c.startedOn, c.id) < (CAST(:startedOn AS date), :id)', { startedOn, id });
    }
    const rows = await query.getMany();
    return toConnection(rows, size, (row) => encodeCursor(CURSOR, [row.startedOn, row.id]), after);
  }

  byId(id: string): Promise<CircleEntity | null> {
    return this.db.getRepository(CircleEntity).findOneBy({ id });
  }

  async byIds(ids: readonly string[]): Promise<(CircleEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(CircleEntity).findBy({ id: In(distinct(ids)) });
    return alignByKey(ids, rows, (row) => row.id);
  }

  /** Participants per circle in order of joining; current ones unless `includeRemoved`. */
  async participantsOf(
    circleIds: readonly string[], { includeRemoved = false }: { readonly includeRemoved?: boolean } = {},
  ): Promise<ParticipantEntity[][]> {
    if (circleIds.length === 0) return [];
    const rows = await this.db.getRepository(ParticipantEntity).find({
      where: { circleId: In(distinct(circleIds)), ...(includeRemoved ? {} : { active: true }) },
      order: { addedAt: 'ASC', participantId: 'ASC' },
    });
    return groupByKey(circleIds, rows, (row) => row.circleId);
  }

  /** Sessions per circle, latest first. */
  async sessionsOf(circleIds: readonly string[]): Promise<SessionEntity[][]> {
    if (circleIds.length === 0) return [];
    const rows = await this.db.getRepository(SessionEntity).find({
      where: { circleId: In(distinct(circleIds)) },
      order: { date: 'DESC', sessionId: 'ASC' },
    });
    return groupByKey(circleIds, rows, (row) => row.circleId);
  }

  /** Action groups per circle, by name. */
  async actionGroupsOf(circleIds: readonly string[]): Promise<ActionGroupEntity[][]> {
    if (circleIds.length === 0) return [];
    const rows = await this.db.getRepository(ActionGroupEntity).find({
      where: { circleId: In(distinct(circleIds)) },
      order: { name: 'ASC', id: 'ASC' },
    });
    return groupByKey(circleIds, rows, (row) => row.circleId);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
