import { Test, type TestingModule } from '@nestjs/testing';
import { START, type ConfiguredEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { AppModule } from '../app.module';
import { CLOCK } from '../command-side/clock';
import { FixedClock } from '../command-side/testing/command-side-test-app';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { DemoAutoload } from './demo-autoload';
import { DemoSeeder } from './demo-seeder';

const NOW = new Date('2026-11-18T10:00:00Z');

/** A configured PostgreSQL server: never loaded on start, loaded on request (`npm run seed`). */
describe('the demo on PostgreSQL', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let configured: ConfiguredEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    delete process.env.EVENTSTORE_CONNECTION_STRING;
    moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(CLOCK).useValue(new FixedClock(NOW))
      .compile();
    await moduleRef.init();
    configured = moduleRef.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    delete process.env.DATABASE_URL;
    await database?.drop();
  });

  it('is not loaded on start, even into an empty database', async () => {
    const autoload = moduleRef.get(DemoAutoload);
    const decision = await autoload.startIfFresh('http://127.0.0.1:3000', { scale: 0.05, progress: 'none' });
    expect(decision).toMatchObject({ load: false, reason: expect.stringContaining('PostgreSQL') });
    await autoload.whenLoaded();
    expect(await configured.store.headPosition()).toBe(START);
  });

  it('is loaded on request, every command accepted, and a rerun appends nothing', async () => {
    const seeder = moduleRef.get(DemoSeeder);
    const first = await seeder.seed({ scale: 0.1, progress: 'none' });
    expect(first.refused).toEqual([]);
    expect(first.applied).toBe(first.commands);
    // Counted per stream: the global head may lag behind commits while any transaction on the server runs.
    const streams = [...new Set(first.programme.commands.map((c) => c.stream))];
    const stored = async () => (await Promise.all(streams.map((s) => configured.store.readStream(s)))).flat().length;
    expect(await stored()).toBe(first.programme.counts.events);
    const again = await seeder.seed({ scale: 0.1, progress: 'none', resendStored: true });
    expect(again).toMatchObject({ applied: 0, alreadyPresent: first.commands, refused: [] });
    expect(await stored()).toBe(first.programme.counts.events);
  }, 120_000);
});
