import { readModelProjectors } from '@leerkring/read-models';
import type { Principal } from '../command-side/command-context';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur } from '../command-side/testing/principals';
import { FRESHNESS_OPTIONS, type FreshnessNote } from './freshness';
import { accepted, startGraphqlApp, type GraphqlError, type GraphqlTestApp, type MutationAnswer } from './testing/graphql-test-app';

/** What a query answers over HTTP, the response's extensions included. */
interface Answer<Data> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly GraphqlError[];
  readonly extensions?: { readonly freshness?: FreshnessNote };
}

const MAX_WAIT_MS = 1_000;

/** Every query of DESIGN.md section 6. */
const CONTRACT_QUERIES = [
  'me', 'nationalOverview', 'regions', 'region', 'circles', 'circle', 'learnings', 'learning', 'learningDiffusion',
  'weeklyLogs', 'projectionStatus',
];

/**
 * Every query of DESIGN.md 6 over HTTP, on data made by the mutations: West-Brabant West and
 * Flevoland, their people, five circles, three learnings of which one travels to Flevoland, and
 * two weeks of an ambassador's work. Each query asks `atLeast` the last mutation's position.
 */
describe('the queries of the public contract over HTTP', () => {
  let t: GraphqlTestApp;
  let last: MutationAnswer;
  let keys = 0;
  const ids = {
    ambassador: '', flevolandAmbassador: '', national: '', developer: '', plan: '',
    circles: [] as string[], participants: [] as string[], learning: '', otherLearning: '', retracted: '',
  };

  async function send(mutation: string, input: Record<string, unknown>, as: Principal): Promise<MutationAnswer> {
    last = accepted(await t.mutate(mutation, { idempotencyKey: `query-story-${++keys}`, ...input }, as));
    return last;
  }

  async function ask<Data>(document: string, variables: Record<string, unknown> = {}, as?: Principal): Promise<Answer<Data>> {
    return await t.query<Data>(document, { atLeast: last.position, ...variables }, as) as Answer<Data>;
  }

  /** The data of a query that must succeed, and must have seen the last mutation. */
  async function data<Data>(document: string, variables: Record<string, unknown> = {}, as?: Principal): Promise<Data> {
    const answer = await ask<Data>(document, variables, as);
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.freshness).toEqual({ atLeast: last.position, reached: true });
    return answer.data as Data;
  }

  const codeOf = (answer: Answer<unknown>) => answer.errors?.map((e) => [e.extensions.code, e.extensions['field']]);

  beforeAll(async () => {
    t = await startGraphqlApp({
      now: SUMMER_2024,
      configure: (builder) => builder.overrideProvider(FRESHNESS_OPTIONS).useValue({ maxWaitMs: MAX_WAIT_MS }),
    });
    await send('registerRegion', {
      regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder);
    await send('registerRegion', { regionId: 'JZ08', slug: 'flevoland', name: 'Flevoland', province: 'Flevoland' }, beheerder);
    for (const municipality of ['Roosendaal', 'Etten-Leur']) await send('addMunicipality', { regionId: 'JZ36', municipality }, beheerder);
    ids.plan = (await send('addTransformationPlan', {
      regionId: 'JZ36', title: 'Plan van aanpak wachttijden', themes: ['WACHTTIJDEN'], period: { from: '2023-01-01', to: '2025-12-31' },
    }, beheerder)).createdId ?? '';
    await send('startSupportPeriod', { regionId: 'JZ36', startsOn: '2019-01-01' }, beheerder);
    ids.ambassador = (await send('appointAmbassador', {
      person: { name: 'Anouk de Vries', email: 'anouk@example.nl' }, scope: 'REGIONAL', regionId: 'JZ36',
      background: 'GEMEENTE', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.flevolandAmbassador = (await send('appointAmbassador', {
      person: { name: 'Bram Jansen' }, scope: 'REGIONAL', regionId: 'JZ08', background: 'CLIENT', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.national = (await send('appointAmbassador', {
      person: { name: 'Karin Smit' }, scope: 'NATIONAL', background: 'JEUGDHULP', hoursPerWeek: 16, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.developer = (await send('appointDeveloper', {
      person: { name: 'Sem Bakker', email: 'sem.bakker@example.nl' }, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    await send('assignDeveloperToRegion', { developerId: ids.developer, regionId: 'JZ36' }, beheerder);
    await send('assignDeveloperToRegion', { developerId: ids.developer, regionId: 'JZ08' }, beheerder);

    // Five circles; two start on the same day, so the cursor's tie-break (the id) is exercised.
    const asDeveloper = ontwikkelaar(ids.developer, 'JZ36', 'JZ08');
    for (const [regionId, title, themes, startedOn] of [
      ['JZ36', 'Systeemaanpak wachttijden West-Brabant West', ['WACHTTIJDEN'], '2024-03-01'],
      ['JZ36', 'Werkgemeenschap gezinshuizen', ['GEZINSHUIZEN'], '2024-04-01'],
      ['JZ08', 'Uitstroom 24-uurszorg Flevoland', ['UURSZORG_24'], '2024-04-01'],
      ['JZ08', 'Fasterclass participatie', ['BETERE_TOEGANG'], '2024-05-15'],
      ['JZ36', 'Onderwijs en jeugdhulp samen', ['ONDERWIJS_EN_JEUGDHULP'], '2024-06-01'],
    ] as const) {
      ids.circles.push((await send('startCircle', {
        regionId, developerId: ids.developer, title, themes, startedOn,
        ...(title.startsWith('Systeemaanpak') ? { transformationPlanId: ids.plan } : {}),
      }, asDeveloper)).aggregateId);
    }
    const [wachttijden] = ids.circles;
    for (const [name, email, sector] of [
      ['Fatima el Amrani', 'fatima@example.nl', 'JEUGDHULP'], ['Joost van Dijk', 'joost@example.nl', 'GEMEENTE'],
      ['Ilse Verbeek', 'ilse@example.nl', 'ONDERWIJS'],
    ] as const) {
      ids.participants.push((await send('addParticipant', {
        circleId: wachttijden, person: { name, email }, sector,
        organisation: 'Zorgaanbieder Roosendaal', role: 'initiatiefgroep',
      }, asDeveloper)).createdId ?? '');
    }
    await send('formActionGroup', {
      circleId: wachttijden, name: 'Actiegroep één wachtlijst', theme: 'WACHTTIJDEN', memberIds: [ids.participants[0], ids.participants[2]],
    }, asDeveloper);
    // Ilse leaves after the action group formed: she stays its member, no longer the circle's participant.
    await send('removeParticipant', { circleId: wachttijden, participantId: ids.participants[2], reason: 'Andere functie' }, asDeveloper);
    await send('recordSession', {
      circleId: wachttijden, date: '2024-04-15', format: 'PLENAIR', attendeeCount: 112, attendeeIds: ids.participants.slice(0, 2),
      sectorsPresent: ['JEUGDHULP', 'GEMEENTE'], summary: 'Initiatiefgroep gevormd.',
    }, asDeveloper);
    await send('recordSession', {
      circleId: wachttijden, date: '2024-06-10', format: 'ACTIEGROEP', attendeeCount: 8,
      sectorsPresent: ['JEUGDHULP'], summary: 'Eén wachtlijst uitgewerkt.',
    }, asDeveloper);

    // Three learnings: the first travels to Flevoland and is lifted nationally; the last is retracted.
    const asAmbassador = regioAmbassadeur(ids.ambassador, 'JZ36');
    const asFlevoland = regioAmbassadeur(ids.flevolandAmbassador, 'JZ08');
    const learning = {
      circleId: wachttijden, insight: 'Pas toen aanbieders en gemeenten één wachtlijst deelden, werd zichtbaar wie te lang wachtte.',
      themes: ['WACHTTIJDEN'], successFactors: ['een initiatiefgroep met alle sectoren'],
      evidenceLevel: 'GOED_ONDERBOUWD', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    };
    ids.learning = (await send('captureLearning', { ...learning, title: 'Kortere wachttijden door één gedeelde wachtlijst' }, asAmbassador)).aggregateId;
    ids.otherLearning = (await send('captureLearning', {
      ...learning, circleId: ids.circles[1], title: 'Gezinshuisouders als collega\'s', themes: ['GEZINSHUIZEN'],
      insight: 'Gezinshuisouders die elkaar kennen, houden het langer vol.', evidenceLevel: 'NIET_BEOORDEELD', origin: 'CASUS',
    }, asAmbassador)).aggregateId;
    ids.retracted = (await send('captureLearning', { ...learning, title: 'Wachtlijst per aanbieder bijhouden' }, asAmbassador)).aggregateId;
    await send('retractLearning', { learningId: ids.retracted, reason: 'Dubbel met de gedeelde wachtlijst' }, asAmbassador);
    await send('endorseLearning', { learningId: ids.learning, comment: 'Herkenbaar' }, asFlevoland);
    await send('adoptLearning', {
      learningId: ids.learning, adaptation: 'Eén wachtlijst voor de 24-uurszorg in Flevoland', adoptedOn: '2024-06-20',
    }, asFlevoland);
    await send('promoteLearning', { learningId: ids.learning, reason: 'Een succesfactor voor heel Nederland' }, landelijkAmbassadeur(ids.national));

    // Two weeks of work.
    for (const [week, hours] of [['2024-W25', 8], ['2024-W26', 6.5]] as const) {
      await send('logWeeklyWork', {
        ambassadorId: ids.ambassador, week, hours, circleIds: [wachttijden],
        activities: [{ kind: 'BIJEENKOMST', text: 'Initiatiefgroep voorbereid' }], partnersReached: 6,
        sectorsReached: ['JEUGDHULP', 'GEMEENTE'], reflection: 'Veel energie in de groep',
      }, asAmbassador);
    }
  });
  afterAll(async () => { await t?.close(); });

  it('offers every query of DESIGN.md section 6, each with atLeast', async () => {
    const res = await t.query<{ __schema: { queryType: { fields: Array<{ name: string; args: Array<{ name: string }> }> } } }>(
      '{ __schema { queryType { fields { name args { name } } } } }',
    );
    const fields = res.data?.__schema.queryType.fields ?? [];
    expect(fields.map((f) => f.name).sort()).toEqual([...CONTRACT_QUERIES].sort());
    for (const field of fields) expect(field.args.map((a) => a.name)).toContain('atLeast');
  });

  it('me: the principal, with the name and region the read models know', async () => {
    const me = await data<{ me: Record<string, unknown> }>(`query($atLeast: String) { me(atLeast: $atLeast) {
      actorId role regionIds name regions { name } ambassador { scope region { id } } developer { id } } }`,
    {}, regioAmbassadeur(ids.ambassador, 'JZ36'));
    expect(me.me).toEqual({
      actorId: ids.ambassador, role: 'REGIO_AMBASSADEUR', regionIds: ['JZ36'], name: 'Anouk de Vries',
      regions: [{ name: 'West-Brabant West' }], ambassador: { scope: 'REGIONAL', region: { id: 'JZ36' } }, developer: null,
    });
  });

  it('regions: every region by name, with municipalities, plans, periods, people and circles', async () => {
    const { regions } = await data<{ regions: Array<Record<string, unknown>> }>(`query($atLeast: String) {
      regions(atLeast: $atLeast) {
        id name slug province previousNames
        municipalities { name }
        transformationPlans { title themes periodFrom periodTo }
        supportPeriods { startsOn endsOn }
        ambassadors { name email scope background }
        developers { name email regions { id } }
        circles { title status }
      } }`);
    expect(regions.map((r) => r['name'])).toEqual(['Flevoland', 'West-Brabant West']);
    expect(regions[1]).toEqual({
      id: 'JZ36', name: 'West-Brabant West', slug: 'west-brabant-west', province: 'Noord-Brabant', previousNames: [],
      municipalities: [{ name: 'Etten-Leur' }, { name: 'Roosendaal' }],
      transformationPlans: [{ title: 'Plan van aanpak wachttijden', themes: ['WACHTTIJDEN'], periodFrom: '2023-01-01', periodTo: '2025-12-31' }],
      supportPeriods: [{ startsOn: '2019-01-01', endsOn: null }],
      ambassadors: [{ name: 'Anouk de Vries', email: 'anouk@example.nl', scope: 'REGIONAL', background: 'GEMEENTE' }],
      developers: [{ name: 'Sem Bakker', email: 'sem.bakker@example.nl', regions: [{ id: 'JZ08' }, { id: 'JZ36' }] }],
      circles: [
        { title: 'Onderwijs en jeugdhulp samen', status: 'OPEN' },
        { title: 'Werkgemeenschap gezinshuizen', status: 'OPEN' },
        { title: 'Systeemaanpak wachttijden West-Brabant West', status: 'OPEN' },
      ],
    });
  });

  it('region(id): one region, or null for an unknown id', async () => {
    const found = await data<{ region: { name: string; ambassadors: Array<{ name: string }> } }>(
      'query($atLeast: String) { region(id: "JZ08", atLeast: $atLeast) { name ambassadors { name } } }',
    );
    expect(found.region).toEqual({ name: 'Flevoland', ambassadors: [{ name: 'Bram Jansen' }] });
    expect(await data('query($atLeast: String) { region(id: "JZ99", atLeast: $atLeast) { name } }')).toEqual({ region: null });
  });

  it('circles(filter): by region, theme, status and title, newest first', async () => {
    const titles = async (filter: Record<string, unknown>) => {
      const res = await data<{ circles: { edges: Array<{ node: { title: string } }> } }>(
        'query($filter: CircleFilter, $atLeast: String) { circles(filter: $filter, atLeast: $atLeast) { edges { node { title } } } }',
        { filter },
      );
      return res.circles.edges.map((e) => e.node.title);
    };
    expect(await titles({ regionIds: ['JZ08'] })).toEqual(['Fasterclass participatie', 'Uitstroom 24-uurszorg Flevoland']);
    expect(await titles({ themes: ['WACHTTIJDEN', 'UURSZORG_24'] }))
      .toEqual(['Uitstroom 24-uurszorg Flevoland', 'Systeemaanpak wachttijden West-Brabant West']);
    expect(await titles({ search: 'GEZINS' })).toEqual(['Werkgemeenschap gezinshuizen']);
    expect(await titles({ status: 'CLOSED' })).toEqual([]);
    expect(await titles({ status: 'OPEN', regionIds: ['JZ36'], themes: ['GEZINSHUIZEN'] })).toEqual(['Werkgemeenschap gezinshuizen']);
  });

  it('circle(id): with region, developer, plan, participants, sessions and action groups', async () => {
    const { circle } = await data<{ circle: Record<string, unknown> }>(`query($id: ID!, $atLeast: String) {
      circle(id: $id, atLeast: $atLeast) {
        title themes status startedOn participantCount sessionCount lastSessionOn
        region { name } developer { name } transformationPlan { title }
        participants { name email sector active }
        everyone: participants(includeRemoved: true) { name active }
        sessions { date format attendeeCount sectorsPresent }
        actionGroups { name theme members { name } }
      } }`, { id: ids.circles[0] });
    expect(circle).toEqual({
      title: 'Systeemaanpak wachttijden West-Brabant West', themes: ['WACHTTIJDEN'], status: 'OPEN', startedOn: '2024-03-01',
      participantCount: 2, sessionCount: 2, lastSessionOn: '2024-06-10',
      region: { name: 'West-Brabant West' }, developer: { name: 'Sem Bakker' }, transformationPlan: { title: 'Plan van aanpak wachttijden' },
      participants: [
        { name: 'Fatima el Amrani', email: 'fatima@example.nl', sector: 'JEUGDHULP', active: true },
        { name: 'Joost van Dijk', email: 'joost@example.nl', sector: 'GEMEENTE', active: true },
      ],
      everyone: [
        { name: 'Fatima el Amrani', active: true }, { name: 'Joost van Dijk', active: true }, { name: 'Ilse Verbeek', active: false },
      ],
      sessions: [
        { date: '2024-06-10', format: 'ACTIEGROEP', attendeeCount: 8, sectorsPresent: ['JEUGDHULP'] },
        { date: '2024-04-15', format: 'PLENAIR', attendeeCount: 112, sectorsPresent: ['JEUGDHULP', 'GEMEENTE'] },
      ],
      actionGroups: [{ name: 'Actiegroep één wachtlijst', theme: 'WACHTTIJDEN', members: [{ name: 'Fatima el Amrani' }, { name: 'Ilse Verbeek' }] }],
    });
    expect(await data('query($atLeast: String) { circle(id: "00000000-0000-4000-8000-000000000000", atLeast: $atLeast) { id } }'))
      .toEqual({ circle: null });
  });

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

  it('weeklyLogs(ambassadorId, fromWeek, toWeek): the weeks in the range, oldest first', async () => {
    const query = `query($id: ID!, $from: String!, $to: String!, $atLeast: String) {
      weeklyLogs(ambassadorId: $id, fromWeek: $from, toWeek: $to, atLeast: $atLeast) {
        week hours reportingPeriodId activities { kind text } sectorsReached ambassador { name } region { id } circles { title } } }`;
    const { weeklyLogs } = await data<{ weeklyLogs: Array<Record<string, unknown>> }>(query, { id: ids.ambassador, from: '2024-W20', to: '2024-W30' });
    expect(weeklyLogs.map((w) => [w['week'], w['hours'], w['reportingPeriodId']])).toEqual([['2024-W25', 8, '2024-Q2'], ['2024-W26', 6.5, '2024-Q2']]);
    expect(weeklyLogs[0]).toMatchObject({
      activities: [{ kind: 'BIJEENKOMST', text: 'Initiatiefgroep voorbereid' }], sectorsReached: ['JEUGDHULP', 'GEMEENTE'],
      ambassador: { name: 'Anouk de Vries' }, region: { id: 'JZ36' }, circles: [{ title: 'Systeemaanpak wachttijden West-Brabant West' }],
    });
    const one = await data<{ weeklyLogs: unknown[] }>(query, { id: ids.ambassador, from: '2024-W26', to: '2024-W26' });
    expect(one.weeklyLogs).toHaveLength(1);
    const bad = await ask(query, { id: ids.ambassador, from: '2024-26', to: '2024-W26' });
    expect(codeOf(bad)).toEqual([['BAD_USER_INPUT', 'fromWeek']]);
  });

  it('nationalOverview: the live figures of both regions', async () => {
    const { nationalOverview } = await data<{ nationalOverview: Record<string, unknown> }>(`query($atLeast: String) {
      nationalOverview(atLeast: $atLeast) { live asOfDate totals { regions activeCircles participants learningsCaptured adoptions } } }`);
    expect(nationalOverview).toEqual({
      live: true, asOfDate: '2024-07-03', totals: { regions: 2, activeCircles: 5, participants: 2, learningsCaptured: 2, adoptions: 1 },
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

  it('projectionStatus: every projector live, at the last position, with no lag', async () => {
    const { projectionStatus } = await data<{ projectionStatus: Array<Record<string, unknown>> }>(`query($atLeast: String) {
      projectionStatus(atLeast: $atLeast) { name version state position lagEvents lagSeconds failure { eventId } rebuild { processed } } }`);
    expect(projectionStatus.map((p) => p['name']).sort()).toEqual(readModelProjectors.map((p) => p.name).sort());
    for (const status of projectionStatus) {
      expect(status).toEqual({
        name: status['name'], version: expect.any(Number), state: 'LIVE', position: last.position, lagEvents: 0, lagSeconds: 0,
        failure: null, rebuild: null,
      });
    }
  });

  it('still refuses an abusive nested query with QUERY_TOO_COMPLEX, before reading anything', async () => {
    const res = await t.query(`{ circles(first: 100) { edges { node {
      activity(first: 100) { edges { node { description } } } participants { name } } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
