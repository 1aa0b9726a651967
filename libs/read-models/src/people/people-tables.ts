import { defineTable } from '../shared/row-batch';

/** The PostgreSQL schema of the live read model (the engine builds rebuilds beside it). */
export const PEOPLE_SCHEMA = 'rm_people';

/** Rows of the `rm_people` schema. `name` and `email` are personal data (see `person-data.ts`). */

export interface AmbassadorRow {
  id: string;
  name: string | null;
  email: string | null;
  scope: string;
  /** `null` for a national ambassador. */
  region_id: string | null;
  background: string;
  hours_per_week: number;
  appointed_on: string;
  departed_on: string | null;
}

export interface DeveloperRow {
  id: string;
  name: string | null;
  email: string | null;
  appointed_on: string;
}

/** Every region a developer was ever assigned to; `assigned` says whether they still are. */
export interface DeveloperRegionRow {
  developer_id: string;
  region_id: string;
  assigned: boolean;
  assigned_at: string;
  released_at: string | null;
}

export const ambassadorsTable = defineTable<AmbassadorRow>()({
  table: 'ambassadors',
  key: ['id'],
  columns: {
    id: true, name: true, email: true, scope: true, region_id: true, background: true, hours_per_week: true,
    appointed_on: true, departed_on: true,
  },
});

export const developersTable = defineTable<DeveloperRow>()({
  table: 'developers',
  key: ['id'],
  columns: { id: true, name: true, email: true, appointed_on: true },
});

export const developerRegionsTable = defineTable<DeveloperRegionRow>()({
  table: 'developer_regions',
  key: ['developer_id', 'region_id'],
  columns: { developer_id: true, region_id: true, assigned: true, assigned_at: true, released_at: true },
});

export const PEOPLE_TABLES = ['ambassadors', 'developers', 'developer_regions'] as const;

export const peopleDdl = `
CREATE TABLE ambassadors (
  id             text PRIMARY KEY,
  name           text,
  email          text,
  scope          text NOT NULL,
  region_id      text,
  background     text NOT NULL,
  hours_per_week real NOT NULL,
  appointed_on   date NOT NULL,
  departed_on    date
);

CREATE TABLE developers (
  id           text PRIMARY KEY,
  name         text,
  email        text,
  appointed_on date NOT NULL
);

CREATE TABLE developer_regions (
  developer_id text NOT NULL,
  region_id    text NOT NULL,
  assigned     boolean NOT NULL,
  assigned_at  timestamptz NOT NULL,
  released_at  timestamptz,
  PRIMARY KEY (developer_id, region_id)
);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const peopleQueryIndexes = `
CREATE INDEX IF NOT EXISTS ambassadors_region ON ambassadors (region_id);
CREATE INDEX IF NOT EXISTS developer_regions_region ON developer_regions (region_id) WHERE assigned;
`;
