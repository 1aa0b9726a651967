import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@leerkring/event-store';
import type { Principal } from '../command-side/command-context';
import { SUMMER_2024, WEST_BRABANT_WEST_MUNICIPALITIES } from '../command-side/testing/fixtures';
import { beheerder, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur, vng } from '../command-side/testing/principals';
import { accepted, refusal, startGraphqlApp, type GraphqlTestApp, type MutationAnswer } from './testing/graphql-test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * West-Brabant West's systeemaanpak on wachttijden (DESIGN.md 1), told through every mutation of
 * DESIGN.md 6 over HTTP: the regions, their people, a circle with its participants, session and
 * actiegroep, a learning that Flevoland endorses and adopts and a landelijk ambassadeur lifts,
 * another that is retracted, a week logged and corrected, a closed quarter and a closed circle.
 */
describe('every mutation over HTTP: the story of West-Brabant West', () => {
  let t: GraphqlTestApp;
  const answers = new Map<string, MutationAnswer>();
  const mutationsSent = new Set<string>();
  const ids = {
    plan: '', supportPeriod: '', ambassador: '', flevolandAmbassador: '', national: '', developer: '', circle: '',
    participants: [] as string[], session: '', actionGroup: '', learning: '', retracted: '',
  };

  /** Sends the mutation with a fresh idempotency key; fails the test unless it is accepted. */
  async function send(step: string, mutation: string, input: Record<string, unknown>, as: Principal): Promise<MutationAnswer> {
    const payload = accepted(await t.mutate(mutation, { idempotencyKey: `story-${step}`, ...input }, as));
    answers.set(step, payload);
    mutationsSent.add(mutation);
    return payload;
  }

  const types = (events: readonly RecordedEvent[]) => events.map((e) => e.type);

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });

    // The regions, by the beheerder.
    await send('register-jz36', 'registerRegion', {
      regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder);
    for (const [i, municipality] of WEST_BRABANT_WEST_MUNICIPALITIES.entries()) {
      await send(`municipality-${i}`, 'addMunicipality', { regionId: 'JZ36', municipality }, beheerder);
    }
    ids.plan = (await send('plan', 'addTransformationPlan', {
      regionId: 'JZ36', title: 'Plan van aanpak wachttijden', themes: ['WACHTTIJDEN', 'UURSZORG_24'],
      period: { from: '2023-01-01', to: '2025-12-31' },
    }, beheerder)).createdId ?? '';
    ids.supportPeriod = (await send('support-start', 'startSupportPeriod', {
      regionId: 'JZ36', startsOn: '2019-01-01',
    }, beheerder)).createdId ?? '';
    await send('support-end', 'endSupportPeriod', { regionId: 'JZ36', endsOn: '2021-12-31' }, beheerder);
    await send('register-jz08', 'registerRegion', {
      regionId: 'JZ08', slug: 'flevoland', name: 'Flevoland', province: 'Flevoland',
    }, beheerder);
    await send('rename-jz08', 'renameRegion', { regionId: 'JZ08', name: 'Jeugdzorgregio Flevoland' }, beheerder);
    await send('municipality-almere', 'addMunicipality', { regionId: 'JZ08', municipality: 'Almere' }, beheerder);
    await send('municipality-zeewolde', 'addMunicipality', { regionId: 'JZ08', municipality: 'Zeewolde' }, beheerder);
    await send('municipality-zeewolde-leaves', 'removeMunicipality', { regionId: 'JZ08', municipality: 'Zeewolde' }, beheerder);

    // The people: ids chosen by the server, answered as aggregateId.
    const person = (name: string) => ({ name, email: null });
    ids.ambassador = (await send('ambassador-jz36', 'appointAmbassador', {
      person: person('Anouk de Vries'), scope: 'REGIONAL', regionId: 'JZ36', background: 'GEMEENTE', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.flevolandAmbassador = (await send('ambassador-jz08', 'appointAmbassador', {
      person: person('Bram Jansen'), scope: 'REGIONAL', regionId: 'JZ08', background: 'CLIENT', appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.national = (await send('ambassador-national', 'appointAmbassador', {
      person: person('Karin Smit'), scope: 'NATIONAL', background: 'JEUGDHULP', hoursPerWeek: 16, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    ids.developer = (await send('developer', 'appointDeveloper', {
      person: { name: 'Sem Bakker', email: 'sem.bakker@example.nl' }, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    await send('assign', 'assignDeveloperToRegion', { developerId: ids.developer, regionId: 'JZ36' }, beheerder);

    // The circle, run by the ontwikkelaar.
    const asDeveloper = ontwikkelaar(ids.developer, 'JZ36');
    ids.circle = (await send('circle', 'startCircle', {
      regionId: 'JZ36', developerId: ids.developer, title: 'Systeemaanpak wachttijden West-Brabant West',
      description: 'Initiatiefgroep en plan van aanpak voor de negen gemeenten', themes: ['WACHTTIJDEN'],
      transformationPlanId: ids.plan, startedOn: '2024-03-01',
    }, asDeveloper)).aggregateId;
    const participants: string[] = [];
    for (const [i, [name, sector, organisation]] of [
      ['Fatima el Amrani', 'JEUGDHULP', 'Zorgaanbieder Roosendaal'],
      ['Joost van Dijk', 'GEMEENTE', 'Gemeente Etten-Leur'],
      ['Ilse Verbeek', 'ONDERWIJS', 'Samenwerkingsverband PO'],
    ].entries()) {
      const answer = await send(`participant-${i}`, 'addParticipant', {
        circleId: ids.circle, person: { name }, sector, organisation, role: 'initiatiefgroep',
      }, asDeveloper);
      participants.push(answer.createdId ?? '');
    }
    ids.participants = participants;
    await send('participant-leaves', 'removeParticipant', {
      circleId: ids.circle, participantId: participants[2], reason: 'Andere functie',
    }, asDeveloper);
    ids.session = (await send('session', 'recordSession', {
      circleId: ids.circle, date: '2024-04-15', format: 'PLENAIR', attendeeCount: 112,
      attendeeIds: participants.slice(0, 2), sectorsPresent: ['JEUGDHULP', 'GEMEENTE', 'ONDERWIJS', 'GGZ', 'CLIENT'],
      summary: 'Systeemaanpak: initiatiefgroep gevormd, plan van aanpak voor de negen gemeenten besproken.',
    }, asDeveloper)).createdId ?? '';
    ids.actionGroup = (await send('action-group', 'formActionGroup', {
      circleId: ids.circle, name: 'Actiegroep één wachtlijst', theme: 'WACHTTIJDEN', memberIds: participants.slice(0, 2),
    }, asDeveloper)).createdId ?? '';

    // The learning travels.
    const asAmbassador = regioAmbassadeur(ids.ambassador, 'JZ36');
    const asFlevoland = regioAmbassadeur(ids.flevolandAmbassador, 'JZ08');
    const learning = {
      circleId: ids.circle, title: 'Eén gedeeld beeld van de wachtlijst',
      insight: 'Pas toen aanbieders en gemeenten één wachtlijst deelden, werd zichtbaar welke kinderen te lang wachtten.',
      themes: ['WACHTTIJDEN'], successFactors: ['een initiatiefgroep met alle sectoren'],
      evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    };
    ids.learning = (await send('capture', 'captureLearning', learning, asAmbassador)).aggregateId;
    await send('revise', 'reviseLearning', {
      learningId: ids.learning, evidenceLevel: 'GOED_ONDERBOUWD', knowledgeSources: ['PRAKTIJK', 'ERVARING'],
    }, asAmbassador);
    await send('endorse', 'endorseLearning', { learningId: ids.learning, comment: 'Herkenbaar' }, asFlevoland);
    await send('adopt', 'adoptLearning', {
      learningId: ids.learning, adaptation: 'Eén wachtlijst voor de 24-uurszorg in Flevoland', adoptedOn: '2024-06-20',
    }, asFlevoland);
    await send('promote', 'promoteLearning', {
      learningId: ids.learning, reason: 'Een succesfactor die heel Nederland moet kennen',
    }, landelijkAmbassadeur(ids.national));
    ids.retracted = (await send('capture-other', 'captureLearning', {
      ...learning, title: 'Wachtlijst per aanbieder', themes: ['UURSZORG_24'], origin: 'CASUS',
    }, asAmbassador)).aggregateId;
    await send('retract', 'retractLearning', { learningId: ids.retracted, reason: 'Dubbel met de gedeelde wachtlijst' }, asAmbassador);

    // A week of work, corrected, then the quarter closed by VNG.
    const week = {
      ambassadorId: ids.ambassador, week: '2024-W25', hours: 8, circleIds: [ids.circle],
      activities: [{ kind: 'BIJEENKOMST', text: 'Initiatiefgroep wachttijden voorbereid' }],
      partnersReached: 6, sectorsReached: ['JEUGDHULP', 'GEMEENTE'], reflection: 'Veel energie in de groep',
    };
    await send('log-week', 'logWeeklyWork', week, asAmbassador);
    await send('correct-week', 'correctWeeklyWork', {
      ...week, hours: 6.5, whatChanged: 'Anderhalf uur minder: een overleg ging niet door',
    }, asAmbassador);
    await send('close-q2', 'closeReportingPeriod', { reportingPeriodId: '2024-Q2' }, vng);

    // The end of the circle and of two people's part in it.
    await send('close-circle', 'closeCircle', {
      circleId: ids.circle, closedOn: '2024-07-02', outcome: 'Eén wachtlijst voor de regio, overgenomen door Flevoland',
    }, asDeveloper);
    await send('release', 'releaseDeveloperFromRegion', { developerId: ids.developer, regionId: 'JZ36' }, beheerder);
    await send('depart', 'departAmbassador', { ambassadorId: ids.flevolandAmbassador, departedOn: '2024-07-01' }, beheerder);
  });
  afterAll(async () => { await t?.close(); });

  it('accepts every mutation of DESIGN.md section 6 but forgetPerson, and the four extra ones', () => {
    expect([...mutationsSent].sort()).toEqual([
      'registerRegion', 'addMunicipality', 'addTransformationPlan', 'startSupportPeriod', 'endSupportPeriod',
      'appointAmbassador', 'logWeeklyWork', 'correctWeeklyWork', 'appointDeveloper', 'assignDeveloperToRegion',
      'startCircle', 'addParticipant', 'removeParticipant', 'recordSession', 'formActionGroup', 'closeCircle',
      'captureLearning', 'reviseLearning', 'endorseLearning', 'adoptLearning', 'promoteLearning', 'retractLearning',
      'closeReportingPeriod',
      'removeMunicipality', 'renameRegion', 'releaseDeveloperFromRegion', 'departAmbassador',
    ].sort());
    expect(answers.size).toBe(43);
  });

  it('answers each with the aggregate, its revision, one event and a global position in order', () => {
    const all = [...answers.values()];
    for (const answer of all) {
      expect(answer.eventCount).toBe(1);
      expect(answer.position).toMatch(/^[0-9a-f-]+$/);
    }
    const positions = all.map((a) => a.position);
    expect([...positions].sort()).toEqual(positions);
    expect(new Set(positions).size).toBe(positions.length);
    expect(answers.get('register-jz36')).toMatchObject({ aggregateId: 'JZ36', revision: 0, createdId: null });
    expect(answers.get('municipality-8')).toMatchObject({ aggregateId: 'JZ36', revision: 9 });
    expect(answers.get('support-end')).toMatchObject({ aggregateId: 'JZ36', revision: 12 });
    expect(answers.get('close-circle')).toMatchObject({ aggregateId: ids.circle, revision: 7 });
    expect(answers.get('promote')).toMatchObject({ aggregateId: ids.learning, revision: 4 });
  });

  it('generates the ids of created aggregates and entities, and answers them', () => {
    const { participants, ...single } = ids;
    for (const id of Object.values(single)) expect(id).toMatch(UUID);
    expect(participants).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    expect(new Set([...Object.values(single), ...participants]).size).toBe(Object.keys(single).length + 3);
  });

  it('keeps the regions with their municipalities, plan and support period', async () => {
    const westBrabant = await t.stream('region-JZ36');
    expect(types(westBrabant)).toEqual([
      'RegionRegistered', ...WEST_BRABANT_WEST_MUNICIPALITIES.map(() => 'MunicipalityAdded'), 'TransformationPlanAdded',
      'SupportPeriodStarted', 'SupportPeriodEnded',
    ]);
    // The GraphQL name UURSZORG_24 arrives in the domain as its code.
    expect(westBrabant[10]?.data).toMatchObject({ planId: ids.plan, themes: ['wachttijden', '24-uurszorg'] });
    expect(westBrabant[11]?.data).toMatchObject({ periodId: ids.supportPeriod, startsOn: '2019-01-01' });
    expect(types(await t.stream('region-JZ08'))).toEqual([
      'RegionRegistered', 'RegionRenamed', 'MunicipalityAdded', 'MunicipalityAdded', 'MunicipalityRemoved',
    ]);
  });

  it('keeps the circle with its participants, session, actiegroep and close, in codes of the domain', async () => {
    const circle = await t.stream(`circle-${ids.circle}`);
    expect(types(circle)).toEqual([
      'CircleStarted', 'ParticipantAdded', 'ParticipantAdded', 'ParticipantAdded', 'ParticipantRemoved',
      'SessionRecorded', 'ActionGroupFormed', 'CircleClosed',
    ]);
    expect(circle[0]?.data).toMatchObject({ regionId: 'JZ36', developerId: ids.developer, transformationPlanId: ids.plan });
    expect(circle[1]?.data).toMatchObject({ sector: 'jeugdhulp', participantId: ids.participants[0] });
    expect(circle[5]?.data).toMatchObject({
      sessionId: ids.session, format: 'plenair', attendeeCount: 112, sectorsPresent: ['jeugdhulp', 'gemeente', 'onderwijs', 'ggz', 'client'],
    });
    expect(circle[6]?.data).toMatchObject({ actionGroupId: ids.actionGroup, theme: 'wachttijden' });
    expect(circle[0]?.metadata).toMatchObject({ actorId: ids.developer, actorRole: 'ontwikkelaar', idempotencyKey: 'story-circle' });
  });

  it('lets the learning be revised, endorsed and adopted by Flevoland, promoted, and another retracted', async () => {
    const learning = await t.stream(`learning-${ids.learning}`);
    expect(types(learning)).toEqual([
      'LearningCaptured', 'LearningRevised', 'LearningEndorsed', 'LearningAdopted', 'LearningPromoted',
    ]);
    expect(learning[0]?.data).toMatchObject({ regionId: 'JZ36', evidenceLevel: 'goed-beschreven', origin: 'sessie' });
    expect(learning[2]?.data).toMatchObject({ byRegionId: 'JZ08' });
    expect(learning[3]?.data).toMatchObject({ byRegionId: 'JZ08', adoptedOn: '2024-06-20' });
    expect(learning[4]?.data).toMatchObject({ promoterId: ids.national });
    expect(types(await t.stream(`learning-${ids.retracted}`))).toEqual(['LearningCaptured', 'LearningRetracted']);
  });

  it('keeps the week logged and corrected, the quarter closed, and the people released and departed', async () => {
    const ambassador = await t.stream(`ambassador-${ids.ambassador}`);
    expect(types(ambassador)).toEqual(['AmbassadorAppointed', 'WeeklyWorkLogged', 'WeeklyWorkCorrected']);
    expect(ambassador[1]?.data).toMatchObject({ week: '2024-W25', sectorsReached: ['jeugdhulp', 'gemeente'] });
    expect(ambassador[2]?.data).toMatchObject({ hours: 6.5, late: false });
    expect(types(await t.stream('reporting-period-2024-q2'))).toEqual(['ReportingPeriodClosed']);
    expect(types(await t.stream(`developer-${ids.developer}`)))
      .toEqual(['DeveloperAppointed', 'DeveloperAssignedToRegion', 'DeveloperReleasedFromRegion']);
    expect(types(await t.stream(`ambassador-${ids.flevolandAmbassador}`))).toEqual(['AmbassadorAppointed', 'AmbassadorDeparted']);
    expect(types(await t.stream(`ambassador-${ids.national}`))).toEqual(['AmbassadorAppointed']);
  });

  it('answers a repeated mutation with the same payload and appends nothing', async () => {
    const again = accepted(await t.mutate('startCircle', {
      idempotencyKey: 'story-circle', regionId: 'JZ36', developerId: ids.developer,
      title: 'Systeemaanpak wachttijden West-Brabant West',
      description: 'Initiatiefgroep en plan van aanpak voor de negen gemeenten', themes: ['WACHTTIJDEN'],
      transformationPlanId: ids.plan, startedOn: '2024-03-01',
    }, ontwikkelaar(ids.developer, 'JZ36')));
    expect(again).toEqual(answers.get('circle'));
    const participant = accepted(await t.mutate('addParticipant', {
      idempotencyKey: 'story-participant-0', circleId: ids.circle, person: { name: 'Fatima el Amrani' },
      sector: 'JEUGDHULP', organisation: 'Zorgaanbieder Roosendaal', role: 'initiatiefgroep',
    }, ontwikkelaar(ids.developer, 'JZ36')));
    expect(participant).toEqual(answers.get('participant-0'));
    expect(await t.stream(`circle-${ids.circle}`)).toHaveLength(8);
    // The same key from another actor is another command (another derived circle id): it is
    // decided afresh, not answered with the first circle.
    const other = refusal(await t.mutate('startCircle', {
      idempotencyKey: 'story-circle', regionId: 'JZ08', developerId: randomUUID(), title: 'Elders',
      themes: ['CRISIS'], startedOn: '2024-03-01',
    }, ontwikkelaar('elders-1', 'JZ08')));
    expect(other.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'developer-not-assigned-to-region' });
  });
});
