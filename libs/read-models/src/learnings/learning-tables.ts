import { defineTable } from '../shared/row-batch';

/** Rows of the `rm_learnings` schema as the projector writes them (column names, JSON values). */

export interface LearningRow {
  id: string;
  region_id: string;
  circle_id: string;
  title: string;
  insight: string;
  themes: string[];
  success_factors: string[];
  evidence_level: string;
  /** Position of the level in the domain's `EVIDENCE_LEVELS`, lowest first. */
  evidence_rank: number;
  knowledge_sources: string[];
  origin: string;
  status: 'active' | 'retracted';
  captured_on: string;
  /** Global position of the capture: orders the learnings of one day, newest first. */
  captured_position: string;
  revised_on: string | null;
  retracted_on: string | null;
  retraction_reason: string | null;
  promoted: boolean;
  promoted_on: string | null;
  promotion_reason: string | null;
  promoter_id: string | null;
  endorsement_count: number;
  adoption_count: number;
  /** Stream revision of the last event folded in: a replayed event is recognised and skipped. */
  revision: number;
}

export interface EndorsementRow {
  learning_id: string;
  /** The endorsing region. */
  region_id: string;
  comment: string | null;
  endorsed_on: string;
}

export interface AdoptionRow {
  learning_id: string;
  /** The region whose circle captured the learning. */
  origin_region_id: string;
  adopting_region_id: string;
  adaptation: string;
  adopted_on: string;
}

export interface RevisionRow {
  learning_id: string;
  /** Stream revision of the `LearningRevised` event: orders the history. */
  revision: number;
  revised_on: string;
  /** Domain field names (`title`, `evidenceLevel`, ...) in a fixed order. */
  changed_fields: string[];
  changes: Record<string, unknown>;
}

export const learningsTable = defineTable<LearningRow>()({
  table: 'learnings',
  key: ['id'],
  columns: {
    id: true, region_id: true, circle_id: true, title: true, insight: true, themes: true, success_factors: true,
    evidence_level: true, evidence_rank: true, knowledge_sources: true, origin: true, status: true,
    captured_on: true, captured_position: true, revised_on: true, retracted_on: true, retraction_reason: true,
    promoted: true, promoted_on: true, promotion_reason: true, promoter_id: true, endorsement_count: true,
    adoption_count: true, revision: true,
  },
});

export const endorsementsTable = defineTable<EndorsementRow>()({
  table: 'endorsements',
  key: ['learning_id', 'region_id'],
  columns: { learning_id: true, region_id: true, comment: true, endorsed_on: true },
});

export const adoptionsTable = defineTable<AdoptionRow>()({
  table: 'adoptions',
  key: ['learning_id', 'adopting_region_id'],
  columns: { learning_id: true, origin_region_id: true, adopting_region_id: true, adaptation: true, adopted_on: true },
});

export const revisionsTable = defineTable<RevisionRow>()({
  table: 'revisions',
  key: ['learning_id', 'revision'],
  columns: { learning_id: true, revision: true, revised_on: true, changed_fields: true, changes: 'json' },
});

export const LEARNING_TABLES = ['learnings', 'endorsements', 'adoptions', 'revisions'] as const;

/**
 * `search` is kept by triggers, so every write of a row keeps it in step with the text: the
 * title weighs most (A), then the insight (B), then the success factors (C). On update the
 * vector is only recomputed when the text changed, and `fillfactor` leaves room on each page, so
 * the frequent count updates (endorsed, adopted, promoted) stay HOT updates that neither
 * re-stem the text nor touch the GIN index. (A generated column would recompute it on every
 * update: measured three times slower per batch.) Themes have no GIN index: filtering a few
 * thousand rows on them is cheap, and that index cost a fifth of the catch-up time.
 */
export const learningsDdl = `
CREATE FUNCTION learning_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := setweight(to_tsvector('dutch'::regconfig, NEW.title), 'A')
    || setweight(to_tsvector('dutch'::regconfig, NEW.insight), 'B')
    || setweight(to_tsvector('dutch'::regconfig, array_to_string(NEW.success_factors, ' ')), 'C');
  RETURN NEW;
END $$;

CREATE TABLE learnings (
  id                uuid PRIMARY KEY,
  region_id         text NOT NULL,
  circle_id         uuid NOT NULL,
  title             text NOT NULL,
  insight           text NOT NULL,
  themes            text[] NOT NULL,
  success_factors   text[] NOT NULL,
  evidence_level    text NOT NULL,
  evidence_rank     int NOT NULL,
  knowledge_sources text[] NOT NULL,
  origin            text NOT NULL,
  status            text NOT NULL CHECK (status IN ('active', 'retracted')),
  captured_on       date NOT NULL,
  captured_position text NOT NULL,
  revised_on        date,
  retracted_on      date,
  retraction_reason text,
  promoted          boolean NOT NULL,
  promoted_on       date,
  promotion_reason  text,
  promoter_id       uuid,
  endorsement_count int NOT NULL,
  adoption_count    int NOT NULL,
  revision          int NOT NULL,
  search            tsvector NOT NULL
) WITH (fillfactor = 70);
CREATE TRIGGER learnings_search_on_insert BEFORE INSERT ON learnings
  FOR EACH ROW EXECUTE FUNCTION learning_search_vector();
CREATE TRIGGER learnings_search_on_change BEFORE UPDATE ON learnings
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.insight IS DISTINCT FROM NEW.insight
    OR OLD.success_factors IS DISTINCT FROM NEW.success_factors)
  EXECUTE FUNCTION learning_search_vector();

CREATE TABLE endorsements (
  learning_id uuid NOT NULL,
  region_id   text NOT NULL,
  comment     text,
  endorsed_on date NOT NULL,
  PRIMARY KEY (learning_id, region_id)
);

CREATE TABLE adoptions (
  learning_id        uuid NOT NULL,
  origin_region_id   text NOT NULL,
  adopting_region_id text NOT NULL,
  adaptation         text NOT NULL,
  adopted_on         date NOT NULL,
  PRIMARY KEY (learning_id, adopting_region_id)
);

CREATE TABLE revisions (
  learning_id    uuid NOT NULL,
  revision       int NOT NULL,
  revised_on     date NOT NULL,
  changed_fields text[] NOT NULL,
  changes        jsonb NOT NULL,
  PRIMARY KEY (learning_id, revision)
);
`;

/** The indexes only queries use: made once a build from empty has caught up (see `Projector.indexes`). */
export const learningsQueryIndexes = `
CREATE INDEX IF NOT EXISTS learnings_search ON learnings USING gin (search);
CREATE INDEX IF NOT EXISTS learnings_newest ON learnings (captured_on DESC, captured_position DESC);
CREATE INDEX IF NOT EXISTS learnings_region ON learnings (region_id);
CREATE INDEX IF NOT EXISTS adoptions_adopting_region ON adoptions (adopting_region_id);
`;
