import { Global, Inject, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ConfiguredEventStore, PgliteSqlClient } from '@leerkring/event-store';
import {
  AdvisoryProjectionLock, InProcessProjectionLock, ProjectionEngine, createReadDataSource,
} from '@leerkring/projections';
import { readModelEntities, readModelProjectors } from '@leerkring/read-models';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';

export const PROJECTION_ENGINE = Symbol('PROJECTION_ENGINE');
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/**
 * The read side of this process: the projection engine that keeps every read model up to date,
 * and the TypeORM data source the queries read them with.
 */
@Global()
@Module({
  providers: [
    {
      provide: PROJECTION_ENGINE,
      inject: [CONFIGURED_EVENT_STORE],
      useFactory: (configured: ConfiguredEventStore) => new ProjectionEngine(
        readModelProjectors,
        configured.store,
        configured.readSql,
        configured.readDatabaseUrl ? new AdvisoryProjectionLock(configured.readDatabaseUrl) : new InProcessProjectionLock(),
      ),
    },
    {
      provide: READ_DATA_SOURCE,
      inject: [CONFIGURED_EVENT_STORE],
      useFactory: async (configured: ConfiguredEventStore): Promise<DataSource> => {
        const target = configured.readDatabaseUrl
          ? { kind: 'postgres' as const, url: configured.readDatabaseUrl }
          : { kind: 'pglite' as const, client: configured.readSql as PgliteSqlClient };
        return createReadDataSource(target, { entities: readModelEntities, migrations: [] }).initialize();
      },
    },
  ],
  exports: [PROJECTION_ENGINE, READ_DATA_SOURCE],
})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.engine.start();
  }

  /**
   * Before any module's shutdown hook closes the store: projectors stop after the batch in hand,
   * so their checkpoints are committed first.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.engine.stop();
    await this.dataSource.destroy();
  }
}
