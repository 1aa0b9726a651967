import { Circle, DomainError, Learning, Region } from '@leerkring/domain';
import { AddParticipantCommand } from '../circles/add-participant.command';
import { CaptureLearningCommand } from '../learnings/capture-learning.command';
import { AddMunicipalityCommand } from '../regions/add-municipality.command';
import { RenameRegionCommand } from '../regions/rename-region.command';
import { startCommandSide, type CommandSideTestApp } from './testing/command-side-test-app';
import { SUMMER_2024, WEST_BRABANT_WEST, learningOf, participant } from './testing/fixtures';
import { beheerder, by, ontwikkelaar, regioAmbassadeur } from './testing/principals';
import { circleIn, registerRegion } from './testing/seed';

/** DESIGN.md section 4: the same command (same idempotency key) applied twice yields its events once. */
describe('idempotent commands', () => {
  let app: CommandSideTestApp;
  let circleId: string;

  beforeAll(async () => {
    app = await startCommandSide(SUMMER_2024);
    await registerRegion(app, WEST_BRABANT_WEST);
    circleId = await circleIn(app, 'JZ36');
  });
  afterAll(async () => { await app?.close(); });

  const addMunicipality = (municipality: string, idempotencyKey: string) =>
    new AddMunicipalityCommand({ regionId: 'JZ36', municipality }, by(beheerder, { idempotencyKey }));

  it('answers a repeated command with the first answer and appends nothing', async () => {
    const first = await app.send(addMunicipality('Roosendaal', 'add-roosendaal'));
    const again = await app.send(addMunicipality('Roosendaal', 'add-roosendaal'));
    expect(again).toEqual(first);
    const events = await app.stream(Region.streamName('JZ36'));
    expect(events.filter((e) => e.type === 'MunicipalityAdded')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ revision: first.revision, position: first.position });
  });

  it('still answers with the first answer when another command was appended in between', async () => {
    const first = await app.send(addMunicipality('Zundert', 'add-zundert'));
    const between = await app.send(addMunicipality('Rucphen', 'add-rucphen'));
    const again = await app.send(addMunicipality('Zundert', 'add-zundert'));
    expect(again).toEqual(first);
    expect(between.revision).toBe(first.revision + 1);
    const events = await app.stream(Region.streamName('JZ36'));
    const municipalities = events.map((e) => (e.data as { municipality?: string }).municipality);
    expect(municipalities.filter((m) => m === 'Zundert')).toHaveLength(1);
    expect(events.at(-1)?.revision).toBe(between.revision);
  });

  it('does not decide again: a repeat that the state would now refuse gets the first answer', async () => {
    const first = await app.send(new RenameRegionCommand(
      { regionId: 'JZ36', name: 'West-Brabant-West' }, by(beheerder, { idempotencyKey: 'rename-1' }),
    ));
    // Deciding again would refuse with region-name-unchanged.
    const again = await app.send(new RenameRegionCommand(
      { regionId: 'JZ36', name: 'West-Brabant-West' }, by(beheerder, { idempotencyKey: 'rename-1' }),
    ));
    expect(again).toEqual(first);
  });

  it('answers a repeated pinned command with the first answer, not a conflict, once the stream moved on', async () => {
    const { revision } = await app.loader.load(Region, 'JZ36');
    const pinned = () => new AddMunicipalityCommand(
      { regionId: 'JZ36', municipality: 'Moerdijk' },
      by(beheerder, { idempotencyKey: 'add-moerdijk', expectedRevision: revision }),
    );
    const first = await app.send(pinned());
    await app.send(addMunicipality('Halderberge', 'add-halderberge'));
    const again = await app.send(pinned());
    expect(again).toEqual(first);
  });

  it('appends the events once when the same command runs concurrently', async () => {
    const data = participant(circleId, 1);
    const asDeveloper = ontwikkelaar('ow-1', 'JZ36');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() =>
      app.send(new AddParticipantCommand(data, by(asDeveloper, { idempotencyKey: 'add-participant-1' })))));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const added = (await app.stream(Circle.streamName(circleId))).filter((e) => e.type === 'ParticipantAdded');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ revision: answers[0]?.revision, position: answers[0]?.position });
  });

  it('answers the first run when a concurrent run of the same command decided other data', async () => {
    // Each reading of the clock is a day later, so the two runs capture on different dates and
    // the store finds the ids taken by other data; the second run then answers with the first.
    const data = learningOf(circleId);
    const asAmbassador = regioAmbassadeur('ra-1', 'JZ36');
    app.clock.stepMs = 86_400_000;
    const answers = await Promise.all([1, 2].map(() =>
      app.send(new CaptureLearningCommand(data, by(asAmbassador, { idempotencyKey: 'capture-once' }))))).finally(() => {
      app.clock.stepMs = 0;
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(await app.stream(Learning.streamName(data.learningId))).toHaveLength(1);
  });

  it('refuses a used key for another command, naming the field, and changes nothing', async () => {
    await app.send(addMunicipality('Moerdijk', 'add-moerdijk'));
    const before = await app.stream(Region.streamName('JZ36'));
    const reuse = new RenameRegionCommand({ regionId: 'JZ36', name: 'West-Brabant West' }, by(beheerder, { idempotencyKey: 'add-moerdijk' }));
    await expect(app.send(reuse)).rejects.toMatchObject({ kind: 'invalid-input', rule: 'idempotency-key-reused', field: 'idempotencyKey' });
    expect(await app.stream(Region.streamName('JZ36'))).toEqual(before);
  });

  it('treats another key as another command', async () => {
    await app.send(addMunicipality('Steenbergen', 'add-steenbergen'));
    const error = await app.refusal(addMunicipality('Steenbergen', 'add-steenbergen-again'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ rule: 'municipality-already-in-region' });
  });

  it.each([
    ['empty', ''],
    ['longer than 200 characters', 'k'.repeat(201)],
  ])('refuses an idempotency key that is %s', async (_, idempotencyKey) => {
    const error = await app.refusal(addMunicipality('Woensdrecht', idempotencyKey));
    expect(error).toMatchObject({ kind: 'invalid-input', field: 'idempotencyKey', rule: 'idempotency-key-invalid' });
  });

  it('accepts a key of exactly 200 characters', async () => {
    const answer = await app.send(addMunicipality('Woensdrecht', 'k'.repeat(200)));
    expect(answer.events).toBe(1);
  });
});
