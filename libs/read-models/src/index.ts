import type { Projector } from '@leerkring/projections';

/** Every projector the API runs. */
export const readModelProjectors: readonly Projector[] = [];

/** Every TypeORM entity the queries read with. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const readModelEntities: Function[] = [];
