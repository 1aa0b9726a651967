import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, openConfiguredEventStore, type ConfiguredEventStore, type EventStore } from '@leerkring/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';

export const CONFIGURED_EVENT_STORE = Symbol('CONFIGURED_EVENT_STORE');

/** The event store the configuration chooses, opened (and migrated) once per process. */
@Global()
@Module({
  imports: [ConfigModule],
  providers: [
    {
      provide: CONFIGURED_EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<ConfiguredEventStore> => openConfiguredEventStore({
        eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
        databaseUrl: config.DATABASE_URL,
        dataDir: config.LEERKRING_DATA_DIR,
      }),
    },
    {
      provide: EVENT_STORE,
      inject: [CONFIGURED_EVENT_STORE],
      useFactory: (configured: ConfiguredEventStore): EventStore => configured.store,
    },
  ],
  exports: [CONFIGURED_EVENT_STORE, EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.configured.close();
  }
}
