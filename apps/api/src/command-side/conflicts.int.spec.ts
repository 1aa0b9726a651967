import { Circle, Region } from '@leerkring/domain';
import { AddParticipantCommand } from '../circles/add-participant.command';
import { AddMunicipalityCommand } from '../regions/add-municipality.command';
import { RegisterRegionCommand } from '../regions/register-region.command';
import type { CommandResult } from './command-result';
import { ConflictError } from './conflict.error';
import { startCommandSide, type CommandSideTestApp } from './testing/command-side-test-app';
import { SUMMER_2024, WEST_BRABANT_WEST, participant } from './testing/fixtures';
import { beheerder, by, ontwikkelaar } from './testing/principals';
import { circleIn, registerRegion } from './testing/seed';

/** Optimistic concurrency: never a silent overwrite, nothing accepted is lost or doubled. */
describe('conflicting commands', () => {
  let app: CommandSideTestApp;

  beforeAll(async () => {
    app = await startCommandSide(SUMMER_2024);
    await registerRegion(app, WEST_BRABANT_WEST);
  });
  afterAll(async () => { await app?.close(); });

  it('refuses a stale expected revision with a conflict naming expected and actual, appending nothing', async () => {
    await app.send(new AddMunicipalityCommand({ regionId: 'JZ36', municipality: 'Etten-Leur' }, by(beheerder)));
    const before = await app.stream(Region.streamName('JZ36'));
    const error = await app.refusal(new AddMunicipalityCommand(
      { regionId: 'JZ36', municipality: 'Moerdijk' }, by(beheerder, { expectedRevision: 0 }),
    ));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ streamName: 'region-JZ36', expected: 0, actual: 1 });
    expect(await app.stream(Region.streamName('JZ36'))).toEqual(before);
  });

  it('accepts a command pinned to the current revision', async () => {
    const answer = await app.send(new AddMunicipalityCommand(
      { regionId: 'JZ36', municipality: 'Zundert' }, by(beheerder, { expectedRevision: 1 }),
    ));
    expect(answer).toMatchObject({ streamName: 'region-JZ36', revision: 2, events: 1 });
  });

  it('decides an unpinned command again when another one won the race', async () => {
    const [first, second] = await Promise.all(['Rucphen', 'Halderberge'].map((municipality) =>
      app.send(new AddMunicipalityCommand({ regionId: 'JZ36', municipality }, by(beheerder)))));
    expect([first?.revision, second?.revision].sort()).toEqual([3, 4]);
    const events = await app.stream(Region.streamName('JZ36'));
    expect(events.slice(3).map((e) => (e.data as { municipality: string }).municipality).sort())
      .toEqual(['Halderberge', 'Rucphen']);
  });

  it('appends exactly the accepted ones of 60 concurrent commands on one circle, conflicting the rest', async () => {
    const circleId = await circleIn(app, 'JZ36');
    const asDeveloper = by(ontwikkelaar('ow-1', 'JZ36'));
    await app.send(new AddParticipantCommand(participant(circleId, 0), asDeveloper));
    const attempts = Array.from({ length: 60 }, (_, i) => {
      const data = participant(circleId, i + 1);
      // 50 pinned to revision 1 (the stream as it is now), 10 without a pin.
      const context = by(ontwikkelaar('ow-1', 'JZ36'), i < 50 ? { expectedRevision: 1 } : {});
      return { data, pinned: i < 50, command: new AddParticipantCommand(data, context) };
    });
    const outcomes = await Promise.all(attempts.map(({ command }) => app.send(command).then(
      (answer): CommandResult | ConflictError => answer,
      (error: unknown) => {
        if (error instanceof ConflictError) return error;
        throw error;
      },
    )));

    const accepted = attempts.filter((_, i) => !(outcomes[i] instanceof ConflictError));
    const conflicts = outcomes.filter((o) => o instanceof ConflictError);
    expect(accepted.length + conflicts.length).toBe(60);
    expect(accepted.filter((a) => a.pinned).length).toBeLessThanOrEqual(1);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const conflict of conflicts) {
      expect(conflict).toMatchObject({ streamName: Circle.streamName(circleId) });
      expect(conflict.actual).toBeGreaterThan(conflict.expected);
    }

    const added = (await app.stream(Circle.streamName(circleId))).slice(2);
    expect(added.every((e) => e.type === 'ParticipantAdded')).toBe(true);
    const addedIds = added.map((e) => (e.data as { participantId: string }).participantId);
    expect(new Set(addedIds).size).toBe(addedIds.length);
    expect(addedIds.sort()).toEqual(accepted.map((a) => a.data.participantId).sort());
    const answers = outcomes.filter((o): o is CommandResult => !(o instanceof ConflictError));
    expect(answers.map((a) => a.revision).sort((a, b) => a - b)).toEqual(added.map((e) => e.revision));
    expect(new Set(answers.map((a) => a.position)).size).toBe(answers.length);
  });

  it('refuses an expected revision that is no revision', async () => {
    const error = await app.refusal(new AddMunicipalityCommand(
      { regionId: 'JZ36', municipality: 'Woensdrecht' }, by(beheerder, { expectedRevision: -2 }),
    ));
    expect(error).toMatchObject({ kind: 'invalid-input', field: 'expectedRevision' });
  });

  it('treats a pinned -1 as "the stream holds no event yet"', async () => {
    const answer = await app.send(new RegisterRegionCommand(
      { regionId: 'JZ13', slug: 'drenthe', name: 'Drenthe', province: 'Drenthe' },
      by(beheerder, { expectedRevision: -1 }),
    ));
    expect(answer).toMatchObject({ streamName: 'region-JZ13', revision: 0 });
    const error = await app.refusal(new AddMunicipalityCommand(
      { regionId: 'JZ13', municipality: 'Midden-Drenthe' }, by(beheerder, { expectedRevision: -1 }),
    ));
    expect(error).toMatchObject({ streamName: 'region-JZ13', expected: -1, actual: 0 });
  });
});
