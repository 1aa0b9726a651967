import { defineTable } from '../shared/row-batch';

/** Rows of the `rm_weekly_logs` schema as the projector writes them (column names, JSON values). */

/** The content of a week's log, as logged or as last corrected. */
export interface WeeklyWorkColumns {
  hours: number;
  circle_ids: string[];
  activities: Array<{ kind: string; text: string }>;
  partners_reached: number;
  sectors_reached: string[];
  reflection: string;
}

export interface WeeklyLogRow extends WeeklyWorkColumns {
  ambassador_id: string;
  /** ISO week `YYYY-Www`: sorts as text within that one format. */
  week: string;
  /** `null` for a national ambassador. */
  region_id: string | null;
  /** The quarter the week counts in, `2024-Q2`. */
  reporting_period_id: string;
  /** When the first log of the week was recorded. */
  logged_at: string;
  corrected: boolean;
  /** At least one correction came after the week's reporting period was closed. */
  late: boolean;
  correction_count: number;
  last_what_changed: string | null;
  last_corrected_at: string | null;
  /** Stream revision of the last event folded into this week: a replay is recognised and skipped. */
  revision: number;
}

export interface CorrectionRow {
  ambassador_id: string;
  /** Stream revision of the `WeeklyWorkCorrected` event. */
  revision: number;
  week: string;
  region_id: string | null;
  reporting_period_id: string;
  what_changed: string;
  late: boolean;
  corrected_at: string;
  hours_before: number;
  hours_after: number;
  /** The content the correction replaced. */
  previous: WeeklyWorkColumns;
}

export const weeklyLogsTable = defineTable<WeeklyLogRow>()({
  table: 'weekly_logs',
  key: ['ambassador_id', 'week'],
  columns: {
    ambassador_id: true, week: true, region_id: true, reporting_period_id: true, hours: true, circle_ids: true,
    activities: 'json', partners_reached: true, sectors_reached: true, reflection: true, logged_at: true,
    corrected: true, late: true, correction_count: true, last_what_changed: true, last_corrected_at: true,
    revision: true,
  },
});

export const correctionsTable = defineTable<CorrectionRow>()({
  table: 'corrections',
  key: ['ambassador_id', 'revision'],
  columns: {
    ambassador_id: true, revision: true, week: true, region_id: true, reporting_period_id: true, what_changed: true,
    late: true, corrected_at: true, hours_before: true, hours_after: true, previous: 'json',
  },
});

export const WEEKLY_LOG_TABLES = ['weekly_logs', 'corrections'] as const;

// Hours are whole quarter hours (0.25): exact in double precision, so sums are exact too.
export const weeklyLogsDdl = `
CREATE TABLE weekly_logs (
  ambassador_id       uuid NOT NULL,
  week                text NOT NULL,
  region_id           text,
  reporting_period_id text NOT NULL,
  hours               double precision NOT NULL,
  circle_ids          uuid[] NOT NULL,
  activities          jsonb NOT NULL,
  partners_reached    int NOT NULL,
  sectors_reached     text[] NOT NULL,
  reflection          text NOT NULL,
  logged_at           timestamptz NOT NULL,
  corrected           boolean NOT NULL,
  late                boolean NOT NULL,
  correction_count    int NOT NULL,
  last_what_changed   text,
  last_corrected_at   timestamptz,
  revision            int NOT NULL,
  PRIMARY KEY (ambassador_id, week)
);

CREATE TABLE corrections (
  ambassador_id       uuid NOT NULL,
  revision            int NOT NULL,
  week                text NOT NULL,
  region_id           text,
  reporting_period_id text NOT NULL,
  what_changed        text NOT NULL,
  late                boolean NOT NULL,
  corrected_at        timestamptz NOT NULL,
  hours_before        double precision NOT NULL,
  hours_after         double precision NOT NULL,
  previous            jsonb NOT NULL,
  PRIMARY KEY (ambassador_id, revision)
);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const weeklyLogsQueryIndexes = `
CREATE INDEX IF NOT EXISTS weekly_logs_region_quarter ON weekly_logs (region_id, reporting_period_id);
CREATE INDEX IF NOT EXISTS corrections_late ON corrections (reporting_period_id) WHERE late;
`;
