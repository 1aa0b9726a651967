export * from './database/pglite-pg-driver';
export * from './database/read-data-source';
export * from './engine/projector';
export * from './engine/projector-schema';
