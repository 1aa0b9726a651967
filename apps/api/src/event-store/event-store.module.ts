import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, openConfiguredEventStore, type ConfiguredEventStore, type EventStore } from '@leerkring/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { masterKeyOf } from '../people-privacy/master-key';
import { protectPersonalData } from '../people-privacy/protect-personal-data';
import { InstrumentedEventStore } from '../observability/instrumented-event-store';
import { LeerkringMetrics } from '../observability/metrics';
import { MetricsModule } from '../observability/metrics.module';

export const CONFIGURED_EVENT_STORE = Symbol('CONFIGURED_EVENT_STORE');

/** The event store the configuration chooses, opened (and migrated) once per process. */
@Global()
@Module({
  imports: [ConfigModule, MetricsModule],
  providers: [
    {
      provide: CONFIGURED_EVENT_STORE,
      inject: [APP_CONFIG],
      // Personal data is encrypted per person below this store, and decrypted for every reader above it.
      useFactory: async (config: AppConfig): Promise<ConfiguredEventStore> => protectPersonalData(
        await openConfiguredEventStore({
          eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
          databaseUrl: config.DATABASE_URL,
          dataDir: config.LEERKRING_DATA_DIR,
        }),
        masterKeyOf(config),
      ),
    },
    {
      // The command side's view of the store: appends timed and conflicts counted (docs/operations.md).
      provide: EVENT_STORE,
      inject: [CONFIGURED_EVENT_STORE, LeerkringMetrics],
      useFactory: (configured: ConfiguredEventStore, metrics: LeerkringMetrics): EventStore =>
        new InstrumentedEventStore(configured.store, metrics),
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
