import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row of the persisted overview fold (`overview-parts.ts`), kept by the `overview` projector. */
@Entity({ schema: 'rm_overview', name: 'slice_parts' })
export class OverviewPartEntity {
  @PrimaryColumn('text', { name: 'slice_key' }) sliceKey!: string;
  @PrimaryColumn('text') part!: string;
  @Column('jsonb') facts!: unknown;
}

export const OVERVIEW_ENTITIES = [OverviewPartEntity] as const;
