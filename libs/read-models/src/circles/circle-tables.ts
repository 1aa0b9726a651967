import { defineTable } from '../shared/row-batch';

/** The PostgreSQL schema of the live read model (the engine builds rebuilds beside it). */
export const CIRCLES_SCHEMA = 'rm_circles';

/** Rows of the `rm_circles` schema as the `circles` projector writes them. */

export interface CircleRow {
  id: string;
  region_id: string;
  developer_id: string;
  title: string;
  description: string | null;
  themes: string[];
  transformation_plan_id: string | null;
  started_on: string;
  status: 'open' | 'closed';
  closed_on: string | null;
  outcome: string | null;
  /** Current participants (removed ones do not count). */
  participant_count: number;
  session_count: number;
  /** The latest session date (sessions may be recorded out of date order). */
  last_session_on: string | null;
}

/** A participant stays as a row after removal (`active` false), and is active again on re-adding. */
export interface ParticipantRow {
  circle_id: string;
  participant_id: string;
  /** Personal data, through `personName`/`personEmail`. */
  name: string | null;
  email: string | null;
  sector: string;
  organisation: string;
  role: string;
  active: boolean;
  added_at: string;
  removed_at: string | null;
}

export interface SessionRow {
  circle_id: string;
  session_id: string;
  date: string;
  format: string;
  attendee_count: number;
  /** The registered participants present, when the recorder named them. */
  attendee_ids: string[] | null;
  sectors_present: string[];
  summary: string;
}

export interface ActionGroupRow {
  circle_id: string;
  id: string;
  name: string;
  theme: string;
  member_ids: string[];
}

export const circlesTable = defineTable<CircleRow>()({
  table: 'circles',
  key: ['id'],
  columns: {
    id: true, region_id: true, developer_id: true, title: true, description: true, themes: true,
    transformation_plan_id: true, started_on: true, status: true, closed_on: true, outcome: true,
    participant_count: true, session_count: true, last_session_on: true,
  },
});

export const participantsTable = defineTable<ParticipantRow>()({
  table: 'participants',
  key: ['circle_id', 'participant_id'],
  columns: {
    circle_id: true, participant_id: true, name: true, email: true, sector: true, organisation: true, role: true,
    active: true, added_at: true, removed_at: true,
  },
});

export const sessionsTable = defineTable<SessionRow>()({
  table: 'sessions',
  key: ['circle_id', 'session_id'],
  columns: {
    circle_id: true, session_id: true, date: true, format: true, attendee_count: true, attendee_ids: true,
    sectors_present: true, summary: true,
  },
});

export const actionGroupsTable = defineTable<ActionGroupRow>()({
  table: 'action_groups',
  key: ['circle_id', 'id'],
  columns: { circle_id: true, id: true, name: true, theme: true, member_ids: true },
});

export const CIRCLE_TABLES = ['circles', 'participants', 'sessions', 'action_groups'] as const;

// The circle list pages newest first on (started_on, id), filtered by region, theme or status.
export const circlesDdl = `
CREATE TABLE circles (
  id                     text PRIMARY KEY,
  region_id              text NOT NULL,
  developer_id           text NOT NULL,
  title                  text NOT NULL,
  description            text,
  themes                 text[] NOT NULL,
  transformation_plan_id text,
  started_on             date NOT NULL,
  status                 text NOT NULL CHECK (status IN ('open', 'closed')),
  closed_on              date,
  outcome                text,
  participant_count      integer NOT NULL,
  session_count          integer NOT NULL,
  last_session_on        date
);

CREATE TABLE participants (
  circle_id      text NOT NULL,
  participant_id text NOT NULL,
  name           text,
  email          text,
  sector         text NOT NULL,
  organisation   text NOT NULL,
  role           text NOT NULL,
  active         boolean NOT NULL,
  added_at       timestamptz NOT NULL,
  removed_at     timestamptz,
  PRIMARY KEY (circle_id, participant_id)
);

CREATE TABLE sessions (
  circle_id       text NOT NULL,
  session_id      text NOT NULL,
  date            date NOT NULL,
  format          text NOT NULL,
  attendee_count  integer NOT NULL,
  attendee_ids    text[],
  sectors_present text[] NOT NULL,
  summary         text NOT NULL,
  PRIMARY KEY (circle_id, session_id)
);

CREATE TABLE action_groups (
  circle_id  text NOT NULL,
  id         text NOT NULL,
  name       text NOT NULL,
  theme      text NOT NULL,
  member_ids text[] NOT NULL,
  PRIMARY KEY (circle_id, id)
);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const circlesQueryIndexes = `
CREATE INDEX IF NOT EXISTS circles_newest ON circles (started_on DESC, id DESC);
CREATE INDEX IF NOT EXISTS circles_region_newest ON circles (region_id, started_on DESC, id DESC);
CREATE INDEX IF NOT EXISTS circles_themes ON circles USING gin (themes);
`;
