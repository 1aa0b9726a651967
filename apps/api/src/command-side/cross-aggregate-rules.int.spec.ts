import { randomUUID } from 'node:crypto';
import { Ambassador, Circle, DomainError, Learning } from '@leerkring/domain';
import { CorrectWeeklyWorkCommand } from '../ambassadors/correct-weekly-work.command';
import { LogWeeklyWorkCommand } from '../ambassadors/log-weekly-work.command';
import { StartCircleCommand } from '../circles/start-circle.command';
import { AssignDeveloperToRegionCommand } from '../developers/assign-developer-to-region.command';
import { AdoptLearningCommand } from '../learnings/adopt-learning.command';
import { CaptureLearningCommand } from '../learnings/capture-learning.command';
import { EndorseLearningCommand } from '../learnings/endorse-learning.command';
import { PromoteLearningCommand } from '../learnings/promote-learning.command';
import { CloseReportingPeriodCommand } from '../reporting-periods/close-reporting-period.command';
import { startCommandSide, type CommandSideTestApp } from './testing/command-side-test-app';
import {
  FLEVOLAND, SUMMER_2024, WEST_BRABANT_WEST, circleOnWachttijden, learningOf, weeklyWork,
} from './testing/fixtures';
import { beheerder, by, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur, vng } from './testing/principals';
import {
  circleIn, developerIn, learningIn, nationalAmbassadorAppointed, regionalAmbassadorIn, registerRegion,
} from './testing/seed';

/** Rules that need facts from other aggregates, refused by name through the bus. */
describe('rules across aggregates', () => {
  let app: CommandSideTestApp;
  let westBrabantCircle: string;
  let flevolandCircle: string;
  let ambassadorId: string;

  beforeAll(async () => {
    app = await startCommandSide(SUMMER_2024);
    await registerRegion(app, WEST_BRABANT_WEST);
    await registerRegion(app, FLEVOLAND);
    westBrabantCircle = await circleIn(app, 'JZ36');
    flevolandCircle = await circleIn(app, 'JZ08');
    ambassadorId = await regionalAmbassadorIn(app, 'JZ36');
  });
  afterAll(async () => { await app?.close(); });

  const asAmbassador = () => by(regioAmbassadeur(ambassadorId, 'JZ36'));

  /** Refused with this rule, and the stream is as it was. */
  async function expectRule(
    command: Parameters<CommandSideTestApp['send']>[0], streamName: string, rule: string,
  ): Promise<DomainError> {
    const before = await app.stream(streamName);
    const error = await app.refusal(command);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ rule });
    expect(await app.stream(streamName)).toEqual(before);
    return error as DomainError;
  }

  describe('circles', () => {
    it('refuses a circle from an ontwikkelaar not assigned to its region', async () => {
      const developerId = await developerIn(app, 'JZ36');
      const data = circleOnWachttijden('JZ08', developerId);
      await expectRule(
        // The token claims JZ08 (stale, say): access lets it through, the assignment itself says no.
        new StartCircleCommand(data, by(ontwikkelaar(developerId, 'JZ36', 'JZ08'))),
        Circle.streamName(data.circleId), 'developer-not-assigned-to-region',
      );
    });

    it('refuses a circle in a region that is not registered', async () => {
      const developerId = await developerIn(app, 'JZ36');
      const data = circleOnWachttijden('JZ99', developerId);
      await expectRule(
        new StartCircleCommand(data, by(ontwikkelaar(developerId, 'JZ99'))), Circle.streamName(data.circleId), 'region-not-found',
      );
    });

    it("refuses a transformation plan that is not the circle's region's", async () => {
      const developerId = await developerIn(app, 'JZ36');
      const data = circleOnWachttijden('JZ36', developerId, { transformationPlanId: randomUUID() });
      await expectRule(
        new StartCircleCommand(data, by(ontwikkelaar(developerId, 'JZ36'))),
        Circle.streamName(data.circleId), 'plan-not-in-region',
      );
    });

    it('refuses to assign an ontwikkelaar to a region that is not registered', async () => {
      const developerId = await developerIn(app, 'JZ36');
      await expectRule(
        new AssignDeveloperToRegionCommand({ developerId, regionId: 'JZ41' }, by(beheerder)),
        `developer-${developerId}`, 'region-unknown',
      );
    });
  });

  describe('weekly logs', () => {
    it('refuses a circle of another region in a weekly log', async () => {
      await expectRule(
        new LogWeeklyWorkCommand(weeklyWork(ambassadorId, '2024-W20', [flevolandCircle]), asAmbassador()),
        Ambassador.streamName(ambassadorId), 'circle-in-other-region',
      );
    });

    it('refuses a circle that does not exist', async () => {
      await expectRule(
        new LogWeeklyWorkCommand(weeklyWork(ambassadorId, '2024-W20', [randomUUID()]), asAmbassador()),
        Ambassador.streamName(ambassadorId), 'circle-unknown',
      );
    });

    it('refuses a malformed week by its field', async () => {
      const error = await expectRule(
        new LogWeeklyWorkCommand(weeklyWork(ambassadorId, '2024-14'), asAmbassador()),
        Ambassador.streamName(ambassadorId), 'week-format',
      );
      expect(error).toMatchObject({ kind: 'invalid-input', field: 'week' });
    });

    it('refuses a log in a closed reporting period and flags a correction there as late', async () => {
      const stream = Ambassador.streamName(ambassadorId);
      const week10 = weeklyWork(ambassadorId, '2024-W10', [westBrabantCircle]);
      await app.send(new LogWeeklyWorkCommand(week10, asAmbassador()));
      await app.send(new CloseReportingPeriodCommand({ reportingPeriodId: '2024-Q1' }, by(vng)));

      await expectRule(
        new LogWeeklyWorkCommand(weeklyWork(ambassadorId, '2024-W11'), asAmbassador()),
        stream, 'reporting-period-closed',
      );
      await app.send(new CorrectWeeklyWorkCommand(
        { ...week10, hours: 6, whatChanged: 'Twee uur te veel geschreven' },
        asAmbassador(),
      ));
      const correction = (await app.stream(stream)).at(-1);
      expect(correction).toMatchObject({
        type: 'WeeklyWorkCorrected', data: { week: '2024-W10', hours: 6, late: true, reportingPeriodId: '2024-Q1' },
      });
    });

    it('accepts a correction in an open period as on time', async () => {
      const week15 = weeklyWork(ambassadorId, '2024-W15', [westBrabantCircle]);
      await app.send(new LogWeeklyWorkCommand(week15, asAmbassador()));
      await app.send(new CorrectWeeklyWorkCommand(
        { ...weeklyWork(ambassadorId, '2024-W15'), whatChanged: 'Geen cirkelwerk deze week' }, asAmbassador(),
      ));
      const correction = (await app.stream(Ambassador.streamName(ambassadorId))).at(-1);
      expect(correction).toMatchObject({ type: 'WeeklyWorkCorrected', data: { week: '2024-W15', late: false } });
    });
  });

  describe('learnings', () => {
    it('refuses promotion by a regional ambassador', async () => {
      const learningId = await learningIn(app, westBrabantCircle, 'JZ36');
      const promoterId = await regionalAmbassadorIn(app, 'JZ08');
      await expectRule(
        new PromoteLearningCommand(
          // A token that says landelijk for a person the programme knows as regional.
          { learningId, promoterId, reason: 'Mooi' }, by(landelijkAmbassadeur(promoterId)),
        ),
        Learning.streamName(learningId), 'only-national-ambassador-promotes',
      );
    });

    it('refuses promotion by someone who is no ambassador at all', async () => {
      const learningId = await learningIn(app, westBrabantCircle, 'JZ36');
      const stranger = randomUUID();
      await expectRule(
        new PromoteLearningCommand(
          { learningId, promoterId: stranger, reason: 'Mooi' }, by(landelijkAmbassadeur(stranger)),
        ),
        Learning.streamName(learningId), 'only-national-ambassador-promotes',
      );
    });

    it('refuses a capture in a circle of another region than the actor', async () => {
      const data = learningOf(westBrabantCircle);
      await expectRule(
        // Working in JZ36 too, the ontwikkelaar acts for the first region of the claim, JZ08.
        new CaptureLearningCommand(data, by(ontwikkelaar('ow-flevoland', 'JZ08', 'JZ36'))),
        Learning.streamName(data.learningId), 'only-own-region-captures',
      );
    });

    it('refuses a capture in a circle that does not exist', async () => {
      const data = learningOf(randomUUID());
      await expectRule(
        new CaptureLearningCommand(data, by(regioAmbassadeur('ra-west-brabant', 'JZ36'))),
        Learning.streamName(data.learningId), 'circle-not-found',
      );
    });

    it("lets an ontwikkelaar with several regions capture for the circle's region by naming it", async () => {
      const data = learningOf(flevolandCircle);
      const multiRegion = ontwikkelaar('ow-multi', 'JZ36', 'JZ08');
      await expectRule(
        new CaptureLearningCommand(data, by(multiRegion)), Learning.streamName(data.learningId), 'only-own-region-captures',
      );
      await app.send(new CaptureLearningCommand({ ...data, byRegionId: 'JZ08' }, by(multiRegion)));
      expect(await app.stream(Learning.streamName(data.learningId))).toHaveLength(1);
    });

    it("refuses acting for a region outside the actor's claim", async () => {
      const learningId = await learningIn(app, westBrabantCircle, 'JZ36');
      await expectRule(
        new AdoptLearningCommand(
          { learningId, byRegionId: 'JZ08', adaptation: 'Overgenomen', adoptedOn: '2024-07-01' },
          by(regioAmbassadeur('ra-elsewhere', 'JZ12')),
        ),
        Learning.streamName(learningId), 'region-not-of-actor',
      );
    });

    it('refuses an endorsement by an actor without a region who names none', async () => {
      const learningId = await learningIn(app, westBrabantCircle, 'JZ36');
      const error = await expectRule(
        new EndorseLearningCommand({ learningId }, by(landelijkAmbassadeur(await nationalAmbassadorAppointed(app)))),
        Learning.streamName(learningId), 'region-required',
      );
      expect(error).toMatchObject({ kind: 'invalid-input', field: 'byRegionId' });
    });

    it("refuses a region adopting its own learning, with the actor's region as byRegionId", async () => {
      const learningId = await learningIn(app, westBrabantCircle, 'JZ36');
      await expectRule(
        new AdoptLearningCommand(
          { learningId, adaptation: 'Bij ons ook', adoptedOn: '2024-07-01' }, by(regioAmbassadeur('ra-wbw', 'JZ36')),
        ),
        Learning.streamName(learningId), 'cannot-adopt-own-learning',
      );
    });
  });

  it('refuses a malformed reporting period id by its field', async () => {
    const error = await app.refusal(new CloseReportingPeriodCommand({ reportingPeriodId: '2024-Q5' }, by(vng)));
    expect(error).toMatchObject({
      kind: 'invalid-input', field: 'reportingPeriodId', rule: 'reporting-period-id-format',
    });
  });
});
