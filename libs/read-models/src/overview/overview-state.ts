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
  if (!handled.has(recorded.type)) return state;
  const event = domainEventOf<OverviewEvent>(recorded);
  const key = sliceKey(event);
  const slice = state.slices[key] ?? emptySlice();
  if (recorded.position <= slice.lastPosition) return state;
  const next = evolveSlice(slice, event, dutchDate(recorded.recordedAt));
  return { slices: { ...state.slices, [key]: { ...next, lastPosition: recorded.position } } };
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

function evolveSlice(slice: OverviewSlice, event: OverviewEvent, recordedOn: string): OverviewSlice {
  // An activity is dated by the domain's own date where it has one, never after it was recorded.
  const active = (on: string): OverviewSlice =>
    ({ ...slice, lastActivityOn: later(slice.lastActivityOn, earlier(on, recordedOn)) });
  switch (event.type) {
    case 'RegionRegistered':
    case 'RegionRenamed':
      return { ...slice, name: event.data.name };
    case 'CircleStarted': {
      const { circleId, themes, startedOn } = event.data;
      return {
        ...active(startedOn),
        circles: { ...slice.circles, [circleId]: { themes, startedOn, closedOn: null, participants: {} } },
      };
    }
    case 'ParticipantAdded': {
      const { participantId, sector } = event.data;
      return circle(active(recordedOn), event.data.circleId, (c) => ({
        participants: { ...c.participants, [participantId]: sector },
      }));
    }
    case 'ParticipantRemoved':
      return circle(active(recordedOn), event.data.circleId, (c) => {
        const { [event.data.participantId]: _removed, ...participants } = c.participants;
        return { participants };
      });
    case 'SessionRecorded': {
      const { date, format } = event.data;
      // `?? {}`: slices persisted by version 1 of the projector lack the field until it is rebuilt.
      const formats = slice.sessionFormats ?? {};
      const onDate = formats[date] ?? {};
      return {
        ...active(date),
        sessions: { ...slice.sessions, [date]: (slice.sessions[date] ?? 0) + 1 },
        sessionFormats: { ...formats, [date]: { ...onDate, [format]: (onDate[format] ?? 0) + 1 } },
      };
    }
    case 'ActionGroupFormed':
      return active(recordedOn);
    case 'CircleClosed':
      return circle(active(event.data.closedOn), event.data.circleId, () => ({ closedOn: event.data.closedOn }));
    case 'LearningCaptured': {
      const { learningId, themes, capturedOn, title } = event.data;
      return {
        ...active(capturedOn),
        learnings: { ...slice.learnings, [learningId]: { themes, capturedOn, retracted: false, title, promotedOn: null } },
      };
    }
    case 'LearningRevised': {
      const { themes, title } = event.data.changes;
      return learning(active(event.data.revisedOn), event.data.learningId, () => ({
        ...(themes === undefined ? {} : { themes }), ...(title === undefined ? {} : { title }),
      }));
    }
    case 'LearningPromoted':
      // A national ambassador's act, not the region's activity: `lastActivityOn` stays.
      return learning(slice, event.data.learningId, (l) => ({ promotedOn: l.promotedOn ?? event.data.promotedOn }));
    case 'LearningRetracted':
      return learning(slice, event.data.learningId, () => ({ retracted: true }));
    case 'LearningEndorsed':
      return active(event.data.endorsedOn);
    case 'LearningAdopted': {
      const { learningId, regionId, adoptedOn } = event.data;
      return { ...active(adoptedOn), adoptions: [...slice.adoptions, { learningId, originRegionId: regionId, adoptedOn }] };
    }
    case 'AmbassadorAppointed': {
      const { ambassadorId, hoursPerWeek, appointedOn } = event.data;
      return {
        ...slice,
        ambassadors: {
          ...slice.ambassadors,
          [ambassadorId]: { hoursPerWeek, appointedOn, departedOn: null, hours: {}, lateCorrections: [] },
        },
      };
    }
    case 'WeeklyWorkLogged': {
      const { week, hours } = event.data;
      return ambassador(active(sundayOf(week)), event.data.ambassadorId, (a) => ({ hours: { ...a.hours, [week]: hours } }));
    }
    case 'WeeklyWorkCorrected': {
      const { week, hours, late, whatChanged } = event.data;
      return ambassador(active(sundayOf(week)), event.data.ambassadorId, (a) => ({
        hours: { ...a.hours, [week]: hours },
        ...(late
          ? {
            lateCorrections: [
              ...(a.lateCorrections ?? []),
              { week, previousHours: a.hours[week] ?? null, hours, correctedOn: recordedOn, whatChanged },
            ],
          }
          : {}),
      }));
    }
    case 'AmbassadorDeparted':
      return ambassador(slice, event.data.ambassadorId, () => ({ departedOn: event.data.departedOn }));
    default:
      return assertNever(event);
  }
}

function circle(slice: OverviewSlice, circleId: string, change: (c: CircleFacts) => Partial<CircleFacts>): OverviewSlice {
  const current = slice.circles[circleId];
  if (current === undefined) return slice;
  return { ...slice, circles: { ...slice.circles, [circleId]: { ...current, ...change(current) } } };
}

function learning(slice: OverviewSlice, learningId: string, change: (l: LearningFacts) => Partial<LearningFacts>): OverviewSlice {
  const current = slice.learnings[learningId];
  if (current === undefined || current.retracted) return slice;
  return { ...slice, learnings: { ...slice.learnings, [learningId]: { ...current, ...change(current) } } };
}

function ambassador(
  slice: OverviewSlice, ambassadorId: string, change: (a: AmbassadorFacts) => Partial<AmbassadorFacts>,
): OverviewSlice {
  const current = slice.ambassadors[ambassadorId];
  if (current === undefined) return slice;
  return { ...slice, ambassadors: { ...slice.ambassadors, [ambassadorId]: { ...current, ...change(current) } } };
}
