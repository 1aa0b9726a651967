import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENT_STORE, type EventStore } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import { AppModule } from '../../../api/src/app.module';
import { DemoSeeder } from '../../../api/src/demo/demo-seeder';
import { PROJECTION_ENGINE } from '../../../api/src/projections/projections.module';
import { ensureWebBuild } from './web-build';

/** The demo at a small volume: every region, person, circle and lesson, fewer weeks and sessions. */
const DEMO_SCALE = 0.1;

export interface WebTestServer {
  readonly app: INestApplication;
  /** Where the API (and the web app at `/`) listens, such as http://127.0.0.1:41234. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The whole API in this process on a free port, as `npm start` runs it: the embedded store in
 * memory, the demo programme loaded through the command bus with the real clock (so "this week"
 * is the browser's week too), the read models caught up, and the built web app at `/`.
 */
export async function startWebTestServer(): Promise<WebTestServer> {
  ensureWebBuild();
  // Read when the module is built.
  process.env.LEERKRING_DATA_DIR = 'memory://';
  process.env.LEERKRING_DEMO_DATA = 'off';
  delete process.env.DATABASE_URL;
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const report = await app.get(DemoSeeder).seed({ scale: DEMO_SCALE, progress: 'none' });
  if (report.refused.length > 0) throw new Error(`demo refused: ${JSON.stringify(report.refused.slice(0, 3))}`);
  const head = await app.get<EventStore>(EVENT_STORE).headPosition();
  if (!(await app.get<ProjectionEngine>(PROJECTION_ENGINE).waitForPosition(head, 60_000))) {
    throw new Error('the read models did not catch up with the demo programme within 60 s');
  }
  return { app, url, close: () => app.close() };
}
