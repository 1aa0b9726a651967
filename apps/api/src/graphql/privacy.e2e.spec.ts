import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@leerkring/event-store';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, ontwikkelaar, regioAmbassadeur } from '../command-side/testing/principals';
import type { Principal } from '../command-side/command-context';
import { accepted, refusal, startGraphqlApp, type GraphqlTestApp } from './testing/graphql-test-app';

/**
 * The privacy guard over HTTP: free text that identifies a client is answered PRIVACY with the
 * field and the kind of data, the message never repeats the text, and nothing is appended.
 */
describe('free text that identifies a client is refused with PRIVACY and changes nothing', () => {
  let t: GraphqlTestApp;
  let circleId = '';
  let learningId = '';
  let ambassadorId = '';
  let asDeveloper: Principal;
  let asAmbassador: Principal;

  const contents = (events: readonly RecordedEvent[]) =>
    events.map(({ id, type, data, revision }) => ({ id, type, data, revision }));

  /**
   * Sends a mutation that must be refused, and checks that neither the aggregate's stream (which
   * exists already, unless the command would create it) nor the store as a whole moved.
   */
  async function refusedWithoutTrace(
    stream: string, mutation: string, input: Record<string, unknown>, as: Principal,
  ) {
    const before = contents(await t.stream(stream));
    if (mutation !== 'captureLearning') expect(before.length).toBeGreaterThan(0);
    const headBefore = await t.store.headPosition();
    const error = refusal(await t.mutate(mutation, { idempotencyKey: randomUUID(), ...input }, as));
    expect(contents(await t.stream(stream))).toEqual(before);
    expect(await t.store.headPosition()).toEqual(headBefore);
    return error;
  }

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    accepted(await t.mutate('registerRegion', {
      idempotencyKey: 'register', regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder));
    const developerId = accepted(await t.mutate('appointDeveloper', {
      idempotencyKey: 'developer', person: { name: 'Sem Bakker', email: 'sem.bakker@example.nl' }, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    accepted(await t.mutate('assignDeveloperToRegion', { idempotencyKey: 'assign', developerId, regionId: 'JZ36' }, beheerder));
    ambassadorId = accepted(await t.mutate('appointAmbassador', {
      idempotencyKey: 'ambassador', person: { name: 'Anouk de Vries', email: 'anouk@example.nl' }, scope: 'REGIONAL',
      regionId: 'JZ36', background: 'GEMEENTE', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    asDeveloper = ontwikkelaar(developerId, 'JZ36');
    asAmbassador = regioAmbassadeur(ambassadorId, 'JZ36');
    circleId = accepted(await t.mutate('startCircle', {
      idempotencyKey: 'circle', regionId: 'JZ36', developerId, title: 'Systeemaanpak wachttijden', themes: ['WACHTTIJDEN'],
      startedOn: '2024-03-01',
    }, asDeveloper)).aggregateId;
    learningId = accepted(await t.mutate('captureLearning', {
      idempotencyKey: 'learning', circleId, title: 'Eén gedeeld beeld van de wachtlijst',
      insight: 'Op 12-03-2024 deelden aanbieders en gemeenten voor het eerst één wachtlijst (€ 123.456.789 budget).',
      themes: ['WACHTTIJDEN'], evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    }, asAmbassador)).aggregateId;
  });
  afterAll(async () => { await t?.close(); });

  it('captureLearning: a BSN in the insight', async () => {
    const newLearningId = randomUUID();
    const error = await refusedWithoutTrace(`learning-${newLearningId}`, 'captureLearning', {
      learningId: newLearningId, circleId, title: 'Samen plannen',
      insight: 'In de casus (BSN 1234.56.782) bleek hoe lang het wachten duurde.',
      themes: ['WACHTTIJDEN'], evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'CASUS',
    }, asAmbassador);
    expect(error.extensions).toMatchObject({ code: 'PRIVACY', field: 'insight', dataKind: 'bsn', rule: 'privacy-bsn' });
    expect(error.message).toContain('insight');
    expect(error.message).not.toContain('782');
  });

  it('captureLearning: a birth date next to a name in a success factor', async () => {
    const newLearningId = randomUUID();
    const error = await refusedWithoutTrace(`learning-${newLearningId}`, 'captureLearning', {
      learningId: newLearningId, circleId, title: 'Samen plannen', insight: 'Wekelijks de wachtlijst doornemen hielp.',
      successFactors: ['vaste casusregisseur', 'Sanne (03-05-2012) als voorbeeld'],
      themes: ['WACHTTIJDEN'], evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'CASUS',
    }, asAmbassador);
    expect(error.extensions).toMatchObject({ code: 'PRIVACY', field: 'successFactors', dataKind: 'birth-date' });
  });

  it('reviseLearning: an e-mail address in the insight of a learning that exists', async () => {
    const error = await refusedWithoutTrace(`learning-${learningId}`, 'reviseLearning', {
      learningId, insight: 'Vragen over de casus naar moeder.jansen@gmail.com.',
    }, asAmbassador);
    expect(error.extensions).toMatchObject({ code: 'PRIVACY', field: 'insight', dataKind: 'email', rule: 'privacy-email' });
  });

  it('recordSession: a phone number in the summary', async () => {
    const error = await refusedWithoutTrace(`circle-${circleId}`, 'recordSession', {
      circleId, date: '2024-04-15', format: 'CASUSBESPREKING', attendeeCount: 9, sectorsPresent: ['JEUGDHULP', 'GEMEENTE'],
      summary: 'Casus besproken; de moeder is bereikbaar op 06 1234 5678 voor het vervolg.',
    }, asDeveloper);
    expect(error.extensions).toMatchObject({ code: 'PRIVACY', field: 'summary', dataKind: 'phone', rule: 'privacy-phone' });
    expect(error.message).not.toContain('1234');
  });

  it('logWeeklyWork: an e-mail address in the reflection, a BSN in an activity', async () => {
    const week = {
      ambassadorId, week: '2024-W25', hours: 8, circleIds: [circleId],
      activities: [{ kind: 'BIJEENKOMST', text: 'Casusbespreking voorbereid' }],
      partnersReached: 4, sectorsReached: ['JEUGDHULP'], reflection: 'Verslag gestuurd naar vader@example.nl',
    };
    const reflection = await refusedWithoutTrace(`ambassador-${ambassadorId}`, 'logWeeklyWork', week, asAmbassador);
    expect(reflection.extensions)
      .toMatchObject({ code: 'PRIVACY', field: 'reflection', dataKind: 'email', rule: 'privacy-email' });

    const activity = await refusedWithoutTrace(`ambassador-${ambassadorId}`, 'logWeeklyWork', {
      ...week, reflection: 'Goede week', activities: [{ kind: 'GESPREK', text: 'Dossier 123 456 782 doorgenomen' }],
    }, asAmbassador);
    expect(activity.extensions).toMatchObject({ code: 'PRIVACY', field: 'activities[0].text', dataKind: 'bsn' });
  });

  it("accepts the same commands once the text is anonymous, and a person's own e-mail address", async () => {
    accepted(await t.mutate('recordSession', {
      idempotencyKey: randomUUID(), circleId, date: '2024-04-15', format: 'CASUSBESPREKING', attendeeCount: 9,
      sectorsPresent: ['JEUGDHULP'], summary: 'Casus besproken van 09:00 tot 12:30; vervolg op 4 mei met de negen gemeenten.',
    }, asDeveloper));
    accepted(await t.mutate('logWeeklyWork', {
      idempotencyKey: randomUUID(), ambassadorId, week: '2024-W25', hours: 8, circleIds: [circleId],
      activities: [{ kind: 'GESPREK', text: 'Gesprek met de gemeente (KvK 12345678) over 32 uur per week' }],
      partnersReached: 4, sectorsReached: ['JEUGDHULP'], reflection: 'Goede week, verslag gedeeld met de regio',
    }, asAmbassador));
    accepted(await t.mutate('addParticipant', {
      idempotencyKey: randomUUID(), circleId, person: { name: 'Fatima el Amrani', email: 'f.elamrani@example.nl' },
      sector: 'JEUGDHULP', organisation: 'Zorgaanbieder Roosendaal', role: 'gedragswetenschapper',
    }, asDeveloper));
  });
});
