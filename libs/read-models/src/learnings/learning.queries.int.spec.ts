import { DomainError } from '@leerkring/domain';
import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { PaginationInputError } from '../shared/pagination';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { LEARNING_ENTITIES } from './learning.entities';
import { LearningQueries } from './learning.queries';
import {
  drenthe, eenmalig, flevoland, learningStory, omdenken, uitstroom, wachttijden, werkgemeenschap,
  westBrabantWest, zeeland,
} from './learning-story.fixtures';
import { learningsProjector } from './learnings.projector';

describe('learning queries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let queries: LearningQueries;
  beforeAll(async () => {
    bed = await projectorTestBed(learningsProjector);
    await bed.apply(learningStory().events);
    db = await readDataSourceOver(bed, [...LEARNING_ENTITIES]);
    queries = new LearningQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  const ids = (page: { edges: ReadonlyArray<{ node: { id: string } }> }) => page.edges.map((e) => e.node.id);

  describe('Dutch full text', () => {
    it('finds "wachttijden" in a title when asked for "wachttijd"', async () => {
      expect(ids(await queries.search({ search: 'wachttijd' }))).toEqual([wachttijden]);
      expect(ids(await queries.search({ search: 'Wachttijden' }))).toEqual([wachttijden]);
    });

    it('finds "24-uurszorg", ranking a title above an insight', async () => {
      expect(ids(await queries.search({ search: '24-uurszorg' }))).toEqual([uitstroom, omdenken]);
    });

    it('stems the success factors too, and reads web-search syntax', async () => {
      expect(ids(await queries.search({ search: 'casusregisseurs' }))).toEqual([omdenken]);
      expect(ids(await queries.search({ search: '24-uurszorg -omdenken' }))).toEqual([uitstroom]);
      expect(ids(await queries.search({ search: 'actiegroepen or systeemaanpak' })).sort()).toEqual([wachttijden, werkgemeenschap].sort());
    });

    it('pages through a ranked search with cursors of that search only', async () => {
      const first = await queries.search({ search: '24-uurszorg', first: 1 });
      expect(ids(first)).toEqual([uitstroom]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await queries.search({ search: '24-uurszorg', first: 1, after: first.pageInfo.endCursor });
      expect(ids(second)).toEqual([omdenken]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      await expect(queries.search({ search: 'wachttijd', after: first.pageInfo.endCursor }))
        .rejects.toBeInstanceOf(PaginationInputError);
    });
  });

  describe('list and filters', () => {
    it('lists newest first without retracted learnings, in stable pages', async () => {
      const all = await queries.search({ first: 10 });
      expect(ids(all)).toEqual([uitstroom, werkgemeenschap, wachttijden, omdenken]);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await queries.search({ first: 3, after });
        seen.push(...ids(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
      expect(seen).toEqual(ids(all));
    });

    it('includes retracted learnings only when asked', async () => {
      expect(ids(await queries.search({ includeRetracted: true, first: 10 }))).toEqual([
        eenmalig, uitstroom, werkgemeenschap, wachttijden, omdenken,
      ]);
    });

    it('filters on themes, regions, evidence and promotion', async () => {
      expect(ids(await queries.search({ themes: ['wachttijden', 'investeren-in-vakmanschap'] })))
        .toEqual([werkgemeenschap, wachttijden]);
      expect(ids(await queries.search({ regionIds: [flevoland] }))).toEqual([uitstroom, omdenken]);
      expect(ids(await queries.search({ evidenceAtLeast: 'goed-onderbouwd' }))).toEqual([uitstroom, wachttijden, omdenken]);
      expect(ids(await queries.search({ evidenceAtLeast: 'goede-aanwijzingen' }))).toEqual([omdenken]);
      expect(ids(await queries.search({ promotedOnly: true }))).toEqual([omdenken]);
      expect(ids(await queries.search({ search: '24-uurszorg', regionIds: [flevoland], promotedOnly: true })))
        .toEqual([omdenken]);
    });

    it('refuses a bad theme, evidence level, page size or cursor', async () => {
      await expect(queries.search({ themes: ['wachten' as never] })).rejects.toMatchObject({ field: 'themes' });
      await expect(queries.search({ evidenceAtLeast: 'sterk' as never })).rejects.toBeInstanceOf(DomainError);
      await expect(queries.search({ first: 1000 })).rejects.toMatchObject({ field: 'first' });
      await expect(queries.search({ after: 'bm9uc2Vucw' })).rejects.toMatchObject({ field: 'after' });
    });
  });

  describe('details for DataLoader', () => {
    it('answers learnings per id, in order, null where unknown, retracted ones too', async () => {
      const found = await queries.byIds([wachttijden, 'not-a-uuid', omdenken.toUpperCase(), eenmalig]);
      expect(found.map((l) => l?.id ?? null)).toEqual([wachttijden, null, omdenken, eenmalig]);
      expect(found[3]?.status).toBe('retracted');
      expect(await queries.byId(omdenken)).toMatchObject({
        title: 'Omdenken op casusniveau', capturedOn: '2024-05-01', promotedOn: '2024-06-03', evidenceRank: 4,
        endorsementCount: 1, adoptionCount: 2,
      });
    });

    it('answers endorsements and adoptions per learning, oldest first', async () => {
      const endorsements = await queries.endorsementsOf([werkgemeenschap, omdenken]);
      expect(endorsements).toEqual([[], [expect.objectContaining({ regionId: zeeland, comment: 'Herkenbaar uit Walcheren' })]]);
      const adoptions = await queries.adoptionsOf([omdenken, wachttijden]);
      expect(adoptions.map((list) => list.map((a) => [a.adoptingRegionId, a.adoptedOn]))).toEqual([
        [[zeeland, '2024-06-01'], [westBrabantWest, '2024-06-03']],
        [[drenthe, '2024-06-02']],
      ]);
    });
  });

  describe('diffusion', () => {
    it('says which region\'s lesson was adopted where', async () => {
      expect((await queries.diffusion()).map((d) => [d.originRegionId, d.learningId, d.adoptions.map((a) => a.regionId)]))
        .toEqual([
          [flevoland, omdenken, [zeeland, westBrabantWest]],
          [westBrabantWest, wachttijden, [drenthe]],
        ]);
      expect(await queries.diffusion('24-uurszorg')).toEqual([{
        learningId: omdenken, title: 'Omdenken op casusniveau', themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid'],
        evidenceLevel: 'goede-aanwijzingen', promoted: true, originRegionId: flevoland, capturedOn: '2024-05-01',
        adoptions: [
          { regionId: zeeland, adoptedOn: '2024-06-01', adaptation: `Overgenomen door ${zeeland}` },
          { regionId: westBrabantWest, adoptedOn: '2024-06-03', adaptation: `Overgenomen door ${westBrabantWest}` },
        ],
      }]);
      expect(await queries.diffusion('crisis')).toEqual([]);
    });
  });

  it('orders learnings captured on one day by their capture', async () => {
    const sameDay = await queries.search({ regionIds: [westBrabantWest, zeeland] });
    expect(ids(sameDay)).toEqual([werkgemeenschap, wachttijden]);
  });
});
