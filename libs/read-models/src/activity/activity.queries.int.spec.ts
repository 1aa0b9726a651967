import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { wachttijden, walcheren } from '../circles/circle-story.fixtures';
import { westBrabantWest, zeeland } from '../regions/region-story.fixtures';
import { ACTIVITY_ENTITIES } from './activity.entities';
import { activityProjector } from './activity.projector';
import { ActivityQueries, type FeedArgs } from './activity.queries';
import { omdenken, wholeProgramme } from './activity-story.fixtures';
import { encodeCursor, PaginationInputError } from '../shared/pagination';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';

describe('ActivityQueries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let activity: ActivityQueries;
  let positions: string[];

  beforeAll(async () => {
    bed = await projectorTestBed(activityProjector);
    const story = wholeProgramme();
    // Several batches, as the engine would deliver them.
    const events = story.take();
    for (let at = 0; at < events.length; at += 7) await bed.apply(events.slice(at, at + 7));
    positions = (await bed.query<{ position: string }>('SELECT position FROM feed_items ORDER BY position DESC')).map((r) => r.position);
    db = await readDataSourceOver(bed, ACTIVITY_ENTITIES);
    activity = new ActivityQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  async function allPages(args: Omit<FeedArgs, 'after'>) {
    const items = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await activity.feed({ ...args, after });
      items.push(...page.edges.map((e) => e.node));
      sizes.push(page.edges.length);
      if (!page.pageInfo.hasNextPage) return { items, sizes };
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination does not end');
  }

  it('pages through the whole feed newest first, without gaps or duplicates', async () => {
    expect(positions).toHaveLength(45);
    for (const first of [1, 4, 20, 45, 100]) {
      const { items, sizes } = await allPages({ first });
      expect(items.map((i) => i.position)).toEqual(positions);
      expect(sizes.slice(0, -1).every((size) => size === first)).toBe(true);
    }
    expect((await allPages({ first: 20 })).sizes).toEqual([20, 20, 5]);
  });

  it('answers the default page size and page info', async () => {
    const page = await activity.feed();
    expect(page.edges).toHaveLength(20);
    expect(page.edges[0]?.node).toMatchObject({
      eventType: 'RegionRenamed', description: 'Jeugdregio ‘Zeeland’ heet nu ‘Zeeland (Walcheren)’', regionId: zeeland,
      actorRole: 'beheerder', recordedAt: expect.any(Date),
    });
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: page.edges[19]?.cursor });
  });

  it('filters by region, counting the region that endorsed or adopted a learning', async () => {
    const { items } = await allPages({ regionId: westBrabantWest, first: 3 });
    expect(items.every((i) => i.regionId === westBrabantWest || i.relatedRegionId === westBrabantWest)).toBe(true);
    expect(items.filter((i) => i.regionId === zeeland).map((i) => i.eventType)).toEqual(['LearningAdopted', 'LearningEndorsed']);
    const inBoth = (await allPages({ regionId: zeeland, first: 50 })).items.length + items.length;
    // No region: two developer appointments, the national ambassador, the closed quarter. Two items are in both.
    expect(inBoth).toBe(45 - 4 + 2);
  });

  it('filters by circle and by learning', async () => {
    const ofWalcheren = (await allPages({ circleId: walcheren, first: 5 })).items;
    expect(ofWalcheren.map((i) => i.eventType)).toEqual([
      'LearningRetracted', 'CircleClosed', 'LearningPromoted', 'LearningAdopted', 'LearningEndorsed', 'LearningRevised',
      'LearningCaptured', 'ParticipantRemoved', 'ActionGroupFormed', 'SessionRecorded', 'SessionRecorded',
      'ParticipantAdded', 'ParticipantAdded', 'ParticipantAdded', 'CircleStarted',
    ]);
    expect((await allPages({ circleId: wachttijden, first: 5 })).items.map((i) => i.eventType)).toEqual(['CircleStarted']);
    expect((await allPages({ learningId: omdenken, regionId: westBrabantWest, first: 5 })).items.map((i) => i.eventType))
      .toEqual(['LearningAdopted', 'LearningEndorsed']);
  });

  it('refuses a cursor of another list and a bad page size', async () => {
    const fieldOf = (args: FeedArgs) => activity.feed(args).then(
      () => undefined,
      (e: unknown) => (e instanceof PaginationInputError ? e.field : e),
    );
    expect(await fieldOf({ after: encodeCursor('circles', ['2024-01-01', 'x']) })).toBe('after');
    expect(await fieldOf({ after: encodeCursor('activity', [12]) })).toBe('after');
    expect(await fieldOf({ first: 1.5 })).toBe('first');
  });
});
