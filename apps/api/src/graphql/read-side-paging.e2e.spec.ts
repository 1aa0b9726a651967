import { ontwikkelaar } from '../command-side/testing/principals';
import { MAX_WAIT_MS, startQueryStory, type Answer, type QueryStory } from './testing/query-story';

/** Paging, Dutch search and read-your-writes over HTTP, on the same story (testing/query-story.ts). */
describe('paging, search and read-your-writes over HTTP', () => {
  let story: QueryStory;
  let t: QueryStory['t'];
  let ids: QueryStory['ids'];
  const ask: QueryStory['ask'] = (...args) => story.ask(...args);
  const data: QueryStory['data'] = (...args) => story.data(...args);
  const send: QueryStory['send'] = (...args) => story.send(...args);
  const codeOf: QueryStory['codeOf'] = (answer) => story.codeOf(answer);

  beforeAll(async () => {
    story = await startQueryStory();
    ({ t, ids } = story);
  });
  afterAll(async () => { await story?.close(); });

  describe('pagination', () => {
    type Page = { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

    async function walk(list: 'circles' | 'learnings', first: number, filter?: Record<string, unknown>): Promise<string[][]> {
      const pages: string[][] = [];
      let after: string | null = null;
      for (;;) {
        const res: Record<string, Page> = await data(
          `query($first: Int, $after: String, $atLeast: String${filter ? `, $filter: ${list === 'circles' ? 'CircleFilter' : 'LearningFilter'}` : ''}) {
            ${list}(first: $first, after: $after, atLeast: $atLeast${filter ? ', filter: $filter' : ''}) {
              edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { first, after, ...(filter ? { filter } : {}) },
        );
        const page = res[list]!;
        pages.push(page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return pages;
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
        after = page.pageInfo.endCursor;
      }
    }

    it('walks the circles two at a time without gaps or duplicates', async () => {
      const all = (await walk('circles', 100)).flat();
      expect(all).toHaveLength(5);
      const pages = await walk('circles', 2);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat()).toEqual(all);
    });

    it('walks the learnings, newest first and ranked by a search, one at a time', async () => {
      const newest = await walk('learnings', 1);
      expect(newest).toHaveLength(2);
      expect(new Set(newest.flat())).toEqual(new Set([ids.learning, ids.otherLearning]));
      const everything = await walk('learnings', 2, { includeRetracted: true });
      expect(everything.flat()).toHaveLength(3);
      const searched = await walk('learnings', 1, { search: 'wachtlijst', includeRetracted: true });
      expect(searched.flat().sort()).toEqual([ids.learning, ids.retracted].sort());
    });

    it('refuses a cursor that is not one of this list with BAD_USER_INPUT on after', async () => {
      const learningsPage = await data<{ learnings: Page }>(
        'query($atLeast: String) { learnings(first: 1, atLeast: $atLeast) { edges { cursor } pageInfo { endCursor } } }',
      );
      for (const after of ['nonsense', learningsPage.learnings.pageInfo.endCursor]) {
        const res = await ask('query($after: String, $atLeast: String) { circles(after: $after, atLeast: $atLeast) { edges { cursor } } }', { after });
        expect(codeOf(res)).toEqual([['BAD_USER_INPUT', 'after']]);
      }
      const feed = await ask(`query($atLeast: String) { regions(atLeast: $atLeast) {
        activity(first: 1, after: "bm9uc2Vuc2U") { edges { cursor } } } }`);
      // The first region's error nulls the (non-null) list; graphql-js drops its siblings' errors.
      expect(codeOf(feed)?.[0]).toEqual(['BAD_USER_INPUT', 'after']);
      expect(new Set(codeOf(feed)?.map((c) => c.join()))).toEqual(new Set(['BAD_USER_INPUT,after']));
    });

    it('refuses a page size out of range with BAD_USER_INPUT on first', async () => {
      for (const first of [0, 101]) {
        const res = await ask('query($first: Int, $atLeast: String) { learnings(first: $first, atLeast: $atLeast) { edges { cursor } } }', { first });
        expect(codeOf(res)).toEqual([['BAD_USER_INPUT', 'first']]);
      }
    });

    it('pages the activity of a region and of a circle, newest first, without gaps', async () => {
      type FeedPage = {
        edges: Array<{ node: { position: string; description: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      const feed = async (first: number, after: string | null) => (await data<{ region: { activity: FeedPage } }>(
        `query($first: Int, $after: String, $atLeast: String) { region(id: "JZ08", atLeast: $atLeast) {
          activity(first: $first, after: $after) { edges { node { position description } } pageInfo { hasNextPage endCursor } } } }`,
        { first, after },
      )).region.activity;
      const whole = await feed(100, null);
      const positions = whole.edges.map((e) => e.node.position);
      expect([...positions].sort().reverse()).toEqual(positions);
      // Flevoland's feed holds its own events and the adoption of West-Brabant West's learning.
      expect(whole.edges.map((e) => e.node.description).join('\n')).toMatch(/overgenomen|overname/i);
      const walked: string[] = [];
      let after: string | null = null;
      for (let page = await feed(3, after); ; page = await feed(3, after)) {
        walked.push(...page.edges.map((e) => e.node.position));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked).toEqual(positions);
      const circle = await data<{ circle: { activity: { edges: Array<{ node: { eventType: string } }> } } }>(
        'query($id: ID!, $atLeast: String) { circle(id: $id, atLeast: $atLeast) { activity(first: 2) { edges { node { eventType } } } } }',
        { id: ids.circles[0] },
      );
      expect(circle.circle.activity.edges.map((e) => e.node.eventType)).toHaveLength(2);
    });
  });

  describe('learnings', () => {
    it('finds "wachttijden" when searching for wachttijd (Dutch stemming), not retracted ones unless asked', async () => {
      const found = await data<{ learnings: { edges: Array<{ node: { id: string; title: string } }> } }>(
        'query($atLeast: String) { learnings(filter: { search: "wachttijd" }, atLeast: $atLeast) { edges { node { id title } } } }',
      );
      expect(found.learnings.edges.map((e) => e.node)).toEqual([
        { id: ids.learning, title: 'Kortere wachttijden door één gedeelde wachtlijst' },
      ]);
    });

    it('filters by themes, regions, evidence and promotion', async () => {
      const titles = async (filter: Record<string, unknown>) => (await data<{ learnings: { edges: Array<{ node: { title: string } }> } }>(
        'query($filter: LearningFilter, $atLeast: String) { learnings(filter: $filter, atLeast: $atLeast) { edges { node { title } } } }',
        { filter },
      )).learnings.edges.map((e) => e.node.title);
      expect(await titles({ themes: ['GEZINSHUIZEN'] })).toEqual(['Gezinshuisouders als collega\'s']);
      expect(await titles({ regionIds: ['JZ08'] })).toEqual([]);
      expect(await titles({ evidenceAtLeast: 'GOED_BESCHREVEN' })).toEqual(['Kortere wachttijden door één gedeelde wachtlijst']);
      expect(await titles({ promotedOnly: true })).toEqual(['Kortere wachttijden door één gedeelde wachtlijst']);
    });

    it('learning(id): with region, circle, promoter, endorsements and adoptions and their regions', async () => {
      const { learning } = await data<{ learning: Record<string, unknown> }>(`query($id: ID!, $atLeast: String) {
        learning(id: $id, atLeast: $atLeast) {
          title status evidenceLevel knowledgeSources origin themes promoted promotionReason endorsementCount adoptionCount
          region { name } circle { title } promoter { name scope }
          endorsements { comment region { name } }
          adoptions { adaptation adoptedOn region { name } originRegion { id } }
        } }`, { id: ids.learning });
      expect(learning).toEqual({
        title: 'Kortere wachttijden door één gedeelde wachtlijst', status: 'ACTIVE', evidenceLevel: 'GOED_ONDERBOUWD',
        knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE', themes: ['WACHTTIJDEN'], promoted: true,
        promotionReason: 'Een succesfactor voor heel Nederland', endorsementCount: 1, adoptionCount: 1,
        region: { name: 'West-Brabant West' }, circle: { title: 'Systeemaanpak wachttijden West-Brabant West' },
        promoter: { name: 'Karin Smit', scope: 'NATIONAL' },
        endorsements: [{ comment: 'Herkenbaar', region: { name: 'Flevoland' } }],
        adoptions: [{
          adaptation: 'Eén wachtlijst voor de 24-uurszorg in Flevoland', adoptedOn: '2024-06-20',
          region: { name: 'Flevoland' }, originRegion: { id: 'JZ36' },
        }],
      });
      const retracted = await data<{ learning: { status: string } }>(
        'query($id: ID!, $atLeast: String) { learning(id: $id, atLeast: $atLeast) { status } }', { id: ids.retracted },
      );
      expect(retracted.learning.status).toBe('RETRACTED');
    });

    it('learningDiffusion(theme): which region\'s lesson was adopted where', async () => {
      const query = `query($theme: Theme, $atLeast: String) { learningDiffusion(theme: $theme, atLeast: $atLeast) {
        title originRegion { name } learning { id } adoptions { adoptedOn region { name } } } }`;
      expect(await data(query, { theme: 'WACHTTIJDEN' })).toEqual({
        learningDiffusion: [{
          title: 'Kortere wachttijden door één gedeelde wachtlijst', originRegion: { name: 'West-Brabant West' },
          learning: { id: ids.learning }, adoptions: [{ adoptedOn: '2024-06-20', region: { name: 'Flevoland' } }],
        }],
      });
      expect(await data(query, { theme: 'GEZINSHUIZEN' })).toEqual({ learningDiffusion: [] });
    });
  });


  describe('atLeast: read your writes', () => {
    it('answers a query sent right after a mutation with that mutation in it', async () => {
      const asDeveloper = ontwikkelaar(ids.developer, 'JZ36', 'JZ08');
      const written = await send('startCircle', {
        regionId: 'JZ08', developerId: ids.developer, title: 'Omdenksessie crisis', themes: ['CRISIS'], startedOn: '2024-07-01',
      }, asDeveloper);
      const res = await ask<{ region: { circles: Array<{ id: string }> } }>(
        'query($atLeast: String) { region(id: "JZ08", atLeast: $atLeast) { circles { id } } }',
      );
      expect(res.data?.region.circles.map((c) => c.id)).toContain(written.aggregateId);
      expect(res.extensions?.freshness).toEqual({ atLeast: written.position, reached: true });
    });

    it('answers anyway when the position is not reached in time, and says it is stale', async () => {
      const unreachable = 'ffffffffffffffff-ffffffffffffffff-ffffffffffffffff';
      const started = Date.now();
      const res = await t.query('query($atLeast: String) { regions(atLeast: $atLeast) { id } }', { atLeast: unreachable }) as Answer<{ regions: unknown[] }>;
      const elapsed = Date.now() - started;
      expect(res.errors).toBeUndefined();
      expect(res.data?.regions).toHaveLength(2);
      expect(res.extensions?.freshness).toEqual({
        atLeast: unreachable, reached: false, behind: ['activity', 'circles', 'people', 'regions'],
      });
      expect(elapsed).toBeGreaterThanOrEqual(MAX_WAIT_MS - 50);
      expect(elapsed).toBeLessThan(MAX_WAIT_MS + 2_000);
    });

    it('leaves the response without a note when atLeast is not asked, and refuses one that is no position', async () => {
      const plain = await t.query('{ regions { id } }') as Answer<unknown>;
      expect(plain.extensions?.freshness).toBeUndefined();
      const bad = await t.query('{ regions(atLeast: "gisteren") { id } }') as Answer<unknown>;
      expect(codeOf(bad)).toEqual([['BAD_USER_INPUT', 'atLeast']]);
    });
  });

});
