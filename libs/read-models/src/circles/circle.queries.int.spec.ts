import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { DomainStory } from '../shared/domain-story.fixtures';
import { encodeCursor, PaginationInputError } from '../shared/pagination';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { CIRCLE_ENTITIES, CircleEntity } from './circle.entities';
import { CircleQueries, type CircleFilter } from './circle.queries';
import {
  actionGroup, addParticipants, anna, bram, carla, caseSession, formActionGroup, manyCircles, plenary, recordSessions,
  removeParticipant, startCircles, wachttijden, walcheren,
} from './circle-story.fixtures';
import { circlesProjector } from './circles.projector';

describe('CircleQueries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let circles: CircleQueries;
  let many: string[];

  beforeAll(async () => {
    bed = await projectorTestBed(circlesProjector);
    const story = formActionGroup(recordSessions(addParticipants(startCircles(new DomainStory()))));
    removeParticipant(story, bram);
    many = manyCircles(story, 25);
    await bed.apply(story.take());
    db = await readDataSourceOver(bed, CIRCLE_ENTITIES);
    circles = new CircleQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  /** Follows `after` cursors to the end; answers the ids in page order and the page sizes. */
  async function allPages(filter: CircleFilter, first: number): Promise<{ ids: string[]; sizes: number[] }> {
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = await circles.page({ filter, first, after });
      ids.push(...page.edges.map((e) => e.node.id));
      sizes.push(page.edges.length);
      if (!page.pageInfo.hasNextPage) return { ids, sizes };
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination does not end');
  }

  /** The expected order: newest start date first, ties by id descending. */
  const newestFirst = (rows: readonly CircleEntity[]) => [...rows]
    .sort((a, b) => (a.startedOn === b.startedOn ? b.id.localeCompare(a.id) : b.startedOn.localeCompare(a.startedOn)))
    .map((r) => r.id);

  it('pages through all circles newest first without gaps or duplicates, also across equal start dates', async () => {
    const everything = await db.getRepository(CircleEntity).find();
    expect(everything).toHaveLength(27);
    for (const first of [1, 7, 10, 27, 100]) {
      const { ids, sizes } = await allPages({}, first);
      expect(ids).toEqual(newestFirst(everything));
      expect(sizes.slice(0, -1).every((size) => size === first)).toBe(true);
    }
    expect((await allPages({}, 10)).sizes).toEqual([10, 10, 7]);
  });

  it('says where a page starts and ends and whether more follow', async () => {
    const first = await circles.page({ first: 2 });
    expect(first.edges.map((e) => e.node.title)).toEqual(['Werkgemeenschap Walcheren', 'Wachttijden omlaag']);
    expect(first.pageInfo).toEqual({
      hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0]?.cursor, endCursor: first.edges[1]?.cursor,
    });
    const last = await circles.page({ first: 100, after: first.pageInfo.endCursor });
    expect(last.edges).toHaveLength(25);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const empty = await circles.page({ first: 0 });
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('filters by region, theme, status and title, and pages within the filter', async () => {
    const inBrabant = await allPages({ regionIds: ['JZ36'] }, 3);
    expect(inBrabant.ids).toHaveLength(1 + 9);
    expect(inBrabant.ids[0]).toBe(wachttijden);
    const onWachttijden = await allPages({ themes: ['wachttijden', 'crisis'] }, 4);
    expect(onWachttijden.ids).toHaveLength(1 + 7);
    const closed = await allPages({ status: 'closed' }, 2);
    expect(closed.ids).toHaveLength(5);
    expect(closed.ids.every((id) => many.includes(id))).toBe(true);
    const open = await allPages({ status: 'open', regionIds: ['JZ38', 'JZ36'] }, 5);
    expect(open.ids).toHaveLength(22);
    expect((await allPages({ search: '  WALCHEREN ' }, 5)).ids).toEqual([walcheren]);
    expect((await allPages({ search: 'cirkel 1' }, 5)).ids).toHaveLength(11);
    expect((await allPages({ search: '%' }, 5)).ids).toEqual([]);
    expect((await allPages({ regionIds: [] }, 5)).ids).toEqual([]);
  });

  it('refuses a cursor of another list, a broken cursor and a bad page size', async () => {
    const refused = async (args: Parameters<CircleQueries['page']>[0]) => {
      const error: unknown = await circles.page(args).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(PaginationInputError);
      return (error as PaginationInputError).field;
    };
    expect(await refused({ after: encodeCursor('activity', ['0001']) })).toBe('after');
    expect(await refused({ after: 'not a cursor' })).toBe('after');
    expect(await refused({ after: encodeCursor('circles', ['2024-01-01']) })).toBe('after');
    expect(await refused({ first: -1 })).toBe('first');
    expect(await refused({ first: 101 })).toBe('first');
  });

  it('answers circles per id for DataLoader', async () => {
    expect(await circles.byId(walcheren)).toMatchObject({
      title: 'Werkgemeenschap Walcheren', startedOn: '2024-03-01', participantCount: 2, sessionCount: 2,
      lastSessionOn: '2024-05-14', themes: ['24-uurszorg', 'gezinshuizen'],
    });
    expect((await circles.byIds(['unknown', wachttijden, walcheren])).map((c) => c?.id ?? null)).toEqual([null, wachttijden, walcheren]);
  });

  it('answers participants, sessions and action groups per circle', async () => {
    const [current, none] = await circles.participantsOf([walcheren, wachttijden]);
    expect(current?.map((p) => p.participantId)).toEqual([anna, carla]);
    expect(none).toEqual([]);
    const [all] = await circles.participantsOf([walcheren], { includeRemoved: true });
    expect(all?.map((p) => [p.participantId, p.active])).toEqual([[anna, true], [bram, false], [carla, true]]);
    const [sessions] = await circles.sessionsOf([walcheren]);
    expect(sessions?.map((s) => [s.sessionId, s.date, s.format])).toEqual([
      [caseSession, '2024-05-14', 'casusbespreking'], [plenary, '2024-04-02', 'plenair'],
    ]);
    const [groups, noGroups] = await circles.actionGroupsOf([walcheren, wachttijden]);
    expect(groups).toEqual([{ circleId: walcheren, id: actionGroup, name: 'Gezinshuizen Walcheren', theme: 'gezinshuizen', memberIds: [anna, carla] }]);
    expect(noGroups).toEqual([]);
  });
});
