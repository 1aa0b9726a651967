import { randomUUID } from 'node:crypto';
import { Ambassador, Circle, Learning, Region, weeksEndingAt } from '@leerkring/domain';
import type { RecordedEvent } from '@leerkring/event-store';
import { AppointAmbassadorCommand } from '../ambassadors/appoint-ambassador.command';
import { LogWeeklyWorkCommand } from '../ambassadors/log-weekly-work.command';
import { RecordSessionCommand } from '../circles/record-session.command';
import { StartCircleCommand } from '../circles/start-circle.command';
import { AppointDeveloperCommand } from '../developers/appoint-developer.command';
import { AssignDeveloperToRegionCommand } from '../developers/assign-developer-to-region.command';
import { AdoptLearningCommand } from '../learnings/adopt-learning.command';
import { CaptureLearningCommand } from '../learnings/capture-learning.command';
import { PromoteLearningCommand } from '../learnings/promote-learning.command';
import { AddMunicipalityCommand } from '../regions/add-municipality.command';
import { AddTransformationPlanCommand } from '../regions/add-transformation-plan.command';
import { RegisterRegionCommand } from '../regions/register-region.command';
import type { CommandResult } from './command-result';
import { eventIdFor } from './deterministic-event-id';
import { startCommandSide, type CommandSideTestApp } from './testing/command-side-test-app';
import {
  FLEVOLAND, SUMMER_2024, WEST_BRABANT_WEST, WEST_BRABANT_WEST_MUNICIPALITIES, circleOnWachttijden, developer,
  learningOf, nationalAmbassador, regionalAmbassador, weeklyWork,
} from './testing/fixtures';
import { beheerder, by, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur } from './testing/principals';

/**
 * West-Brabant West's systeemaanpak on wachttijden, told through the command bus: the region
 * and its nine municipalities, its ambassador and ontwikkelaar, a circle and its plenary session,
 * a learning that Flevoland takes over and a landelijk ambassadeur lifts, and twelve weeks of work.
 */
describe('the story of West-Brabant West through the command bus', () => {
  const now = SUMMER_2024;
  const ambassador = regionalAmbassador('JZ36');
  const flevolandAmbassador = regionalAmbassador('JZ08');
  const national = nationalAmbassador();
  const ontwikkelaarData = developer();
  const planId = randomUUID();
  const circle = circleOnWachttijden('JZ36', ontwikkelaarData.developerId, {
    title: 'Systeemaanpak wachttijden West-Brabant West', transformationPlanId: planId,
  });
  const learning = learningOf(circle.circleId);
  const weeks = weeksEndingAt('2024-W25', 12);
  const sessionKey = 'record-plenary-session-1';

  let app: CommandSideTestApp;
  const answers: CommandResult[] = [];

  async function send(command: Parameters<CommandSideTestApp['send']>[0]): Promise<CommandResult> {
    const answer = await app.send(command);
    answers.push(answer);
    return answer;
  }

  beforeAll(async () => {
    app = await startCommandSide(now);
    const admin = by(beheerder);
    await send(new RegisterRegionCommand(WEST_BRABANT_WEST, admin));
    for (const municipality of WEST_BRABANT_WEST_MUNICIPALITIES) {
      await send(new AddMunicipalityCommand({ regionId: 'JZ36', municipality }, by(beheerder)));
    }
    await send(new AddTransformationPlanCommand({
      regionId: 'JZ36', planId, title: 'Plan van aanpak wachttijden', themes: ['wachttijden'],
      period: { from: '2023-01-01', to: '2025-12-31' },
    }, by(beheerder)));
    await send(new RegisterRegionCommand(FLEVOLAND, by(beheerder)));
    for (const data of [ambassador, flevolandAmbassador, national]) {
      await send(new AppointAmbassadorCommand(data, by(beheerder)));
    }
    await send(new AppointDeveloperCommand(ontwikkelaarData, by(beheerder)));
    await send(new AssignDeveloperToRegionCommand(
      { developerId: ontwikkelaarData.developerId, regionId: 'JZ36' }, by(beheerder),
    ));
    const asDeveloper = ontwikkelaar(ontwikkelaarData.developerId, 'JZ36');
    await send(new StartCircleCommand(circle, by(asDeveloper)));
    await send(new RecordSessionCommand({
      circleId: circle.circleId, sessionId: randomUUID(), date: '2024-04-15', format: 'plenair', attendeeCount: 112,
      sectorsPresent: ['jeugdhulp', 'gemeente', 'onderwijs', 'ggz', 'client'],
      summary: 'Systeemaanpak: initiatiefgroep gevormd, plan van aanpak voor de negen gemeenten besproken.',
    }, by(asDeveloper, { idempotencyKey: sessionKey })));
    await send(new CaptureLearningCommand(learning, by(regioAmbassadeur(ambassador.ambassadorId, 'JZ36'))));
    await send(new AdoptLearningCommand({
      learningId: learning.learningId, adaptation: 'Eén wachtlijst voor de 24-uurszorg in Flevoland',
      adoptedOn: '2024-06-20',
    }, by(regioAmbassadeur(flevolandAmbassador.ambassadorId, 'JZ08'))));
    await send(new PromoteLearningCommand({
      learningId: learning.learningId, promoterId: national.ambassadorId,
      reason: 'Een succesfactor die heel Nederland moet kennen',
    }, by(landelijkAmbassadeur(national.ambassadorId))));
    for (const week of weeks) {
      await send(new LogWeeklyWorkCommand(
        weeklyWork(ambassador.ambassadorId, week, [circle.circleId]),
        by(regioAmbassadeur(ambassador.ambassadorId, 'JZ36')),
      ));
    }
  });
  afterAll(async () => { await app?.close(); });

  const types = (events: readonly RecordedEvent[]) => events.map((e) => e.type);

  it('registers West-Brabant West with its nine municipalities and plan, and Flevoland', async () => {
    const westBrabant = await app.stream(Region.streamName('JZ36'));
    expect(types(westBrabant)).toEqual([
      'RegionRegistered', ...WEST_BRABANT_WEST_MUNICIPALITIES.map(() => 'MunicipalityAdded'), 'TransformationPlanAdded',
    ]);
    expect(westBrabant.slice(1, 10).map((e) => (e.data as { municipality: string }).municipality))
      .toEqual([...WEST_BRABANT_WEST_MUNICIPALITIES]);
    expect(westBrabant.map((e) => e.revision)).toEqual([...Array(11).keys()]);
    expect(types(await app.stream(Region.streamName('JZ08')))).toEqual(['RegionRegistered']);
  });

  it('appoints the ontwikkelaar to JZ36 and starts the circle on wachttijden there', async () => {
    expect(types(await app.stream(`developer-${ontwikkelaarData.developerId}`)))
      .toEqual(['DeveloperAppointed', 'DeveloperAssignedToRegion']);
    const circleEvents = await app.stream(Circle.streamName(circle.circleId));
    expect(types(circleEvents)).toEqual(['CircleStarted', 'SessionRecorded']);
    expect(circleEvents[0]?.data).toMatchObject({
      regionId: 'JZ36', themes: ['wachttijden'], transformationPlanId: planId,
    });
    expect(circleEvents[1]?.data).toMatchObject({ format: 'plenair', attendeeCount: 112, regionId: 'JZ36' });
    expect(circleEvents[1]?.id).toBe(eventIdFor(sessionKey, Circle.streamName(circle.circleId), 0));
  });

  it('lets Flevoland adopt the learning and a landelijk ambassadeur promote it', async () => {
    const learningEvents = await app.stream(Learning.streamName(learning.learningId));
    expect(types(learningEvents)).toEqual(['LearningCaptured', 'LearningAdopted', 'LearningPromoted']);
    expect(learningEvents[0]?.data).toMatchObject({ regionId: 'JZ36', circleId: circle.circleId });
    expect(learningEvents[1]?.data).toMatchObject({ byRegionId: 'JZ08', adoptedOn: '2024-06-20' });
    expect(learningEvents[1]?.metadata).toMatchObject({
      actorId: flevolandAmbassador.ambassadorId, actorRole: 'regio-ambassadeur', commandType: 'AdoptLearning',
    });
    expect(learningEvents[2]?.data).toMatchObject({ promoterId: national.ambassadorId, promotedOn: '2024-07-03' });
    expect(learningEvents[2]?.metadata).toMatchObject({ actorRole: 'landelijk-ambassadeur' });
  });

  it('keeps twelve weeks of work in the ambassador stream, after the appointment at schema version 2', async () => {
    const events = await app.stream(Ambassador.streamName(ambassador.ambassadorId));
    expect(types(events)).toEqual(['AmbassadorAppointed', ...weeks.map(() => 'WeeklyWorkLogged')]);
    expect(events.slice(1).map((e) => (e.data as { week: string }).week)).toEqual(weeks);
    expect(events.at(-1)).toMatchObject({
      revision: 12, data: { reportingPeriodId: '2024-Q2', circleIds: [circle.circleId] },
    });
    expect(events[0]?.metadata).toMatchObject({ schemaVersion: 2, commandType: 'AppointAmbassador' });
    expect(events[1]?.metadata).toMatchObject({ schemaVersion: 1, commandType: 'LogWeeklyWork' });
  });

  it('gives every event the full metadata, and ids derived from its command key', async () => {
    const all = await app.store.readAll({ maxCount: 1000 });
    expect(all).toHaveLength(answers.reduce((sum, a) => sum + a.events, 0));
    for (const event of all) {
      expect(event.metadata).toEqual({
        actorId: expect.any(String),
        actorRole: expect.any(String),
        correlationId: expect.any(String),
        causationId: expect.any(String),
        idempotencyKey: expect.any(String),
        commandType: expect.any(String),
        schemaVersion: expect.any(Number),
        occurredAt: now.toISOString(),
      });
      const index = all.filter((e) => e.streamName === event.streamName && e.revision < event.revision
        && e.metadata['idempotencyKey'] === event.metadata['idempotencyKey']).length;
      expect(event.id).toBe(eventIdFor(String(event.metadata['idempotencyKey']), event.streamName, index));
    }
    const causations = new Set(all.map((e) => e.metadata['causationId']));
    expect(causations.size).toBe(answers.length);
  });

  it('answers every command with its stream, revision and the position of its event', async () => {
    const all = await app.store.readAll({ maxCount: 1000 });
    expect(answers.map((a) => a.position)).toEqual(all.map((e) => e.position));
    for (const [i, answer] of answers.entries()) {
      expect(answer).toEqual({
        aggregateId: expect.any(String), streamName: all[i]?.streamName, revision: all[i]?.revision,
        position: all[i]?.position, events: 1,
      });
    }
    const positions = answers.map((a) => a.position);
    expect([...positions].sort()).toEqual(positions);
    expect(answers.at(-1)).toMatchObject({ aggregateId: ambassador.ambassadorId, revision: 12 });
  });
});
