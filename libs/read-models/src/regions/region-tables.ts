import { defineTable } from '../shared/row-batch';

/** The PostgreSQL schema of the live read model (the engine builds rebuilds beside it). */
export const REGIONS_SCHEMA = 'rm_regions';

/** Rows of the `rm_regions` schema as the projector writes them (column names, JSON values). */

export interface RegionRow {
  id: string;
  slug: string;
  name: string;
  province: string;
  registered_at: string;
  /** When the region last got a new name; `null` while it has its first name. */
  renamed_at: string | null;
  /** Former names, oldest first (regions merge and rename; people still search the old names). */
  previous_names: string[];
}

/** Current members only: a removed municipality is deleted, it may be added again later. */
export interface MunicipalityRow {
  region_id: string;
  /** `municipalityKey(name)`: the domain compares municipality names case- and space-insensitively. */
  key: string;
  name: string;
  added_at: string;
}

export interface TransformationPlanRow {
  id: string;
  region_id: string;
  title: string;
  themes: string[];
  period_from: string;
  period_to: string;
  added_at: string;
}

export interface SupportPeriodRow {
  id: string;
  region_id: string;
  starts_on: string;
  /** `null` while the period runs. */
  ends_on: string | null;
}

export const regionsTable = defineTable<RegionRow>()({
  table: 'regions',
  key: ['id'],
  columns: {
    id: true, slug: true, name: true, province: true, registered_at: true, renamed_at: true, previous_names: true,
  },
});

export const municipalitiesTable = defineTable<MunicipalityRow>()({
  table: 'municipalities',
  key: ['region_id', 'key'],
  columns: { region_id: true, key: true, name: true, added_at: true },
});

export const transformationPlansTable = defineTable<TransformationPlanRow>()({
  table: 'transformation_plans',
  key: ['id'],
  columns: {
    id: true, region_id: true, title: true, themes: true, period_from: true, period_to: true, added_at: true,
  },
});

export const supportPeriodsTable = defineTable<SupportPeriodRow>()({
  table: 'support_periods',
  key: ['id'],
  columns: { id: true, region_id: true, starts_on: true, ends_on: true },
});

export const REGION_TABLES = ['regions', 'municipalities', 'transformation_plans', 'support_periods'] as const;

// No unique slug: the domain checks a slug within its own stream only, and a read model must
// never refuse an event the store has accepted (the projection would stall).
export const regionsDdl = `
CREATE TABLE regions (
  id             text PRIMARY KEY,
  slug           text NOT NULL,
  name           text NOT NULL,
  province       text NOT NULL,
  registered_at  timestamptz NOT NULL,
  renamed_at     timestamptz,
  previous_names text[] NOT NULL
);

CREATE TABLE municipalities (
  region_id text NOT NULL,
  key       text NOT NULL,
  name      text NOT NULL,
  added_at  timestamptz NOT NULL,
  PRIMARY KEY (region_id, key)
);

CREATE TABLE transformation_plans (
  id          text PRIMARY KEY,
  region_id   text NOT NULL,
  title       text NOT NULL,
  themes      text[] NOT NULL,
  period_from date NOT NULL,
  period_to   date NOT NULL,
  added_at    timestamptz NOT NULL
);

CREATE TABLE support_periods (
  id        text PRIMARY KEY,
  region_id text NOT NULL,
  starts_on date NOT NULL,
  ends_on   date
);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const regionsQueryIndexes = `
CREATE INDEX IF NOT EXISTS regions_slug ON regions (slug);
CREATE INDEX IF NOT EXISTS transformation_plans_region ON transformation_plans (region_id);
CREATE INDEX IF NOT EXISTS support_periods_region ON support_periods (region_id, starts_on);
`;
