import { dutchDate, isoWeekOfDate, type Sector, type SessionFormat, type Theme } from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';
import type { CircleTemplate, LearningText } from './demo-circles.content';
import { demoCommand, type DemoCommand, type DemoCommandData, type DemoCommandKind, type DemoPhase } from './demo-command';
import { addDays } from './demo-dates';
import type { DemoCounts, DemoProgrammeOptions } from './demo-programme';
import { DemoRandom } from './demo-random';
import type { JeugdregioRow } from './jeugdregios';

/**
 * What the phases of the demo programme share: the plans made so far, the commands planned, the
 * counts, and the principals acting for a region. The phases live in `demo-programme-*.ts`.
 */

const DEFAULT_SEED = 'leerkring-demo-1';

export const BEHEERDER: Principal = { actorId: 'demo-beheerder', role: 'beheerder' };
export const VNG: Principal = { actorId: 'demo-vng', role: 'vng' };

export interface RegionPlan {
  readonly row: JeugdregioRow;
  readonly regionId: string;
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly planIds: string[];
  readonly developers: string[];
  readonly ambassadors: AmbassadorPlan[];
  readonly circles: CirclePlan[];
}

export interface AmbassadorPlan {
  readonly ambassadorId: string;
  readonly label: string;
  readonly regionId: string;
  readonly hoursPerWeek: number;
  readonly appointedOn: string;
  departedOn?: string;
}

export interface DeveloperPlan {
  readonly developerId: string;
  readonly label: string;
  readonly regions: string[];
}

export interface ParticipantPlan {
  readonly participantId: string;
  readonly sector: Sector;
}

export interface SessionPlan {
  readonly date: string;
  readonly format: SessionFormat;
}

export interface CirclePlan {
  readonly circleId: string;
  readonly label: string;
  readonly regionId: string;
  readonly developerId: string;
  readonly template: CircleTemplate;
  readonly startedOn: string;
  readonly sessions: SessionPlan[];
  closedOn?: string;
  readonly learnings: LearningText[];
}

export interface LearningPlan {
  readonly text: LearningText;
  readonly learningId: string;
  readonly circle: CirclePlan;
  /** When the lesson was learned in its circle: adoptions come after it. */
  readonly learnedOn: string;
  adoptedBy: string[];
  retracted: boolean;
}

export class ProgrammeContext {
  readonly rng: DemoRandom;
  readonly scale: number;
  readonly today: string;
  readonly currentWeek: string;
  readonly commands: DemoCommand[] = [];
  readonly counts: DemoCounts;
  readonly regions: RegionPlan[] = [];
  readonly developers: DeveloperPlan[] = [];
  readonly nationals: AmbassadorPlan[] = [];
  readonly learnings: LearningPlan[] = [];
  participantSerial = 0;

  constructor(readonly options: DemoProgrammeOptions) {
    const scale = options.scale ?? 1;
    if (!(scale > 0 && scale <= 1)) throw new RangeError(`scale must be in (0, 1], got ${scale}`);
    if (options.regions.length === 0) throw new RangeError('the programme needs the jeugdregio\'s');
    this.scale = scale;
    this.rng = new DemoRandom(options.seed ?? DEFAULT_SEED);
    // Only the Dutch calendar date counts: every instant of one day makes the same programme.
    this.today = dutchDate(options.referenceDate);
    this.currentWeek = isoWeekOfDate(this.today);
    this.counts = {
      regions: 0, renamedRegions: 0, municipalities: 0, municipalitiesRemoved: 0, transformationPlans: 0,
      supportPeriods: 0, supportPeriodsEnded: 0, developers: 0, developerAssignments: 0, developerReleases: 0,
      regionalAmbassadors: 0, nationalAmbassadors: 0, departures: 0, circles: 0, closedCircles: 0, participants: 0,
      participantsRemoved: 0, sessions: 0,
      sessionsByFormat: { plenair: 0, actiegroep: 0, casusbespreking: 0, fasterclass: 0, omdenksessie: 0 },
      actionGroups: 0, learnings: 0, revisions: 0, endorsements: 0, adoptions: 0, promotions: 0, retractions: 0,
      weeklyLogs: 0, corrections: 0, lateCorrections: 0, closedPeriods: 0, events: 0,
    };
  }

  add<Kind extends DemoCommandKind>(
    kind: Kind, phase: DemoPhase, stream: string, label: string, data: DemoCommandData[Kind], principal: Principal,
  ): void {
    this.commands.push(demoCommand(kind, phase, stream, label, data, principal));
  }

  /** `n` scaled down, never below `min`. */
  scaled(n: number, min = 1): number {
    return Math.max(min, Math.round(n * this.scale));
  }

  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  regionOf(regionId: string): RegionPlan {
    const region = this.regions.find((r) => r.regionId === regionId);
    if (!region) throw new Error(`region ${regionId} is not in the programme`);
    return region;
  }

  developerPrincipal(developerId: string): Principal {
    const developer = this.developers.find((d) => d.developerId === developerId) as DeveloperPlan;
    return { actorId: developerId, role: 'ontwikkelaar', regionIds: developer.regions };
  }

  /** The regio-ambassadeur who acts for the region now (a successor after a departure). */
  currentAmbassador(regionId: string): Principal {
    const active = this.regionOf(regionId).ambassadors.filter((a) => !a.departedOn);
    const ambassador = active[0] as AmbassadorPlan;
    return { actorId: ambassador.ambassadorId, role: 'regio-ambassadeur', regionIds: [regionId] };
  }
}

export const sharesTheme = (a: readonly Theme[], b: readonly Theme[]): boolean => a.some((theme) => b.includes(theme));

/** `friesland-fryslan` for `Friesland (Fryslân)`: the domain's slug pattern. */
export function slugOf(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
