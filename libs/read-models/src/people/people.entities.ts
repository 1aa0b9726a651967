import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PEOPLE_SCHEMA } from './people-tables';

/**
 * The people read model for the GraphQL layer (tables of the `people` projector in `rm_people`).
 * `name` and `email` are personal data: `verwijderd` and `null` once a person is forgotten. Resolvers decide who
 * may see them (DESIGN.md section 5).
 */

@Entity({ schema: PEOPLE_SCHEMA, name: 'ambassadors' })
export class AmbassadorEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { nullable: true }) name!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  /** `regional` or `national`. */
  @Column('text') scope!: string;
  @Column('text', { name: 'region_id', nullable: true }) regionId!: string | null;
  /** `gemeente`, `jeugdhulp` or `client`. */
  @Column('text') background!: string;
  @Column('real', { name: 'hours_per_week' }) hoursPerWeek!: number;
  @Column('date', { name: 'appointed_on' }) appointedOn!: string;
  @Column('date', { name: 'departed_on', nullable: true }) departedOn!: string | null;
}

@Entity({ schema: PEOPLE_SCHEMA, name: 'developers' })
export class DeveloperEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { nullable: true }) name!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('date', { name: 'appointed_on' }) appointedOn!: string;
}

@Entity({ schema: PEOPLE_SCHEMA, name: 'developer_regions' })
export class DeveloperRegionEntity {
  @PrimaryColumn('text', { name: 'developer_id' }) developerId!: string;
  @PrimaryColumn('text', { name: 'region_id' }) regionId!: string;
  /** Still assigned; a released assignment stays as history. */
  @Column('boolean') assigned!: boolean;
  @Column('timestamptz', { name: 'assigned_at' }) assignedAt!: Date;
  @Column('timestamptz', { name: 'released_at', nullable: true }) releasedAt!: Date | null;
}

export const PEOPLE_ENTITIES = [AmbassadorEntity, DeveloperEntity, DeveloperRegionEntity];
