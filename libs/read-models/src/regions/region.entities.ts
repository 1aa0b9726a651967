import { Column, Entity, PrimaryColumn } from 'typeorm';
import { REGIONS_SCHEMA } from './region-tables';

/**
 * The regions read model for the GraphQL layer: read-only mappings of the tables the `regions`
 * projector keeps in `rm_regions` (the projector owns the DDL; TypeORM never synchronises).
 * Dates are `YYYY-MM-DD` strings, instants are `Date`s.
 */

@Entity({ schema: REGIONS_SCHEMA, name: 'regions' })
export class RegionEntity {
  /** The CBS code, such as `JZ36`. */
  @PrimaryColumn('text') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('text') province!: string;
  @Column('timestamptz', { name: 'registered_at' }) registeredAt!: Date;
  @Column('timestamptz', { name: 'renamed_at', nullable: true }) renamedAt!: Date | null;
  @Column('text', { name: 'previous_names', array: true }) previousNames!: string[];
}

@Entity({ schema: REGIONS_SCHEMA, name: 'municipalities' })
export class MunicipalityEntity {
  @PrimaryColumn('text', { name: 'region_id' }) regionId!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text') name!: string;
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
}

@Entity({ schema: REGIONS_SCHEMA, name: 'transformation_plans' })
export class TransformationPlanEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'region_id' }) regionId!: string;
  @Column('text') title!: string;
  @Column('text', { array: true }) themes!: string[];
  @Column('date', { name: 'period_from' }) periodFrom!: string;
  @Column('date', { name: 'period_to' }) periodTo!: string;
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
}

@Entity({ schema: REGIONS_SCHEMA, name: 'support_periods' })
export class SupportPeriodEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'region_id' }) regionId!: string;
  @Column('date', { name: 'starts_on' }) startsOn!: string;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn!: string | null;
}

export const REGION_ENTITIES = [RegionEntity, MunicipalityEntity, TransformationPlanEntity, SupportPeriodEntity];
