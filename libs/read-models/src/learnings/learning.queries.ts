import { EVIDENCE_LEVELS, THEMES, evidenceRank, requireOneOf, type Theme } from '@leerkring/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { alignByKey, distinct, groupByKey } from '../shared/batch-loading';
import {
  PaginationInputError, decodeCursor, encodeCursor, pageSize, toConnection, type Connection,
} from '../shared/pagination';
import { LearningAdoptionEntity, LearningEndorsementEntity, LearningEntity } from './learning.entities';
import type { LearningDiffusion, LearningSearch } from './learning.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads of the `learnings` read model: the list with Dutch full text, details and diffusion. */
export class LearningQueries {
  constructor(private readonly db: DataSource) {}

  /**
   * A page of learnings: ranked by relevance when searching (ties by id), otherwise newest
   * first. `wachttijd` finds `wachttijden`: both sides are stemmed with the Dutch configuration.
   */
  async search(query: LearningSearch): Promise<Connection<LearningEntity>> {
    const size = pageSize(query.first);
    const qb = this.db.getRepository(LearningEntity).createQueryBuilder('l');
    if (query.includeRetracted !== true) qb.andWhere(`l.status = 'active'`);
    if (query.themes && query.themes.length > 0) {
      const themes = query.themes.map((theme) => requireOneOf('themes', theme, THEMES));
      qb.andWhere('l.themes && CAST(:themes AS text[])', { themes });
    }
    if (query.regionIds && query.regionIds.length > 0) {
      qb.andWhere('l.regionId = ANY(CAST(:regionIds AS text[]))', { regionIds: [...query.regionIds] });
    }
    if (query.evidenceAtLeast !== undefined && query.evidenceAtLeast !== null) {
      const level = requireOneOf('evidenceAtLeast', query.evidenceAtLeast, EVIDENCE_LEVELS);
      qb.andWhere('l.evidenceRank >= :evidenceRank', { evidenceRank: evidenceRank(level) });
    }
    if (query.promotedOnly === true) qb.andWhere('l.promoted = true');
    const text = query.search?.trim() ?? '';
    return text === ''
      ? newestFirst(qb, size, query.after ?? undefined)
      : byRelevance(qb, text, size, query.after ?? undefined);
  }

  /** Also a retracted learning: a link to it must still resolve. */
  async byId(id: string): Promise<LearningEntity | null> {
    const [learning] = await this.byIds([id]);
    return learning ?? null;
  }

  /** For DataLoader: one entry per id, in order, `null` where there is none. */
  async byIds(ids: readonly string[]): Promise<(LearningEntity | null)[]> {
    const keys = ids.map((id) => id.toLowerCase());
    const wanted = distinct(keys).filter((id) => UUID.test(id));
    const rows = wanted.length === 0 ? [] : await this.db.getRepository(LearningEntity).createQueryBuilder('l')
      .where('l.id = ANY(CAST(:ids AS uuid[]))', { ids: wanted })
      .getMany();
    return alignByKey(keys, rows, (row) => row.id);
  }

  /** For DataLoader: the endorsements of each learning, oldest first. */
  async endorsementsOf(learningIds: readonly string[]): Promise<LearningEndorsementEntity[][]> {
    return this.childrenOf(LearningEndorsementEntity, learningIds, ['e.endorsedOn', 'e.regionId']);
  }

  /** For DataLoader: the adoptions of each learning, oldest first. */
  async adoptionsOf(learningIds: readonly string[]): Promise<LearningAdoptionEntity[][]> {
    return this.childrenOf(LearningAdoptionEntity, learningIds, ['e.adoptedOn', 'e.adoptingRegionId']);
  }

  /**
   * Which region's lesson was adopted where: every active learning that another region took
   * over (with `theme`, when given), by origin region, then capture date.
   */
  async diffusion(theme?: Theme | null): Promise<LearningDiffusion[]> {
    const qb = this.db.getRepository(LearningEntity).createQueryBuilder('l')
      .where(`l.status = 'active'`)
      .andWhere('l.adoptionCount > 0');
    if (theme !== undefined && theme !== null) {
      qb.andWhere('l.themes @> CAST(:themes AS text[])', { themes: [requireOneOf('theme', theme, THEMES)] });
    }
    const learnings = await qb.orderBy('l.regionId').addOrderBy('l.capturedOn').addOrderBy('l.id').getMany();
    const adoptions = await this.adoptionsOf(learnings.map((l) => l.id));
    return learnings.map((l, i) => ({
      learningId: l.id, title: l.title, themes: l.themes, evidenceLevel: l.evidenceLevel, promoted: l.promoted,
      originRegionId: l.regionId, capturedOn: l.capturedOn,
      adoptions: (adoptions[i] ?? []).map((a) => ({
        regionId: a.adoptingRegionId, adoptedOn: a.adoptedOn, adaptation: a.adaptation,
      })),
    }));
  }

  private async childrenOf<Child extends { learningId: string }>(
    entity: new () => Child, learningIds: readonly string[], order: readonly [string, string],
  ): Promise<Child[][]> {
    const keys = learningIds.map((id) => id.toLowerCase());
    const wanted = distinct(keys).filter((id) => UUID.test(id));
    const rows = wanted.length === 0 ? [] : await this.db.getRepository(entity).createQueryBuilder('e')
      .where('e.learningId = ANY(CAST(:ids AS uuid[]))', { ids: wanted })
      .orderBy(order[0]).addOrderBy(order[1])
      .getMany();
    return groupByKey(keys, rows, (row) => row.learningId);
  }
}

/** Newest first: capture date, then the capture's global position (both descending). */
async function newestFirst(
  qb: SelectQueryBuilder<LearningEntity>, size: number, after: string | undefined,
): Promise<Connection<LearningEntity>> {
  const kind = 'learnings';
  if (after !== undefined) {
    const [capturedOn, position] = decodeCursor(kind, after, ['string', 'string']);
    if (!isDate(capturedOn)) throw new PaginationInputError('after', 'after is geen geldige cursor voor deze lijst');
    qb.andWhere('(l.capturedOn, l.capturedPosition) < (CAST(:afterOn AS date), :afterPosition)', {
      afterOn: capturedOn, afterPosition: position,
    });
  }
  const rows = await qb.orderBy('l.capturedOn', 'DESC').addOrderBy('l.capturedPosition', 'DESC').limit(size + 1).getMany();
  return toConnection(rows, size, (row) => encodeCursor(kind, [row.capturedOn, row.capturedPosition]), after);
}

/**
 * By relevance: `ts_rank` descending, then id. The cursor names the search text, so a cursor
 * of one search is refused by another instead of paging through the wrong ranking.
 */
async function byRelevance(
  qb: SelectQueryBuilder<LearningEntity>, text: string, size: number, after: string | undefined,
): Promise<Connection<LearningEntity>> {
  const kind = `learnings-search:${text}`;
  const rank = `ts_rank(l.search, websearch_to_tsquery('dutch', :text))`;
  qb.andWhere(`l.search @@ websearch_to_tsquery('dutch', :text)`, { text }).addSelect(rank, 'rank');
  if (after !== undefined) {
    const [afterRank, afterId] = decodeCursor(kind, after, ['number', 'string']);
    if (!UUID.test(afterId)) throw new PaginationInputError('after', 'after is geen geldige cursor voor deze lijst');
    // `real` is the type of ts_rank: the cursor's number casts back to exactly the stored rank.
    qb.andWhere(`(${rank} < CAST(:afterRank AS real) OR (${rank} = CAST(:afterRank AS real) AND l.id > :afterId))`, {
      afterRank, afterId,
    });
  }
  const { entities, raw } = await qb.orderBy('rank', 'DESC').addOrderBy('l.id', 'ASC').limit(size + 1)
    .getRawAndEntities<{ rank: number }>();
  const ranked = entities.map((node, i) => ({ node, rank: Number(raw[i]?.rank) }));
  const page = toConnection(ranked, size, (row) => encodeCursor(kind, [row.rank, row.node.id]), after);
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node })) };
}

function isDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
