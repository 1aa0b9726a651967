import { randomUUID } from 'node:crypto';
import { Developer, Person } from '@leerkring/domain';
import { AppointDeveloperCommand } from '../developers/appoint-developer.command';
import { ConflictError } from '../command-side/conflict.error';
import { AccessDeniedError } from '../graphql/edge-errors';
import { startCommandSide, type CommandSideTestApp } from '../command-side/testing/command-side-test-app';
import { SUMMER_2024, developer } from '../command-side/testing/fixtures';
import { beheerder, by, ontwikkelaar } from '../command-side/testing/principals';
import { ForgetPersonCommand } from './forget-person.command';

/** The command side of `forgetPerson`: the key goes first, the event follows, a retry completes it. */
describe('forgetting a person through the command bus', () => {
  let app: CommandSideTestApp;
  const developerId = randomUUID();
  const personOf = async () => (await app.stream(Developer.streamName(developerId)))[0]?.data as { person: unknown };

  beforeAll(async () => {
    app = await startCommandSide(SUMMER_2024);
    await app.send(new AppointDeveloperCommand(developer(developerId), by(beheerder)));
  });
  afterAll(async () => { await app?.close(); });

  it('is refused to anyone but a beheerder, and then changes nothing', async () => {
    const refused = await app.refusal(new ForgetPersonCommand({ personId: developerId }, by(ontwikkelaar(developerId, 'JZ36'))));
    expect(refused).toBeInstanceOf(AccessDeniedError);
    expect(refused).toMatchObject({ rule: 'role-not-allowed' });
    expect((await personOf()).person).toEqual({ name: 'Sem Bakker' });
  });

  it('erases the key even when the event is refused, and appends the event when the command is sent again', async () => {
    const idempotencyKey = `forget-${developerId}`;
    const stale = await app.refusal(new ForgetPersonCommand({ personId: developerId }, by(beheerder, { idempotencyKey, expectedRevision: 3 })));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await personOf()).person).toEqual({ name: 'verwijderd' });
    expect(await app.stream(Person.streamName(developerId))).toEqual([]);

    const done = await app.send(new ForgetPersonCommand({ personId: developerId }, by(beheerder, { idempotencyKey })));
    expect(done).toMatchObject({ aggregateId: developerId, revision: 0, events: 1 });
    expect((await app.stream(Person.streamName(developerId))).map((e) => e.data))
      .toEqual([{ personId: developerId, forgottenOn: '2024-07-03' }]);
  });
});
