import type { DataSource } from 'typeorm';
import type { Principal } from '../command-side/command-context';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, ontwikkelaar, regioAmbassadeur } from '../command-side/testing/principals';
import { READ_DATA_SOURCE } from '../projections/projections.module';
import { accepted, startGraphqlApp, type GraphqlTestApp, type MutationAnswer } from './testing/graphql-test-app';

const REGIONS_NESTED = `query($atLeast: String) { regions(atLeast: $atLeast) {
  name
  circles { title participants { name } sessions { date } }
  activity(first: 3) { edges { node { description } } }
} }`;

const LEARNINGS_NESTED = `query($atLeast: String) { learnings(first: 50, atLeast: $atLeast) { edges { node {
  title
  region { name }
  endorsements { region { name } }
  adoptions { region { name } }
} } } }`;

/**
 * No N+1: nested relations are loaded through the request's DataLoaders, one statement per
 * relation however many parents there are. Counted on the read data source's query logger, which
 * sees every statement the GraphQL layer sends (the projectors write through their own client).
 */
describe('nested queries read a constant number of statements', () => {
  let t: GraphqlTestApp;
  let last: MutationAnswer;
  let keys = 0;
  let statements: string[] = [];
  let developerId = '';
  const ambassadors = new Map<string, string>();

  async function send(mutation: string, input: Record<string, unknown>, as: Principal): Promise<MutationAnswer> {
    last = accepted(await t.mutate(mutation, { idempotencyKey: `n1-${++keys}`, ...input }, as));
    return last;
  }

  /** The statements the read side sent while answering `document`. */
  async function statementsFor(document: string): Promise<{ count: number; data: unknown }> {
    statements = [];
    const res = await t.query(document, { atLeast: last.position });
    expect(res.errors).toBeUndefined();
    return { count: statements.length, data: res.data };
  }

  async function region(regionId: string, name: string): Promise<void> {
    await send('registerRegion', { regionId, slug: name.toLowerCase(), name, province: 'Utrecht' }, beheerder);
    await send('assignDeveloperToRegion', { developerId, regionId }, beheerder);
    ambassadors.set(regionId, (await send('appointAmbassador', {
      person: { name: `Ambassadeur ${name}` }, scope: 'REGIONAL', regionId, background: 'GEMEENTE', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId);
  }

  /** A circle with two participants, a session and a learning, which `other` endorses and adopts. */
  async function circleWithLearning(regionId: string, other: string, n: number): Promise<void> {
    const asDeveloper = ontwikkelaar(developerId, regionId);
    const circleId = (await send('startCircle', {
      regionId, developerId, title: `Cirkel ${n}`, themes: ['WACHTTIJDEN'], startedOn: '2024-03-01',
    }, asDeveloper)).aggregateId;
    for (const sector of ['JEUGDHULP', 'GEMEENTE']) {
      await send('addParticipant', {
        circleId, person: { name: `Deelnemer ${n} ${sector}` }, sector, organisation: 'Organisatie', role: 'lid',
      }, asDeveloper);
    }
    await send('recordSession', {
      circleId, date: '2024-04-15', format: 'PLENAIR', attendeeCount: 10, sectorsPresent: ['JEUGDHULP'], summary: 'Bijeenkomst.',
    }, asDeveloper);
    const learningId = (await send('captureLearning', {
      circleId, title: `Les ${n}`, insight: 'Samen zien wie te lang wacht.', themes: ['WACHTTIJDEN'],
      evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    }, asDeveloper)).aggregateId;
    const asOther = regioAmbassadeur(ambassadors.get(other) ?? '', other);
    await send('endorseLearning', { learningId, comment: 'Herkenbaar' }, asOther);
    await send('adoptLearning', { learningId, adaptation: 'Aangepast', adoptedOn: '2024-06-20' }, asOther);
  }

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    const dataSource = t.app.get<DataSource>(READ_DATA_SOURCE);
    const logQuery = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      logQuery(query, parameters, runner);
    };
    developerId = (await send('appointDeveloper', { person: { name: 'Sem Bakker' }, appointedOn: '2024-01-08' }, beheerder)).aggregateId;
    await region('JZ36', 'Brabant');
    await region('JZ08', 'Flevoland');
  });
  afterAll(async () => { await t?.close(); });

  it('the same for 2 and for 6 circles (and learnings), across 2 and 3 regions', async () => {
    await circleWithLearning('JZ36', 'JZ08', 1);
    await circleWithLearning('JZ08', 'JZ36', 2);
    const small = { regions: await statementsFor(REGIONS_NESTED), learnings: await statementsFor(LEARNINGS_NESTED) };

    await region('JZ01', 'Utrecht');
    for (const [n, [regionId, other]] of [['JZ36', 'JZ01'], ['JZ08', 'JZ36'], ['JZ01', 'JZ08'], ['JZ01', 'JZ36']].entries()) {
      await circleWithLearning(regionId!, other!, n + 3);
    }
    const large = { regions: await statementsFor(REGIONS_NESTED), learnings: await statementsFor(LEARNINGS_NESTED) };

    // The data did grow: every circle and learning is in the larger answers.
    const circlesIn = (data: unknown) => (data as { regions: Array<{ circles: unknown[] }> }).regions.flatMap((r) => r.circles).length;
    const learningsIn = (data: unknown) => (data as { learnings: { edges: unknown[] } }).learnings.edges.length;
    expect([circlesIn(small.regions.data), circlesIn(large.regions.data)]).toEqual([2, 6]);
    expect([learningsIn(small.learnings.data), learningsIn(large.learnings.data)]).toEqual([2, 6]);

    // regions, their circles, participants, sessions, a page of activity per region, and the
    // participants' circles once more (whose region decides who reads their names): 6 statements.
    expect([small.regions.count, large.regions.count]).toEqual([6, 6]);
    // learnings, their regions, endorsements, adoptions (their regions are in the loader's cache by then): 4.
    expect([small.learnings.count, large.learnings.count]).toEqual([4, 4]);
  });
});
