import type { SessionFormat } from '@leerkring/domain';
import { DEMO_PHASES, type DemoCommand, type DemoPhase } from './demo-command';
import { planCircles } from './demo-programme-circles';
import { ProgrammeContext } from './demo-programme-context';
import { planLearnings } from './demo-programme-learnings';
import { planPeople, planRegions } from './demo-programme-regions';
import { planWeeklyWork } from './demo-programme-weeks';
import type { JeugdregioRow } from './jeugdregios';

export { slugOf } from './demo-programme-context';

export interface DemoProgrammeOptions {
  /** "Now" of the programme: every date is relative to it and none lies after it. */
  readonly referenceDate: Date;
  /** The jeugdregio's of `data/jeugdregios.csv`. */
  readonly regions: readonly JeugdregioRow[];
  /**
   * Volume, 0 < scale <= 1: participants, sessions, adoptions, endorsements and the weeks of
   * weeklogs shrink with it; regions, people, circles and learnings stay.
   */
  readonly scale?: number;
  /** Seed of the random choices; the default gives the one demo everybody sees. */
  readonly seed?: string;
}

export interface DemoCounts {
  regions: number;
  renamedRegions: number;
  municipalities: number;
  municipalitiesRemoved: number;
  transformationPlans: number;
  supportPeriods: number;
  supportPeriodsEnded: number;
  developers: number;
  developerAssignments: number;
  developerReleases: number;
  regionalAmbassadors: number;
  nationalAmbassadors: number;
  departures: number;
  circles: number;
  closedCircles: number;
  participants: number;
  participantsRemoved: number;
  sessions: number;
  sessionsByFormat: Record<SessionFormat, number>;
  actionGroups: number;
  learnings: number;
  revisions: number;
  endorsements: number;
  adoptions: number;
  promotions: number;
  retractions: number;
  weeklyLogs: number;
  corrections: number;
  lateCorrections: number;
  closedPeriods: number;
  /** Every command appends exactly one event. */
  events: number;
}

export interface DemoProgramme {
  /** The Dutch calendar date the programme was made for. */
  readonly today: string;
  readonly commands: readonly DemoCommand[];
  readonly counts: DemoCounts;
  /** Streams per kind (the part of the stream name before its id). */
  readonly streams: Readonly<Record<'region' | 'developer' | 'ambassador' | 'circle' | 'learning' | 'reporting-period', number>>;
}

/**
 * The demo programme as an ordered list of bus commands. Pure: same options, same commands.
 * The phases are planned in `demo-programme-regions.ts`, `-circles.ts`, `-learnings.ts` and `-weeks.ts`.
 */
export function demoProgramme(options: DemoProgrammeOptions): DemoProgramme {
  const ctx = new ProgrammeContext(options);
  planRegions(ctx);
  planPeople(ctx);
  planCircles(ctx);
  planLearnings(ctx);
  planWeeklyWork(ctx);
  const order = (phase: DemoPhase) => DEMO_PHASES.indexOf(phase);
  // Stable: within a phase the commands keep the order they were planned in.
  const commands = ctx.commands
    .map((command, index) => ({ command, index }))
    .sort((a, b) => order(a.command.phase) - order(b.command.phase) || a.index - b.index)
    .map(({ command }) => command);
  ctx.counts.events = commands.length;
  return {
    today: ctx.today,
    commands,
    counts: ctx.counts,
    streams: {
      region: ctx.counts.regions,
      developer: ctx.counts.developers,
      ambassador: ctx.counts.regionalAmbassadors + ctx.counts.nationalAmbassadors,
      circle: ctx.counts.circles,
      learning: ctx.counts.learnings,
      'reporting-period': ctx.counts.closedPeriods,
    },
  };
}
