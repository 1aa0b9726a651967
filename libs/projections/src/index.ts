export * from './database/pglite-pg-driver';
export * from './database/read-data-source';
