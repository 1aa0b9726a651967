import type { Principal } from '../../command-side/command-context';
import { SUMMER_2024 } from '../../command-side/testing/fixtures';
import { beheerder, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur } from '../../command-side/testing/principals';
import { FRESHNESS_OPTIONS, type FreshnessNote } from '../freshness';
import { accepted, startGraphqlApp, type GraphqlError, type GraphqlTestApp, type MutationAnswer } from './graphql-test-app';

/** What a query answers over HTTP, the response's extensions included. */
export interface Answer<Data> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly GraphqlError[];
  readonly extensions?: { readonly freshness?: FreshnessNote };
}

export const MAX_WAIT_MS = 1_000;

/** Every query of DESIGN.md section 6. */
export const CONTRACT_QUERIES = [
  'me', 'nationalOverview', 'regions', 'region', 'circles', 'circle', 'learnings', 'learning', 'learningDiffusion',
  'weeklyLogs', 'projectionStatus',
];

/** Queries added beside the read side (security, reports): answered from the events, not the read models. */
export const EVENT_STORE_QUERIES: readonly string[] = ['auditTrail', 'programmeReportPreview'];

/**
 * Every query of DESIGN.md 6 over HTTP, on data made by the mutations: West-Brabant West and
 * Flevoland, their people, five circles, three learnings of which one travels to Flevoland, and
 * two weeks of an ambassador's work. Each query asks `atLeast` the last mutation's position.
 */
export async function startQueryStory() {
  let t: GraphqlTestApp = undefined as never;
  let last: MutationAnswer = undefined as never;
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
  return {
    t, ids, send, ask, data, codeOf,
    /** The answer of the last mutation sent. */
    get last(): MutationAnswer { return last; },
    close: () => t.close(),
  };
}

export type QueryStory = Awaited<ReturnType<typeof startQueryStory>>;
