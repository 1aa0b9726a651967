import type { ConfiguredEventStore } from '@leerkring/event-store';
import type { Principal } from '../command-side/command-context';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, ontwikkelaar, regioAmbassadeur } from '../command-side/testing/principals';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { accepted, startGraphqlApp, type GraphqlTestApp, type MutationAnswer } from '../graphql/testing/graphql-test-app';

const SPRING_2024 = new Date('2024-04-02T10:00:00Z');

const OVERVIEW = `query($asOf: String, $atLeast: String) { nationalOverview(asOf: $asOf, atLeast: $atLeast) {
  asOf asOfDate live quarter recentSince
  regions { regionId name activeCircles sessionsLast90Days participants participantsBySector { sector count }
            learningsCaptured adoptedFromElsewhere adoptedElsewhere lastActivityOn }
  totals { regions activeCircles sessionsLast90Days participants participantsBySector { sector count } learningsCaptured adoptions }
} }`;

interface Overview {
  readonly asOf: string;
  readonly asOfDate: string;
  readonly live: boolean;
  readonly quarter: string;
  readonly recentSince: string;
  readonly regions: ReadonlyArray<Record<string, unknown>>;
  readonly totals: Record<string, unknown>;
}

/**
 * `nationalOverview(asOf)`: a past date folds only the events recorded by the end of that day.
 *
 * The store stamps `recorded_at` itself (the database's clock), so the test moves the first
 * phase of the story into spring 2024 in the store's own table: the only way to have history
 * recorded in the past. Everything else is made by mutations and read over HTTP.
 *
 * Spring (recorded 2024-04-02): West-Brabant West, a circle on wachttijden started 2024-03-01
 * with two participants (jeugdhulp, gemeente), a session on 2024-03-20 and a learning.
 * Summer (2024-07-03): Flevoland joins and adopts the learning; West-Brabant West is renamed;
 * the gemeente participant leaves; two sessions in June; a circle in Flevoland with one
 * participant (onderwijs) and a second learning.
 */
describe('nationalOverview(asOf) over HTTP', () => {
  let t: GraphqlTestApp;
  let last: MutationAnswer;
  let keys = 0;

  async function send(mutation: string, input: Record<string, unknown>, as: Principal): Promise<MutationAnswer> {
    last = accepted(await t.mutate(mutation, { idempotencyKey: `overview-${++keys}`, ...input }, as));
    return last;
  }

  async function overview(asOf?: string) {
    return t.query<{ nationalOverview: Overview }>(OVERVIEW, { asOf: asOf ?? null, atLeast: last.position });
  }

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SPRING_2024 });
    await send('registerRegion', {
      regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder);
    const developerId = (await send('appointDeveloper', { person: { name: 'Sem Bakker' }, appointedOn: '2024-01-08' }, beheerder)).aggregateId;
    await send('assignDeveloperToRegion', { developerId, regionId: 'JZ36' }, beheerder);
    const ambassadorId = (await send('appointAmbassador', {
      person: { name: 'Anouk de Vries' }, scope: 'REGIONAL', regionId: 'JZ36', background: 'GEMEENTE', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    const asDeveloper = ontwikkelaar(developerId, 'JZ36', 'JZ08');
    const wachttijden = (await send('startCircle', {
      regionId: 'JZ36', developerId, title: 'Systeemaanpak wachttijden', themes: ['WACHTTIJDEN'], startedOn: '2024-03-01',
    }, asDeveloper)).aggregateId;
    await send('addParticipant', {
      circleId: wachttijden, person: { name: 'Fatima el Amrani' }, sector: 'JEUGDHULP', organisation: 'Aanbieder', role: 'lid',
    }, asDeveloper);
    const leaving = (await send('addParticipant', {
      circleId: wachttijden, person: { name: 'Joost van Dijk' }, sector: 'GEMEENTE', organisation: 'Gemeente', role: 'lid',
    }, asDeveloper)).createdId;
    await send('recordSession', {
      circleId: wachttijden, date: '2024-03-20', format: 'PLENAIR', attendeeCount: 40, sectorsPresent: ['JEUGDHULP'], summary: 'Start.',
    }, asDeveloper);
    const learningId = (await send('captureLearning', {
      circleId: wachttijden, title: 'Eén gedeelde wachtlijst', insight: 'Samen zien wie te lang wacht.', themes: ['WACHTTIJDEN'],
      evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    }, regioAmbassadeur(ambassadorId, 'JZ36'))).aggregateId;
    const spring = t.app.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE).readSql;
    await spring.query('UPDATE es_events SET recorded_at = $1', [SPRING_2024.toISOString()]);

    t.clock.current = SUMMER_2024;
    await send('registerRegion', { regionId: 'JZ08', slug: 'flevoland', name: 'Flevoland', province: 'Flevoland' }, beheerder);
    await send('renameRegion', { regionId: 'JZ36', name: 'Regio West-Brabant West' }, beheerder);
    await send('assignDeveloperToRegion', { developerId, regionId: 'JZ08' }, beheerder);
    const flevolandAmbassador = (await send('appointAmbassador', {
      person: { name: 'Bram Jansen' }, scope: 'REGIONAL', regionId: 'JZ08', background: 'CLIENT', appointedOn: '2024-05-01',
    }, beheerder)).aggregateId;
    await send('removeParticipant', { circleId: wachttijden, participantId: leaving, reason: 'Andere functie' }, asDeveloper);
    for (const date of ['2024-06-10', '2024-06-24']) {
      await send('recordSession', {
        circleId: wachttijden, date, format: 'ACTIEGROEP', attendeeCount: 8, sectorsPresent: ['JEUGDHULP'], summary: 'Verder.',
      }, asDeveloper);
    }
    const gezinshuizen = (await send('startCircle', {
      regionId: 'JZ08', developerId, title: 'Gezinshuizen Flevoland', themes: ['GEZINSHUIZEN'], startedOn: '2024-06-01',
    }, asDeveloper)).aggregateId;
    await send('addParticipant', {
      circleId: gezinshuizen, person: { name: 'Ilse Verbeek' }, sector: 'ONDERWIJS', organisation: 'School', role: 'lid',
    }, asDeveloper);
    await send('adoptLearning', { learningId, adaptation: 'Voor de 24-uurszorg', adoptedOn: '2024-06-20' },
      regioAmbassadeur(flevolandAmbassador, 'JZ08'));
    await send('captureLearning', {
      circleId: gezinshuizen, title: 'Gezinshuisouders als collega\'s', insight: 'Wie elkaar kent, houdt het langer vol.',
      themes: ['GEZINSHUIZEN'], evidenceLevel: 'NIET_BEOORDEELD', knowledgeSources: ['ERVARING'], origin: 'CASUS',
    }, regioAmbassadeur(flevolandAmbassador, 'JZ08'));
  });
  afterAll(async () => { await t?.close(); });

  it('now: the live projection, with everything recorded so far', async () => {
    const res = await overview();
    expect(res.errors).toBeUndefined();
    const now = res.data!.nationalOverview;
    expect(now).toMatchObject({ asOf: SUMMER_2024.toISOString(), asOfDate: '2024-07-03', live: true, recentSince: '2024-04-05' });
    expect(now.totals).toEqual({
      regions: 2, activeCircles: 2, sessionsLast90Days: 2, participants: 2,
      participantsBySector: [{ sector: 'JEUGDHULP', count: 1 }, { sector: 'ONDERWIJS', count: 1 }],
      learningsCaptured: 2, adoptions: 1,
    });
    expect(now.regions.map((r) => [r['regionId'], r['name'], r['adoptedFromElsewhere'], r['adoptedElsewhere']])).toEqual([
      ['JZ08', 'Flevoland', 1, 0],
      ['JZ36', 'Regio West-Brabant West', 0, 1],
    ]);
  });

  it('a past date: only what was recorded by the end of that day, by the names of then', async () => {
    const res = await overview('2024-04-30');
    expect(res.errors).toBeUndefined();
    expect(res.data!.nationalOverview).toEqual({
      // The end of 30 April in the Netherlands (CEST, UTC+2).
      asOf: '2024-04-30T21:59:59.999Z', asOfDate: '2024-04-30', live: false, quarter: '2024-Q2', recentSince: '2024-02-01',
      regions: [{
        regionId: 'JZ36', name: 'West-Brabant West', activeCircles: 1, sessionsLast90Days: 1, participants: 2,
        participantsBySector: [{ sector: 'JEUGDHULP', count: 1 }, { sector: 'GEMEENTE', count: 1 }],
        learningsCaptured: 1, adoptedFromElsewhere: 0, adoptedElsewhere: 0, lastActivityOn: '2024-04-02',
      }],
      totals: {
        regions: 1, activeCircles: 1, sessionsLast90Days: 1, participants: 2,
        participantsBySector: [{ sector: 'JEUGDHULP', count: 1 }, { sector: 'GEMEENTE', count: 1 }],
        learningsCaptured: 1, adoptions: 0,
      },
    });
  });

  it('a date before anything was recorded: an empty overview', async () => {
    const res = await overview('2024-04-01');
    expect(res.data!.nationalOverview).toMatchObject({ live: false, regions: [], totals: { regions: 0, activeCircles: 0, adoptions: 0 } });
  });

  it('today: the live projection', async () => {
    expect((await overview('2024-07-03')).data!.nationalOverview).toMatchObject({ live: true, asOfDate: '2024-07-03' });
  });

  it.each([
    ['2024-07-04', 'date-in-future'],
    ['2024-02-30', 'date-invalid'],
    ['30-04-2024', 'date-format'],
  ])('refuses asOf %s with BAD_USER_INPUT (%s) on asOf', async (asOf, rule) => {
    const res = await overview(asOf);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'asOf', rule })]);
  });
});
