import type { SessionFormat } from '@leerkring/domain';
import type { RecordedEvent } from '@leerkring/event-store';
import {
  emptySlice, type AdoptionFacts, type AmbassadorFacts, type CircleFacts, type LearningFacts, type OverviewSlice,
} from './overview-state';

/**
 * A slice of the overview fold stored as rows: its scalars (`meta`) and one row per circle,
 * learning, ambassador, session date and adoption. An event changes the scalars and at most one
 * other row, so a batch loads and writes only the rows its events touch: the cost of a batch no
 * longer grows with the region's history, as it did when a slice was one jsonb value.
 */
export interface OverviewPartRow {
  slice_key: string;
  part: string;
  facts: unknown;
}

interface SliceMeta {
  readonly name: string | null;
  readonly lastActivityOn: string | null;
  readonly lastPosition: string;
  /** Adoptions stored so far: the next one is numbered from here, keeping the order of events. */
  readonly adoptions: number;
}

interface SessionDay {
  readonly count: number;
  readonly formats: Readonly<Partial<Record<SessionFormat, number>>>;
}

export const META_PART = 'meta';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The row besides `meta` that an event reads or changes; `null` when the scalars are all it needs. */
export function entityPartOf(recorded: RecordedEvent): string | null {
  const data = recorded.data as Readonly<Record<string, unknown>>;
  switch (recorded.type) {
    case 'CircleStarted':
    case 'ParticipantAdded':
    case 'ParticipantRemoved':
    case 'CircleClosed':
      return `circle:${text(data['circleId'])}`;
    case 'SessionRecorded':
      return `sessions:${text(data['date'])}`;
    case 'LearningCaptured':
    case 'LearningRevised':
    case 'LearningPromoted':
    case 'LearningRetracted':
      return `learning:${text(data['learningId'])}`;
    case 'AmbassadorAppointed':
    case 'WeeklyWorkLogged':
    case 'WeeklyWorkCorrected':
    case 'AmbassadorDeparted':
      return `ambassador:${text(data['ambassadorId'])}`;
    default:
      // An adoption is a new row, numbered after the stored ones; the rest change the scalars only.
      return null;
  }
}

/** A slice from some or all of its rows, and how many adoptions are stored for it. */
export function assembleSlice(
  rows: readonly Pick<OverviewPartRow, 'part' | 'facts'>[],
): { slice: OverviewSlice; storedAdoptions: number } {
  const circles: Record<string, CircleFacts> = {};
  const learnings: Record<string, LearningFacts> = {};
  const ambassadors: Record<string, AmbassadorFacts> = {};
  const sessions: Record<string, number> = {};
  const sessionFormats: Record<string, SessionDay['formats']> = {};
  const adoptions: Array<[string, AdoptionFacts]> = [];
  let meta: SliceMeta = { name: null, lastActivityOn: null, lastPosition: emptySlice().lastPosition, adoptions: 0 };
  for (const { part, facts } of rows) {
    const separator = part.indexOf(':');
    const kind = separator < 0 ? part : part.slice(0, separator);
    const id = part.slice(separator + 1);
    switch (kind) {
      case META_PART: meta = facts as SliceMeta; break;
      case 'circle': circles[id] = facts as CircleFacts; break;
      case 'learning': learnings[id] = facts as LearningFacts; break;
      case 'ambassador': ambassadors[id] = facts as AmbassadorFacts; break;
      case 'sessions':
        sessions[id] = (facts as SessionDay).count;
        sessionFormats[id] = (facts as SessionDay).formats;
        break;
      case 'adoption': adoptions.push([id, facts as AdoptionFacts]); break;
      default: throw new Error(`unknown overview part ${part}`);
    }
  }
  adoptions.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { name, lastActivityOn, lastPosition } = meta;
  return {
    slice: {
      name, lastActivityOn, lastPosition, circles, learnings, ambassadors, sessions, sessionFormats,
      adoptions: adoptions.map(([, adoption]) => adoption),
    },
    storedAdoptions: meta.adoptions,
  };
}

/**
 * The rows of a slice assembled from some of its rows and folded further: every row it holds,
 * with its adoptions (all new: none is loaded) numbered after the `storedAdoptions`.
 */
export function partsOfSlice(sliceKey: string, slice: OverviewSlice, storedAdoptions: number): OverviewPartRow[] {
  const row = (part: string, facts: unknown): OverviewPartRow => ({ slice_key: sliceKey, part, facts });
  const meta: SliceMeta = {
    name: slice.name, lastActivityOn: slice.lastActivityOn, lastPosition: slice.lastPosition,
    adoptions: storedAdoptions + slice.adoptions.length,
  };
  return [
    row(META_PART, meta),
    ...Object.entries(slice.circles).map(([id, facts]) => row(`circle:${id}`, facts)),
    ...Object.entries(slice.learnings).map(([id, facts]) => row(`learning:${id}`, facts)),
    ...Object.entries(slice.ambassadors).map(([id, facts]) => row(`ambassador:${id}`, facts)),
    ...Object.entries(slice.sessions).map(([date, count]): OverviewPartRow =>
      row(`sessions:${date}`, { count, formats: slice.sessionFormats[date] ?? {} } satisfies SessionDay)),
    // Zero-padded, so that the rows sort in the order the adoptions were made.
    ...slice.adoptions.map((facts, index) => row(`adoption:${String(storedAdoptions + index).padStart(9, '0')}`, facts)),
  ];
}
