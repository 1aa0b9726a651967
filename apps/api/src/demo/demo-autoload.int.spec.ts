import { Test } from '@nestjs/testing';
import { START, openConfiguredEventStore, type ConfiguredEventStore } from '@leerkring/event-store';
import { AppModule } from '../app.module';
import { startCommandSide, type CommandSideTestApp } from '../command-side/testing/command-side-test-app';
import { WEST_BRABANT_WEST } from '../command-side/testing/fixtures';
import { registerRegion } from '../command-side/testing/seed';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { DemoAutoload } from './demo-autoload';
import { DemoSeeder } from './demo-seeder';

const NOW = new Date('2026-11-18T10:00:00Z');
const API = 'http://127.0.0.1:3000';
/** Small enough for a quick background load. */
const SMALL = { scale: 0.05, progress: 'none' } as const;

describe('loading the demo on npm start', () => {
  let app: CommandSideTestApp | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
    delete process.env.LEERKRING_DEMO_DATA;
  });

  it('loads the programme in the background into an empty embedded store', async () => {
    app = await startCommandSide(NOW);
    const autoload = app.moduleRef.get(DemoAutoload);
    expect(await autoload.startIfFresh(API, SMALL)).toEqual({ load: true });
    await autoload.whenLoaded();
    const programme = await app.moduleRef.get(DemoSeeder).programme({ scale: SMALL.scale });
    const events = await app.store.readAll({ maxCount: programme.counts.events + 10 });
    expect(events).toHaveLength(programme.counts.events);
    // Once loaded the store is no longer empty: the next start leaves it alone.
    expect(await autoload.decide()).toEqual({ load: false, reason: 'de opslag bevat al gegevens' });
  }, 120_000);

  it('leaves an embedded store alone that holds any event', async () => {
    app = await startCommandSide(NOW);
    await registerRegion(app, WEST_BRABANT_WEST);
    const head = await app.store.headPosition();
    const autoload = app.moduleRef.get(DemoAutoload);
    expect(await autoload.startIfFresh(API, SMALL)).toEqual({ load: false, reason: 'de opslag bevat al gegevens' });
    await autoload.whenLoaded();
    expect(await app.store.headPosition()).toBe(head);
  });

  it('does nothing when LEERKRING_DEMO_DATA is off', async () => {
    process.env.LEERKRING_DEMO_DATA = 'off';
    app = await startCommandSide(NOW);
    const autoload = app.moduleRef.get(DemoAutoload);
    expect(await autoload.startIfFresh(API, SMALL)).toEqual({ load: false, reason: 'LEERKRING_DEMO_DATA=off' });
    await autoload.whenLoaded();
    expect(await app.store.headPosition()).toBe(START);
  });

  it('never loads into a store that is not the embedded one, even an empty one', async () => {
    // The embedded store under another adapter's name: the decision must not depend on emptiness.
    process.env.LEERKRING_DATA_DIR = 'memory://';
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(CONFIGURED_EVENT_STORE)
      .useFactory({
        factory: async (): Promise<ConfiguredEventStore> => ({
          ...(await openConfiguredEventStore({ dataDir: 'memory://' })), adapter: 'postgres',
        }),
      })
      .compile();
    await moduleRef.init();
    try {
      const configured = moduleRef.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE);
      const autoload = moduleRef.get(DemoAutoload);
      const decision = await autoload.startIfFresh(API, SMALL);
      expect(decision).toMatchObject({ load: false, reason: expect.stringContaining('niet de ingebouwde database') });
      await autoload.whenLoaded();
      expect(await configured.store.headPosition()).toBe(START);
    } finally {
      await moduleRef.close();
    }
  });

  it('rejects an unknown LEERKRING_DEMO_DATA value at start', async () => {
    process.env.LEERKRING_DEMO_DATA = 'sometimes';
    await expect(startCommandSide(NOW)).rejects.toThrow(/LEERKRING_DEMO_DATA/);
  });
});
