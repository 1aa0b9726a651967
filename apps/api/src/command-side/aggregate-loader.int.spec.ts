import { randomUUID } from 'node:crypto';
import { Ambassador } from '@leerkring/domain';
import { LogWeeklyWorkCommand } from '../ambassadors/log-weekly-work.command';
import { startCommandSide, type CommandSideTestApp } from './testing/command-side-test-app';
import { SUMMER_2024, WEST_BRABANT_WEST, weeklyWork } from './testing/fixtures';
import { by, regioAmbassadeur } from './testing/principals';
import { registerRegion } from './testing/seed';

/** Loading folds the stream through the upcasters: stored events are never rewritten. */
describe('loading an aggregate', () => {
  let app: CommandSideTestApp;

  beforeAll(async () => {
    app = await startCommandSide(SUMMER_2024);
    await registerRegion(app, WEST_BRABANT_WEST);
  });
  afterAll(async () => { await app?.close(); });

  /** An appointment as version 1 wrote it: no hoursPerWeek. */
  async function storeVersion1Appointment(metadata: Record<string, unknown>): Promise<string> {
    const ambassadorId = randomUUID();
    await app.store.append(Ambassador.streamName(ambassadorId), [{
      type: 'AmbassadorAppointed',
      data: {
        ambassadorId, person: { name: 'Marloes Jansen' }, scope: 'regional', regionId: 'JZ36', background: 'client',
        appointedOn: '2019-02-04',
      },
      metadata,
    }]);
    return ambassadorId;
  }

  it('upcasts a version 1 AmbassadorAppointed to the 8 hours a week of the programme', async () => {
    const ambassadorId = await storeVersion1Appointment({ schemaVersion: 1 });
    const loaded = await app.loader.load(Ambassador, ambassadorId);
    expect(loaded.revision).toBe(0);
    expect(loaded.state).toMatchObject({ status: 'active', hoursPerWeek: 8, regionId: 'JZ36' });
    const stored = await app.stream(Ambassador.streamName(ambassadorId));
    expect(stored[0]?.data).not.toHaveProperty('hoursPerWeek');
  });

  it('reads an event without schemaVersion in its metadata as version 1', async () => {
    const ambassadorId = await storeVersion1Appointment({});
    expect((await app.loader.load(Ambassador, ambassadorId)).state).toMatchObject({ hoursPerWeek: 8 });
  });

  it('lets a command decide on the upcast state and appends after the stored event', async () => {
    const ambassadorId = await storeVersion1Appointment({ schemaVersion: 1 });
    const answer = await app.send(new LogWeeklyWorkCommand(
      weeklyWork(ambassadorId, '2024-W26'), by(regioAmbassadeur(ambassadorId, 'JZ36')),
    ));
    expect(answer).toMatchObject({ revision: 1, events: 1 });
    expect((await app.stream(Ambassador.streamName(ambassadorId))).map((e) => e.type))
      .toEqual(['AmbassadorAppointed', 'WeeklyWorkLogged']);
  });

  it('loads a stream that holds no event as the initial state at revision -1', async () => {
    const loaded = await app.loader.load(Ambassador, randomUUID());
    expect(loaded).toMatchObject({ state: { status: 'unappointed' }, revision: -1, events: [] });
  });
});
