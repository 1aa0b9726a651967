import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OverviewSlice } from './overview-state';

/** One slice of the persisted overview fold (a region, or `national`), kept by the `overview` projector. */
@Entity({ schema: 'rm_overview', name: 'slices' })
export class OverviewSliceEntity {
  @PrimaryColumn('text') key!: string;
  @Column('jsonb') slice!: OverviewSlice;
}

export const OVERVIEW_ENTITIES = [OverviewSliceEntity] as const;
