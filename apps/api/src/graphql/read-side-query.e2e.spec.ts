import { readModelProjectors } from '@leerkring/read-models';
import { regioAmbassadeur } from '../command-side/testing/principals';
import { CONTRACT_QUERIES, EVENT_STORE_QUERIES, startQueryStory, type QueryStory } from './testing/query-story';

/** Every query of DESIGN.md 6 over HTTP, on data made by the mutations (see testing/query-story.ts). */
describe('the queries of the public contract over HTTP', () => {
  let story: QueryStory;
  let t: QueryStory['t'];
  let ids: QueryStory['ids'];
  const ask: QueryStory['ask'] = (...args) => story.ask(...args);
  const data: QueryStory['data'] = (...args) => story.data(...args);
  const codeOf: QueryStory['codeOf'] = (answer) => story.codeOf(answer);

  beforeAll(async () => {
    story = await startQueryStory();
    ({ t, ids } = story);
  });
  afterAll(async () => { await story?.close(); });

  it('offers every query of DESIGN.md section 6, each with atLeast, and the queries read from the event store itself', async () => {
    const res = await t.query<{ __schema: { queryType: { fields: Array<{ name: string; args: Array<{ name: string }> }> } } }>(
      '{ __schema { queryType { fields { name args { name } } } } }',
    );
    const fields = res.data?.__schema.queryType.fields ?? [];
    const names = fields.map((f) => f.name);
    expect(names.filter((name) => !EVENT_STORE_QUERIES.includes(name)).sort()).toEqual([...CONTRACT_QUERIES].sort());
    expect(names).toEqual(expect.arrayContaining([...EVENT_STORE_QUERIES]));
    // The event store is always current: those take no `atLeast`.
    for (const field of fields.filter((f) => CONTRACT_QUERIES.includes(f.name))) {
      expect(field.args.map((a) => a.name)).toContain('atLeast');
    }
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


  it('projectionStatus: every projector live, at the last position, with no lag', async () => {
    const { projectionStatus } = await data<{ projectionStatus: Array<Record<string, unknown>> }>(`query($atLeast: String) {
      projectionStatus(atLeast: $atLeast) { name version state position lagEvents lagSeconds failure { eventId } rebuild { processed } } }`);
    expect(projectionStatus.map((p) => p['name']).sort()).toEqual(readModelProjectors.map((p) => p.name).sort());
    for (const status of projectionStatus) {
      expect(status).toEqual({
        name: status['name'], version: expect.any(Number), state: 'LIVE', position: story.last.position, lagEvents: 0, lagSeconds: 0,
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
