import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import type { PgliteSqlClient } from '@leerkring/event-store';
import { pgliteDriverFor } from './pglite-pg-driver';

/** Where the read models live: the PostgreSQL server, or the embedded session of the event store. */
export type ReadDatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly client: PgliteSqlClient };

export interface ReadDataSourceOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  readonly poolSize?: number;
}

/** TypeORM over either target; the schema comes from migrations, never from `synchronize`. */
export function createReadDataSource(target: ReadDatabaseTarget, options: ReadDataSourceOptions): DataSource {
  const common = {
    type: 'postgres',
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'rm_migrations',
    synchronize: false,
    installExtensions: false,
    logging: false,
  } as const;
  const config: DataSourceOptions = target.kind === 'postgres'
    ? { ...common, url: target.url, poolSize: options.poolSize ?? 10, applicationName: 'leerkring-read-models' }
    : { ...common, driver: pgliteDriverFor(target.client) };
  return new DataSource(config);
}
