import {
  assertNever, dutchDate, sundayOf, type Ambassador, type Circle, type Learning, type Region, type Sector, type SessionFormat, type Theme,
} from '@leerkring/domain';
import type { RecordedEvent } from '@leerkring/event-store';
import { domainEventOf } from '../shared/stored-event';
import { earlier, later } from './overview-calendar';

/**
 * The national overview as a pure fold over recorded events. The state is split into slices,
 * one per region plus one for national ambassadors, and every event changes exactly one slice:
 * the projector loads only the slices a batch touches, and the figures relative to a date are
 * computed from the state afterwards (`summarizeOverview`). Facts keep the dates the domain gives
 * (session date, adoption date, week); the recording date stands in where there is none.
 *
 * Some facts are kept only for the programme report (`libs/reports`), which folds the same events
 * up to a position and reads them per period: session formats, learning titles and promotions,
 * and late corrections. The overview's own figures never read them.
 */

export interface CircleFacts {
  readonly themes: readonly Theme[];
  readonly startedOn: string;
  readonly closedOn: string | null;
  /** Current participants and their sectors. */
  readonly participants: Readonly<Record<string, Sector>>;
}

export interface LearningFacts {
  readonly themes: readonly Theme[];
  readonly capturedOn: string;
  readonly retracted: boolean;
  /** As captured or last revised (for the report's list of adoptions). */
  readonly title: string;
  /** `LearningPromoted` (landelijk uitgelicht); a learning is promoted at most once. */
  readonly promotedOn: string | null;
}

/** A learning of another region that this slice's region took over. */
export interface AdoptionFacts {
  readonly learningId: string;
  readonly originRegionId: string;
  readonly adoptedOn: string;
}

/** A correction of a week whose reporting period VNG had already closed (`late` in the event). */
export interface LateCorrectionFacts {
  readonly week: string;
  /** The hours of the week before and after the correction. */
  readonly previousHours: number | null;
  readonly hours: number;
  /** The Dutch calendar date it was recorded. */
  readonly correctedOn: string;
  readonly whatChanged: string;
}

export interface AmbassadorFacts {
  readonly hoursPerWeek: number;
  readonly appointedOn: string;
  readonly departedOn: string | null;
  /** Hours per ISO week, as logged or last corrected. */
  readonly hours: Readonly<Record<string, number>>;
  readonly lateCorrections: readonly LateCorrectionFacts[];
}

export interface OverviewSlice {
  /** From `RegionRegistered` / `RegionRenamed`; `null` until the region is registered. */
  readonly name: string | null;
  readonly circles: Readonly<Record<string, CircleFacts>>;
  /** Number of sessions per session date. */
  readonly sessions: Readonly<Record<string, number>>;
  /** The same sessions per session date and format. */
  readonly sessionFormats: Readonly<Record<string, Readonly<Partial<Record<SessionFormat, number>>>>>;
  readonly learnings: Readonly<Record<string, LearningFacts>>;
  readonly adoptions: readonly AdoptionFacts[];
  readonly ambassadors: Readonly<Record<string, AmbassadorFacts>>;
  /** The latest date of circle, learning or weekly work in the region. */
  readonly lastActivityOn: string | null;
  /** Global position of the last event folded in: a replayed event changes nothing. */
  readonly lastPosition: string;
}

export interface OverviewState {
  /** By region id, and `NATIONAL_SLICE` for national ambassadors. */
  readonly slices: Readonly<Record<string, OverviewSlice>>;
}

export const NATIONAL_SLICE = 'national';

export const OVERVIEW_EVENT_TYPES = [
  'RegionRegistered', 'RegionRenamed',
  'CircleStarted', 'ParticipantAdded', 'ParticipantRemoved', 'SessionRecorded', 'ActionGroupFormed', 'CircleClosed',
  'LearningCaptured', 'LearningRevised', 'LearningEndorsed', 'LearningAdopted', 'LearningPromoted', 'LearningRetracted',
  'AmbassadorAppointed', 'WeeklyWorkLogged', 'WeeklyWorkCorrected', 'AmbassadorDeparted',
] as const;

type OverviewEvent = Extract<
  Region.RegionEvent | Circle.CircleEvent | Learning.LearningEvent | Ambassador.AmbassadorEvent,
  { type: (typeof OVERVIEW_EVENT_TYPES)[number] }
>;

const handled = new Set<string>(OVERVIEW_EVENT_TYPES);

export const initialOverviewState = (): OverviewState => ({ slices: {} });

export const emptySlice = (): OverviewSlice => ({
  name: null, circles: {}, sessions: {}, sessionFormats: {}, learnings: {}, adoptions: [], ambassadors: {},
  lastActivityOn: null, lastPosition: '',
});

/** The slice an event changes, or `undefined` for an event the overview does not use. */
export function overviewSliceOf(recorded: RecordedEvent): string | undefined {
  return handled.has(recorded.type) ? sliceKey(domainEventOf<OverviewEvent>(recorded)) : undefined;
}

export function foldOverviewEvent(state: OverviewState, recorded: RecordedEvent): OverviewState {
  const step = stepOf(state.slices, recorded);
  if (!step) return state;
  const next = structuredClone(step.slice) as SliceDraft;
  applyToSlice(next, step.event, recorded);
  return { slices: { ...state.slices, [step.key]: next } };
}

/**
 * The same fold over many events, changing a copy of its own in place: one event costs what it
 * changes, not a copy of its region's records (a programme report of 190,908 events took 26 s
 * copying, most of it garbage collection). `foldOverviewEvent` is the pure form of one step.
 */
export class OverviewFold {
  private readonly slices: Record<string, SliceDraft>;

  constructor(start: OverviewState = initialOverviewState()) {
    this.slices = structuredClone(start.slices) as Record<string, SliceDraft>;
  }

  add(recorded: RecordedEvent): void {
    const step = stepOf(this.slices, recorded);
    if (step) applyToSlice(this.slices[step.key] ??= step.slice as SliceDraft, step.event, recorded);
  }

  /** The state so far; folding on changes it. */
  get state(): OverviewState {
    return { slices: this.slices };
  }
}

/** The slice an event changes and the event as the domain knows it; none for an event not used or already folded in. */
function stepOf(
  slices: OverviewState['slices'], recorded: RecordedEvent,
): { key: string; slice: OverviewSlice; event: OverviewEvent } | undefined {
  if (!handled.has(recorded.type)) return undefined;
  const event = domainEventOf<OverviewEvent>(recorded);
  const key = sliceKey(event);
  const slice = slices[key] ?? emptySlice();
  return recorded.position <= slice.lastPosition ? undefined : { key, slice, event };
}

/** Endorsements and adoptions are the acting region's work; everything else its own region's. */
function sliceKey(event: OverviewEvent): string {
  switch (event.type) {
    case 'LearningEndorsed':
    case 'LearningAdopted':
      return event.data.byRegionId;
    case 'AmbassadorAppointed':
    case 'WeeklyWorkLogged':
    case 'WeeklyWorkCorrected':
    case 'AmbassadorDeparted':
      return event.data.regionId ?? NATIONAL_SLICE;
    default:
      return event.data.regionId;
  }
}

type Draft<T> = { -readonly [K in keyof T]: T[K] extends object ? Draft<T[K]> : T[K] };
type SliceDraft = Draft<OverviewSlice>;

/** The fold's one rule: what an event changes in its slice, in place. */
function applyToSlice(slice: SliceDraft, event: OverviewEvent, recorded: RecordedEvent): void {
  const recordedOn = dutchDate(recorded.recordedAt);
  // An activity is dated by the domain's own date where it has one, never after it was recorded.
  const active = (on: string) => {
    slice.lastActivityOn = later(slice.lastActivityOn, earlier(on, recordedOn));
  };
  slice.lastPosition = recorded.position;
  switch (event.type) {
    case 'RegionRegistered':
    case 'RegionRenamed':
      slice.name = event.data.name;
      return;
    case 'CircleStarted': {
      const { circleId, themes, startedOn } = event.data;
      active(startedOn);
      slice.circles[circleId] = { themes: [...themes], startedOn, closedOn: null, participants: {} };
      return;
    }
    case 'ParticipantAdded': {
      const { participantId, sector } = event.data;
      active(recordedOn);
      const circle = slice.circles[event.data.circleId];
      if (circle) circle.participants[participantId] = sector;
      return;
    }
    case 'ParticipantRemoved': {
      active(recordedOn);
      const circle = slice.circles[event.data.circleId];
      if (circle) delete circle.participants[event.data.participantId];
      return;
    }
    case 'SessionRecorded': {
      const { date, format } = event.data;
      active(date);
      slice.sessions[date] = (slice.sessions[date] ?? 0) + 1;
      // `??=`: slices persisted by version 1 of the projector lack the field until it is rebuilt.
      const onDate = (slice.sessionFormats ??= {})[date] ??= {};
      onDate[format] = (onDate[format] ?? 0) + 1;
      return;
    }
    case 'ActionGroupFormed':
      active(recordedOn);
      return;
    case 'CircleClosed': {
      active(event.data.closedOn);
      const circle = slice.circles[event.data.circleId];
      if (circle) circle.closedOn = event.data.closedOn;
      return;
    }
    case 'LearningCaptured': {
      const { learningId, themes, capturedOn, title } = event.data;
      active(capturedOn);
      slice.learnings[learningId] = { themes: [...themes], capturedOn, retracted: false, title, promotedOn: null };
      return;
    }
    case 'LearningRevised': {
      const { themes, title } = event.data.changes;
      active(event.data.revisedOn);
      const learning = liveLearning(slice, event.data.learningId);
      if (learning && themes !== undefined) learning.themes = [...themes];
      if (learning && title !== undefined) learning.title = title;
      return;
    }
    case 'LearningPromoted': {
      // A national ambassador's act, not the region's activity: `lastActivityOn` stays.
      const learning = liveLearning(slice, event.data.learningId);
      if (learning) learning.promotedOn ??= event.data.promotedOn;
      return;
    }
    case 'LearningRetracted': {
      const learning = liveLearning(slice, event.data.learningId);
      if (learning) learning.retracted = true;
      return;
    }
    case 'LearningEndorsed':
      active(event.data.endorsedOn);
      return;
    case 'LearningAdopted': {
      const { learningId, regionId, adoptedOn } = event.data;
      active(adoptedOn);
      slice.adoptions.push({ learningId, originRegionId: regionId, adoptedOn });
      return;
    }
    case 'AmbassadorAppointed': {
      const { ambassadorId, hoursPerWeek, appointedOn } = event.data;
      slice.ambassadors[ambassadorId] = { hoursPerWeek, appointedOn, departedOn: null, hours: {}, lateCorrections: [] };
      return;
    }
    case 'WeeklyWorkLogged': {
      const { week, hours } = event.data;
      active(sundayOf(week));
      const ambassador = slice.ambassadors[event.data.ambassadorId];
      if (ambassador) ambassador.hours[week] = hours;
      return;
    }
    case 'WeeklyWorkCorrected': {
      const { week, hours, late, whatChanged } = event.data;
      active(sundayOf(week));
      const ambassador = slice.ambassadors[event.data.ambassadorId];
      if (!ambassador) return;
      if (late) {
        (ambassador.lateCorrections ??= []).push({ week, previousHours: ambassador.hours[week] ?? null, hours, correctedOn: recordedOn, whatChanged });
      }
      ambassador.hours[week] = hours;
      return;
    }
    case 'AmbassadorDeparted': {
      const ambassador = slice.ambassadors[event.data.ambassadorId];
      if (ambassador) ambassador.departedOn = event.data.departedOn;
      return;
    }
    default:
      assertNever(event);
  }
}

/** A learning a revision, promotion or retraction still applies to: known and not retracted. */
function liveLearning(slice: SliceDraft, learningId: string): Draft<LearningFacts> | undefined {
  const learning = slice.learnings[learningId];
  return learning === undefined || learning.retracted ? undefined : learning;
}
