import { openConfiguredEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { loadAppConfig } from '../config/app-config';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { startGraphqlApp } from '../graphql/testing/graphql-test-app';
import { masterKeyOf } from './master-key';
import { protectPersonalData } from './protect-personal-data';
import { FORGET_PERSON_NOW, forgetPersonStory } from './testing/forget-person.scenario';

/**
 * The same story on PostgreSQL: events, keys and read models in one fresh database, opened the
 * way EventStoreModule opens a configured `DATABASE_URL` (the test app itself starts embedded).
 */
describe('forgetPerson on PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  forgetPersonStory('postgres', () => startGraphqlApp({
    now: FORGET_PERSON_NOW,
    configure: (builder) => builder.overrideProvider(CONFIGURED_EVENT_STORE).useFactory({
      factory: async () => protectPersonalData(
        await openConfiguredEventStore({ databaseUrl: database.url }), masterKeyOf(loadAppConfig()),
      ),
    }),
  }));
});
