import {
  Ambassador, Circle, Developer, Learning, Region, ReportingPeriod, SECTORS, THEME_LABELS,
  addWeeks, compareWeeks, dutchDate, isoWeekOfDate, mondayOf, sundayOf,
  type Sector, type SessionFormat, type Theme,
} from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';
import {
  CIRCLE_TEMPLATES, SEED_CIRCLES, type CircleTemplate, type LearningText, type ScriptedSession, type SeedCircle,
} from './demo-circles.content';
import {
  DEMO_PHASES, demoCommand, demoId, type DemoCommand, type DemoCommandData, type DemoCommandKind, type DemoPhase,
} from './demo-command';
import { addDays, daysBetween, maxDate, minDate, yearOf } from './demo-dates';
import { fictionalName, staffName, sectorProfile } from './demo-people';
import { DemoRandom } from './demo-random';
import {
  ACTIVITIES, ADAPTATIONS, ENDORSEMENT_COMMENTS, OPENING_SUMMARY, PROMOTION_REASONS, REFLECTIONS, REMOVAL_REASONS,
  RETRACTION_REASON, SESSION_SUMMARIES, WHAT_CHANGED, fill,
} from './demo-texts';
import type { JeugdregioRow } from './jeugdregios';

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

const DEFAULT_SEED = 'leerkring-demo-1';

/** Regions with a few known municipalities besides the five of data/README.md. */
const EXTRA_MUNICIPALITIES: Readonly<Record<string, readonly string[]>> = {
  JZ01: ['Eemsdelta', 'Groningen', 'Het Hogeland', 'Midden-Groningen', 'Oldambt', 'Pekela', 'Stadskanaal', 'Veendam', 'Westerkwartier', 'Westerwolde'],
  JZ13: ['Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn'],
  JZ14: ['Almelo', 'Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hellendoorn', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden'],
  // Weesp was part of Gooi en Vechtstreek until it merged into Amsterdam: added, then removed.
  JZ16: ['Blaricum', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Weesp', 'Wijdemeren'],
  JZ22: ['Utrecht'],
};
const MOVED_AWAY: Readonly<Record<string, string>> = { JZ16: 'Weesp' };

/** The municipalities of the seed articles' regions (data/README.md). */
const KNOWN_MUNICIPALITIES: Readonly<Record<string, readonly string[]>> = {
  JZ36: ['Bergen op Zoom', 'Etten-Leur', 'Halderberge', 'Moerdijk', 'Roosendaal', 'Rucphen', 'Steenbergen', 'Woensdrecht', 'Zundert'],
  JZ08: ['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde'],
  JZ04: ['Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld'],
  JZ38: ['Borsele', 'Goes', 'Hulst', 'Kapelle', 'Middelburg', 'Noord-Beveland', 'Reimerswaal', 'Schouwen-Duiveland', 'Sluis', 'Terneuzen', 'Tholen', 'Veere', 'Vlissingen'],
  JZ24: ['Delft', 'Den Haag', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp', 'Rijswijk', 'Wassenaar', 'Westland', 'Zoetermeer'],
  ...EXTRA_MUNICIPALITIES,
};

const BEHEERDER: Principal = { actorId: 'demo-beheerder', role: 'beheerder' };
const VNG: Principal = { actorId: 'demo-vng', role: 'vng' };

const DEVELOPER_COUNT = 8;
const NATIONAL_AMBASSADOR_COUNT = 4;

interface RegionPlan {
  readonly row: JeugdregioRow;
  readonly regionId: string;
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly planIds: string[];
  readonly developers: string[];
  readonly ambassadors: AmbassadorPlan[];
  readonly circles: CirclePlan[];
}

interface AmbassadorPlan {
  readonly ambassadorId: string;
  readonly label: string;
  readonly regionId: string;
  readonly hoursPerWeek: number;
  readonly appointedOn: string;
  departedOn?: string;
}

interface DeveloperPlan {
  readonly developerId: string;
  readonly label: string;
  readonly regions: string[];
}

interface ParticipantPlan {
  readonly participantId: string;
  readonly sector: Sector;
}

interface SessionPlan {
  readonly date: string;
  readonly format: SessionFormat;
}

interface CirclePlan {
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

interface LearningPlan {
  readonly text: LearningText;
  readonly learningId: string;
  readonly circle: CirclePlan;
  /** When the lesson was learned in its circle: adoptions come after it. */
  readonly learnedOn: string;
  adoptedBy: string[];
  retracted: boolean;
}

/** The demo programme as an ordered list of bus commands. Pure: same options, same commands. */
export function demoProgramme(options: DemoProgrammeOptions): DemoProgramme {
  return new ProgrammeBuilder(options).build();
}

class ProgrammeBuilder {
  private readonly rng: DemoRandom;
  private readonly scale: number;
  private readonly today: string;
  private readonly currentWeek: string;
  private readonly commands: DemoCommand[] = [];
  private readonly counts: DemoCounts;
  private readonly regions: RegionPlan[] = [];
  private readonly developers: DeveloperPlan[] = [];
  private readonly nationals: AmbassadorPlan[] = [];
  private readonly learnings: LearningPlan[] = [];
  private participantSerial = 0;

  constructor(private readonly options: DemoProgrammeOptions) {
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

  build(): DemoProgramme {
    this.planRegions();
    this.planPeople();
    this.planCircles();
    this.planLearnings();
    this.planWeeklyWork();
    const order = (phase: DemoPhase) => DEMO_PHASES.indexOf(phase);
    // Stable: within a phase the commands keep the order they were planned in.
    const commands = this.commands
      .map((command, index) => ({ command, index }))
      .sort((a, b) => order(a.command.phase) - order(b.command.phase) || a.index - b.index)
      .map(({ command }) => command);
    this.counts.events = commands.length;
    return {
      today: this.today,
      commands,
      counts: this.counts,
      streams: {
        region: this.counts.regions,
        developer: this.counts.developers,
        ambassador: this.counts.regionalAmbassadors + this.counts.nationalAmbassadors,
        circle: this.counts.circles,
        learning: this.counts.learnings,
        'reporting-period': this.counts.closedPeriods,
      },
    };
  }

  private add<Kind extends DemoCommandKind>(
    kind: Kind, phase: DemoPhase, stream: string, label: string, data: DemoCommandData[Kind], principal: Principal,
  ): void {
    this.commands.push(demoCommand(kind, phase, stream, label, data, principal));
  }

  /** `n` scaled down, never below `min`. */
  private scaled(n: number, min = 1): number {
    return Math.max(min, Math.round(n * this.scale));
  }

  private daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  // ---------------------------------------------------------------------------------------- regions

  private planRegions(): void {
    const rng = this.rng.fork('regions');
    const pilots = new Set(rng.sample(this.options.regions.map((r) => r.code), 3));
    for (const row of this.options.regions) {
      const regionId = row.code;
      const stream = Region.streamName(regionId);
      const label = `region/${regionId}`;
      const municipalities = KNOWN_MUNICIPALITIES[regionId] ?? [];
      const region: RegionPlan = {
        row, regionId, name: row.name2025 ?? row.name, municipalities: municipalities.filter((m) => m !== MOVED_AWAY[regionId]),
        planIds: [], developers: [], ambassadors: [], circles: [],
      };
      this.regions.push(region);
      this.add('RegisterRegion', 'regions', stream, `${label}/register`, {
        regionId, slug: slugOf(row.name), name: row.name, province: row.province,
      }, BEHEERDER);
      this.counts.regions++;
      if (row.name2025 && row.name2025 !== row.name) {
        this.add('RenameRegion', 'regions', stream, `${label}/rename`, { regionId, name: row.name2025 }, BEHEERDER);
        this.counts.renamedRegions++;
      }
      for (const municipality of municipalities) {
        this.add('AddMunicipality', 'regions', stream, `${label}/municipality/${slugOf(municipality)}`, {
          regionId, municipality,
        }, BEHEERDER);
        this.counts.municipalities++;
      }
      const movedAway = MOVED_AWAY[regionId];
      if (movedAway) {
        this.add('RemoveMunicipality', 'regions', stream, `${label}/municipality/${slugOf(movedAway)}/remove`, {
          regionId, municipality: movedAway,
        }, BEHEERDER);
        this.counts.municipalitiesRemoved++;
      }
      const seed = SEED_CIRCLES.find((c) => c.regionId === regionId);
      const year = yearOf(this.today);
      const plans = [
        {
          title: `Transformatieplan jeugd ${region.name} ${year - 1}–${year + 2}`,
          themes: rng.sample(PLAN_THEMES, rng.int(2, 4)),
          period: { from: `${year - 1}-01-01`, to: `${year + 2}-12-31` },
        },
        ...(seed ? [{ title: seed.plan.title, themes: [...seed.plan.themes], period: { from: `${year - 1}-07-01`, to: `${year + 1}-12-31` } }] : []),
      ];
      plans.forEach((plan, index) => {
        const planLabel = `${label}/plan/${index + 1}`;
        const planId = demoId(planLabel);
        region.planIds.push(planId);
        this.add('AddTransformationPlan', 'regions', stream, planLabel, { regionId, planId, ...plan }, BEHEERDER);
        this.counts.transformationPlans++;
      });
      let period = 1;
      if (pilots.has(regionId)) {
        // A pilot period of the first OZJ year, ended before the regular three-year period.
        const startsOn = this.daysAgo(rng.int(740, 800));
        this.add('StartSupportPeriod', 'regions', stream, `${label}/support/${period}/start`, {
          regionId, periodId: demoId(`${label}/support/${period}`), startsOn,
        }, BEHEERDER);
        this.add('EndSupportPeriod', 'regions', stream, `${label}/support/${period}/end`, {
          regionId, endsOn: addDays(startsOn, rng.int(150, 200)),
        }, BEHEERDER);
        this.counts.supportPeriods++;
        this.counts.supportPeriodsEnded++;
        period++;
      }
      this.add('StartSupportPeriod', 'regions', stream, `${label}/support/${period}/start`, {
        regionId, periodId: demoId(`${label}/support/${period}`), startsOn: this.daysAgo(rng.int(480, 540)),
      }, BEHEERDER);
      this.counts.supportPeriods++;
    }
  }

  // ----------------------------------------------------------------------------------------- people

  private planPeople(): void {
    const rng = this.rng.fork('people');
    let personSerial = 0;
    for (let n = 1; n <= DEVELOPER_COUNT; n++) {
      const label = `developer/${n}`;
      this.developers.push({ developerId: demoId(label), label, regions: [] });
    }
    // Each region has one ontwikkelaar; a few share a second one (large regions, or a hand-over).
    this.regions.forEach((region, index) => {
      const first = this.developers[index % DEVELOPER_COUNT] as DeveloperPlan;
      first.regions.push(region.regionId);
      region.developers.push(first.developerId);
    });
    for (const region of rng.sample(this.regions, 6)) {
      const second = this.developers.find((d) => !d.regions.includes(region.regionId) && d.regions.length < 7) as DeveloperPlan;
      second.regions.push(region.regionId);
      region.developers.push(second.developerId);
    }
    const handedOver = rng.pick(this.regions.filter((r) => r.developers.length === 1));
    for (const developer of this.developers) {
      const stream = Developer.streamName(developer.developerId);
      this.add('AppointDeveloper', 'people', stream, `${developer.label}/appoint`, {
        developerId: developer.developerId, person: { name: staffName(personSerial++) },
        appointedOn: this.daysAgo(rng.int(540, 600)),
      }, BEHEERDER);
      this.counts.developers++;
      for (const regionId of developer.regions) {
        this.add('AssignDeveloperToRegion', 'people', stream, `${developer.label}/assign/${regionId}`, {
          developerId: developer.developerId, regionId,
        }, BEHEERDER);
        this.counts.developerAssignments++;
      }
    }
    // One ontwikkelaar helped out in a region for a while and handed it back.
    const helper = this.developers.find((d) => !d.regions.includes(handedOver.regionId)) as DeveloperPlan;
    const helperStream = Developer.streamName(helper.developerId);
    this.add('AssignDeveloperToRegion', 'people', helperStream, `${helper.label}/assign/${handedOver.regionId}`, {
      developerId: helper.developerId, regionId: handedOver.regionId,
    }, BEHEERDER);
    this.add('ReleaseDeveloperFromRegion', 'people', helperStream, `${helper.label}/release/${handedOver.regionId}`, {
      developerId: helper.developerId, regionId: handedOver.regionId,
    }, BEHEERDER);
    this.counts.developerAssignments++;
    this.counts.developerReleases++;

    const backgrounds = ['gemeente', 'jeugdhulp', 'client'] as const;
    for (let n = 1; n <= NATIONAL_AMBASSADOR_COUNT; n++) {
      const label = `ambassador/national/${n}`;
      const plan: AmbassadorPlan = {
        ambassadorId: demoId(label), label, regionId: '', hoursPerWeek: 16, appointedOn: this.daysAgo(rng.int(420, 460)),
      };
      this.nationals.push(plan);
      this.add('AppointAmbassador', 'people', Ambassador.streamName(plan.ambassadorId), `${label}/appoint`, {
        ambassadorId: plan.ambassadorId, person: { name: staffName(personSerial++) }, scope: 'national',
        background: (['gemeente', 'jeugdhulp', 'client', 'jeugdhulp'] as const)[n - 1] ?? 'jeugdhulp',
        hoursPerWeek: 16, appointedOn: plan.appointedOn,
      }, BEHEERDER);
      this.counts.nationalAmbassadors++;
    }

    const departing = rng.pick(this.regions.filter((r) => !SEED_CIRCLES.some((c) => c.regionId === r.regionId)));
    for (const region of this.regions) {
      const count = rng.chance(0.45) ? 2 : 1;
      const [firstBackground, secondBackground] = rng.shuffle(backgrounds);
      for (let n = 1; n <= count; n++) {
        // Most started before the year of logs; some joined during it (not the one who leaves).
        const early = rng.chance(0.8) || (region === departing && n === 1);
        const appointedOn = early ? this.daysAgo(rng.int(380, 440)) : this.daysAgo(rng.int(90, 250));
        this.appointRegional(region, n, n === 1 ? firstBackground! : secondBackground!, appointedOn, personSerial++, rng);
      }
      if (region === departing) {
        const leaving = region.ambassadors[0] as AmbassadorPlan;
        leaving.departedOn = this.daysAgo(rng.int(110, 150));
        const successorOn = addDays(leaving.departedOn, rng.int(14, 35));
        this.appointRegional(region, region.ambassadors.length + 1, rng.pick(backgrounds), successorOn, personSerial++, rng);
      }
    }
  }

  private appointRegional(
    region: RegionPlan, n: number, background: string, appointedOn: string, personSerial: number, rng: DemoRandom,
  ): void {
    const label = `ambassador/${region.regionId}/${n}`;
    const hoursPerWeek = rng.pick([8, 8, 8, 8, 8, 4, 12, 16]);
    const plan: AmbassadorPlan = { ambassadorId: demoId(label), label, regionId: region.regionId, hoursPerWeek, appointedOn };
    region.ambassadors.push(plan);
    this.add('AppointAmbassador', 'people', Ambassador.streamName(plan.ambassadorId), `${label}/appoint`, {
      ambassadorId: plan.ambassadorId, person: { name: staffName(personSerial) }, scope: 'regional',
      regionId: region.regionId, background,
      // One day a week is the programme's default: left out, the domain fills it in.
      ...(hoursPerWeek === 8 ? {} : { hoursPerWeek }),
      appointedOn,
    }, BEHEERDER);
    this.counts.regionalAmbassadors++;
  }

  private regionOf(regionId: string): RegionPlan {
    const region = this.regions.find((r) => r.regionId === regionId);
    if (!region) throw new Error(`region ${regionId} is not in the programme`);
    return region;
  }

  private developerPrincipal(developerId: string): Principal {
    const developer = this.developers.find((d) => d.developerId === developerId) as DeveloperPlan;
    return { actorId: developerId, role: 'ontwikkelaar', regionIds: developer.regions };
  }

  /** The regio-ambassadeur who acts for the region now (a successor after a departure). */
  private currentAmbassador(regionId: string): Principal {
    const active = this.regionOf(regionId).ambassadors.filter((a) => !a.departedOn);
    const ambassador = active[0] as AmbassadorPlan;
    return { actorId: ambassador.ambassadorId, role: 'regio-ambassadeur', regionIds: [regionId] };
  }

  // ---------------------------------------------------------------------------------------- circles

  private planCircles(): void {
    const rng = this.rng.fork('circles');
    const templateUses = new Map<string, number>();
    for (const region of this.regions) {
      const seed = SEED_CIRCLES.find((c) => c.regionId === region.regionId);
      const generic = seed ? rng.int(1, 2) : rng.int(2, 4);
      if (seed) this.planSeedCircle(region, seed, rng.fork(seed.key));
      const templates = rng.sample(CIRCLE_TEMPLATES.filter((t) => !seed || !sharesTheme(t.themes, seed.themes) || rng.chance(0.3)), generic);
      for (const template of templates) {
        const use = templateUses.get(template.key) ?? 0;
        templateUses.set(template.key, use + 1);
        // The first regions that start a template's circle capture its lessons; later ones adopt them.
        const learning = template.learnings[use];
        this.planGenericCircle(region, template, learning ? [learning] : [], rng.fork(`${region.regionId}/${template.key}`));
      }
    }
  }

  private planSeedCircle(region: RegionPlan, seed: SeedCircle, rng: DemoRandom): void {
    const startedOn = addDays(mondayOf(addWeeks(this.currentWeek, -seed.startedWeeksAgo)), 1);
    const scripted = seed.sessions.slice(0, this.scaled(seed.sessions.length, Math.min(3, seed.sessions.length)));
    const dates = spreadDates(startedOn, this.daysAgo(3), scripted.length, rng);
    const circle = this.startCircle(region, seed, startedOn, region.developers[0] as string, region.planIds[1], seed.learnings);
    const participants = this.addParticipants(circle, this.scaled(seed.participants, 6), seed.sectors, seed.municipalities, rng, 'start');
    const groups = new Map<string, string[]>();
    for (const group of seed.actionGroups) {
      const members = rng.sample(participants, Math.min(participants.length, rng.int(4, 8))).map((p) => p.participantId);
      groups.set(group.name, members);
      this.formActionGroup(circle, group, members);
    }
    scripted.forEach((session, index) => {
      this.recordSession(circle, session, dates[index] as string, participants, groups.get(session.actionGroup ?? ''), rng);
    });
  }

  private planGenericCircle(region: RegionPlan, template: CircleTemplate, learnings: LearningText[], rng: DemoRandom): void {
    const startedOn = this.daysAgo(rng.int(45, 340));
    const developerId = region.developers[region.circles.length % region.developers.length] as string;
    const planId = rng.chance(0.6) ? region.planIds[0] : undefined;
    const circle = this.startCircle(region, template, startedOn, developerId, planId, learnings);
    const sectors = ['jeugdhulp', 'gemeente', ...rng.sample(SECTORS.filter((s) => s !== 'jeugdhulp' && s !== 'gemeente'), rng.int(2, 5))] as Sector[];
    const size = this.scaled(rng.int(8, 16), 3);
    const initial = Math.max(3, Math.ceil(size * 0.7));
    const participants = this.addParticipants(circle, initial, sectors, region.municipalities, rng, 'start');
    const sessionCount = this.scaled(rng.int(3, 8), 2);
    const closes = daysBetween(startedOn, this.today) > 200 && rng.chance(0.25);
    const lastDay = closes ? this.daysAgo(rng.int(30, 90)) : this.daysAgo(2);
    const dates = spreadDates(startedOn, lastDay, sessionCount, rng);
    const topicOf = () => rng.pick(template.topics);
    let groupMembers: string[] | undefined;
    dates.forEach((date, index) => {
      if (index === 1) {
        const group = template.actionGroups[0];
        if (group) {
          groupMembers = rng.sample(participants, Math.min(participants.length, rng.int(3, 6))).map((p) => p.participantId);
          this.formActionGroup(circle, group, groupMembers);
        }
      }
      if (index > 0 && participants.length < size) {
        participants.push(...this.addParticipants(circle, rng.int(0, size - participants.length), sectors, region.municipalities, rng, `s${index}`));
      }
      // Some circles open with a Fasterclass, as Midden-Drenthe did; most with a plenary start.
      const format: SessionFormat = index === 0 ? (rng.chance(0.12) ? 'fasterclass' : 'plenair') : rng.pick(GENERIC_FORMATS);
      const summary = fill(index === 0 && format === 'plenair' ? OPENING_SUMMARY : rng.pick(SESSION_SUMMARIES[format]), { thema: topicOf() });
      this.recordSession(circle, { format, summary, ...(format === 'actiegroep' && groupMembers ? { actionGroup: 'group' } : {}) },
        date, participants, format === 'actiegroep' ? groupMembers : undefined, rng);
      if (index === Math.floor(dates.length / 2) && participants.length > 4 && rng.chance(0.12)) {
        const leaving = participants.splice(rng.int(0, participants.length - 1), 1)[0] as ParticipantPlan;
        if (groupMembers?.includes(leaving.participantId)) groupMembers = groupMembers.filter((id) => id !== leaving.participantId);
        this.add('RemoveParticipant', 'circles', Circle.streamName(circle.circleId), `${circle.label}/participant/${leaving.participantId}/remove`, {
          circleId: circle.circleId, participantId: leaving.participantId, reason: rng.pick(REMOVAL_REASONS),
        }, this.developerPrincipal(circle.developerId));
        this.counts.participantsRemoved++;
      }
    });
    if (closes) {
      const last = circle.sessions[circle.sessions.length - 1]?.date ?? startedOn;
      circle.closedOn = minDate(addDays(last, rng.int(7, 21)), this.daysAgo(1));
      this.add('CloseCircle', 'circles', Circle.streamName(circle.circleId), `${circle.label}/close`, {
        circleId: circle.circleId, closedOn: circle.closedOn, outcome: template.outcome,
      }, this.developerPrincipal(circle.developerId));
      this.counts.closedCircles++;
    }
  }

  private startCircle(
    region: RegionPlan, template: CircleTemplate, startedOn: string, developerId: string, planId: string | undefined,
    learnings: readonly LearningText[],
  ): CirclePlan {
    const label = `circle/${region.regionId}/${template.key}`;
    const circle: CirclePlan = {
      circleId: demoId(label), label, regionId: region.regionId, developerId, template, startedOn, sessions: [],
      learnings: [...learnings],
    };
    region.circles.push(circle);
    this.add('StartCircle', 'circles', Circle.streamName(circle.circleId), `${label}/start`, {
      circleId: circle.circleId, regionId: region.regionId, developerId, title: template.title,
      description: template.description, themes: [...template.themes],
      ...(planId ? { transformationPlanId: planId } : {}),
      startedOn,
    }, this.developerPrincipal(developerId));
    this.counts.circles++;
    return circle;
  }

  private addParticipants(
    circle: CirclePlan, count: number, sectors: readonly Sector[], municipalities: readonly string[], rng: DemoRandom, batch: string,
  ): ParticipantPlan[] {
    const region = this.regionOf(circle.regionId);
    const added: ParticipantPlan[] = [];
    const offset = rng.int(0, sectors.length - 1);
    for (let i = 0; i < count; i++) {
      const sector = sectors[(offset + i) % sectors.length] as Sector;
      const profile = sectorProfile(sector);
      const organisations = profile.organisations.filter((o) => municipalities.length > 0 || !o.includes('{gemeente}'));
      const organisation = fill(rng.pick(organisations), {
        regio: region.name, gemeente: municipalities.length > 0 ? rng.pick(municipalities) : '',
      });
      const serial = this.participantSerial++;
      const participantLabel = `${circle.label}/participant/${batch}-${i + 1}`;
      const participant: ParticipantPlan = { participantId: demoId(participantLabel), sector };
      this.add('AddParticipant', 'circles', Circle.streamName(circle.circleId), participantLabel, {
        circleId: circle.circleId, participantId: participant.participantId, person: { name: fictionalName(serial) },
        sector, organisation, role: rng.pick(profile.roles),
      }, this.developerPrincipal(circle.developerId));
      this.counts.participants++;
      added.push(participant);
    }
    return added;
  }

  private formActionGroup(circle: CirclePlan, group: { readonly name: string; readonly theme: Theme }, memberIds: string[]): void {
    const label = `${circle.label}/action-group/${slugOf(group.name)}`;
    this.add('FormActionGroup', 'circles', Circle.streamName(circle.circleId), label, {
      circleId: circle.circleId, actionGroupId: demoId(label), name: group.name, theme: group.theme, memberIds,
    }, this.developerPrincipal(circle.developerId));
    this.counts.actionGroups++;
  }

  private recordSession(
    circle: CirclePlan, session: ScriptedSession, date: string, participants: readonly ParticipantPlan[],
    groupMembers: readonly string[] | undefined, rng: DemoRandom,
  ): void {
    const present = groupMembers && session.actionGroup
      ? participants.filter((p) => groupMembers.includes(p.participantId))
      : rng.sample(participants, session.format === 'casusbespreking' || session.format === 'omdenksessie'
        ? Math.min(participants.length, rng.int(4, 10))
        : Math.max(1, Math.round(participants.length * (0.6 + rng.next() * 0.3))));
    const attendeeIds = participants.filter((p) => present.includes(p)).map((p) => p.participantId);
    const attendeeCount = Math.max(attendeeIds.length, session.attendees ?? attendeeIds.length + rng.int(0, 4));
    const sectorsPresent = SECTORS.filter((s) => present.some((p) => p.sector === s));
    const n = circle.sessions.length + 1;
    this.add('RecordSession', 'circles', Circle.streamName(circle.circleId), `${circle.label}/session/${n}`, {
      circleId: circle.circleId, sessionId: demoId(`${circle.label}/session/${n}`), date, format: session.format,
      attendeeCount, attendeeIds, sectorsPresent, summary: session.summary,
    }, this.developerPrincipal(circle.developerId));
    circle.sessions.push({ date, format: session.format });
    this.counts.sessions++;
    this.counts.sessionsByFormat[session.format]++;
  }

  // -------------------------------------------------------------------------------------- learnings

  private planLearnings(): void {
    const rng = this.rng.fork('learnings');
    const circles = this.regions.flatMap((r) => r.circles);
    for (const circle of circles) {
      circle.learnings.forEach((text, index) => {
        const learnedAt = circle.sessions[Math.min(circle.sessions.length - 1, 1 + index)] ?? circle.sessions[0];
        this.learnings.push({
          text, learningId: demoId(`learning/${text.key}`), circle,
          learnedOn: learnedAt?.date ?? circle.startedOn, adoptedBy: [], retracted: false,
        });
      });
    }
    const retracted = this.learnings.find((l) => l.text.reach === 'local' && l.text.evidenceLevel === 'niet-beoordeeld'
      && !SEED_CIRCLES.some((s) => s.key === l.circle.template.key));
    if (retracted) retracted.retracted = true;

    for (const learning of this.learnings) this.planDiffusion(learning, rng.fork(learning.text.key));

    // The lessons adopted most widely are lifted for the whole country by the landelijk ambassadeurs.
    const promoted = [...this.learnings]
      .filter((l) => !l.retracted)
      .sort((a, b) => b.adoptedBy.length - a.adoptedBy.length || a.text.key.localeCompare(b.text.key))
      .slice(0, 6);
    promoted.forEach((learning, index) => {
      const promoter = this.nationals[index % this.nationals.length] as AmbassadorPlan;
      this.add('PromoteLearning', 'work-and-learnings', Learning.streamName(learning.learningId), `learning/${learning.text.key}/promote`, {
        learningId: learning.learningId, promoterId: promoter.ambassadorId, reason: PROMOTION_REASONS[index % PROMOTION_REASONS.length] as string,
      }, { actorId: promoter.ambassadorId, role: 'landelijk-ambassadeur' });
      this.counts.promotions++;
    });
    if (retracted) {
      this.add('RetractLearning', 'work-and-learnings', Learning.streamName(retracted.learningId), `learning/${retracted.text.key}/retract`, {
        learningId: retracted.learningId, reason: RETRACTION_REASON,
      }, this.currentAmbassador(retracted.circle.regionId));
      this.counts.retractions++;
    }
  }

  private planDiffusion(learning: LearningPlan, rng: DemoRandom): void {
    const { text, circle, learningId } = learning;
    const stream = Learning.streamName(learningId);
    const label = `learning/${text.key}`;
    const own = circle.regionId;
    // Alternately captured by the region's ambassador and by the circle's ontwikkelaar.
    const byDeveloper = rng.chance(0.4);
    this.add('CaptureLearning', 'work-and-learnings', stream, `${label}/capture`, {
      learningId, circleId: circle.circleId, title: text.title, insight: text.insight, themes: [...text.themes],
      successFactors: [...text.successFactors], evidenceLevel: text.evidenceLevel, knowledgeSources: [...text.knowledgeSources],
      origin: text.origin, ...(byDeveloper ? { byRegionId: own } : {}),
    }, byDeveloper ? this.developerPrincipal(circle.developerId) : this.currentAmbassador(own));
    this.counts.learnings++;
    if (text.revisedEvidence) {
      this.add('ReviseLearning', 'work-and-learnings', stream, `${label}/revise`, {
        learningId, evidenceLevel: text.revisedEvidence,
        knowledgeSources: text.knowledgeSources.includes('wetenschap') ? [...text.knowledgeSources] : [...text.knowledgeSources, 'wetenschap'],
      }, this.currentAmbassador(own));
      this.counts.revisions++;
    }
    const others = this.regions.filter((r) => r.regionId !== own);
    // Regions working on the same themes are likelier to take the lesson over.
    const weighted = others.flatMap((r) => (r.circles.some((c) => sharesTheme(c.template.themes, text.themes)) ? [r, r, r] : [r]));
    const wanted = learning.retracted ? 0 : {
      wide: this.scaled(rng.int(8, 22), 3), some: this.scaled(rng.int(1, 5), 0), local: this.scaled(rng.int(0, 1), 0),
    }[text.reach];
    const adopters: RegionPlan[] = [];
    for (const region of rng.shuffle(weighted)) {
      if (adopters.length >= wanted) break;
      if (!adopters.includes(region)) adopters.push(region);
    }
    const extraEndorsers = rng.sample(others.filter((r) => !adopters.includes(r)), {
      wide: this.scaled(rng.int(2, 6), 1), some: this.scaled(rng.int(0, 3), 0), local: this.scaled(rng.int(0, 2), 0),
    }[text.reach]);
    const from = addDays(learning.learnedOn, 7);
    const until = this.daysAgo(1);
    const steps = [
      ...adopters.map((region) => ({ region, adopt: true, endorse: rng.chance(0.6) })),
      ...extraEndorsers.map((region) => ({ region, adopt: false, endorse: true })),
    ].map((step) => ({ ...step, on: from >= until ? until : addDays(from, rng.int(0, daysBetween(from, until))) }))
      .sort((a, b) => a.on.localeCompare(b.on) || a.region.regionId.localeCompare(b.region.regionId));
    for (const step of steps) {
      const regionId = step.region.regionId;
      const viaDeveloper = rng.chance(0.2);
      const principal = viaDeveloper ? this.developerPrincipal(step.region.developers[0] as string) : this.currentAmbassador(regionId);
      const acting = viaDeveloper ? { byRegionId: regionId } : {};
      if (step.endorse) {
        this.add('EndorseLearning', 'work-and-learnings', stream, `${label}/endorse/${regionId}`, {
          learningId, ...acting, ...(rng.chance(0.5) ? { comment: rng.pick(ENDORSEMENT_COMMENTS) } : {}),
        }, principal);
        this.counts.endorsements++;
      }
      if (step.adopt) {
        this.add('AdoptLearning', 'work-and-learnings', stream, `${label}/adopt/${regionId}`, {
          learningId, ...acting, adaptation: fill(rng.pick(ADAPTATIONS), { regio: step.region.name }), adoptedOn: step.on,
        }, principal);
        learning.adoptedBy.push(regionId);
        this.counts.adoptions++;
      }
    }
  }

  // ------------------------------------------------------------------------------------ weekly work

  private planWeeklyWork(): void {
    const rng = this.rng.fork('weekly-work');
    const lastWeek = addWeeks(this.currentWeek, -1);
    const firstWeek = addWeeks(this.currentWeek, -this.scaled(52, 4));
    // VNG closes a quarter a couple of weeks after its last counting day.
    const closedQuarters = new Set<string>();
    for (let week = firstWeek; compareWeeks(week, lastWeek) <= 0; week = addWeeks(week, 1)) {
      const quarter = ReportingPeriod.quarterOfWeek(week);
      if (addDays(ReportingPeriod.lastCountingDayOfQuarter(quarter), 14) < this.today) closedQuarters.add(quarter);
    }
    const lateCandidates: { ambassador: AmbassadorPlan; week: string; work: WeeklyWorkContent }[] = [];
    const longLeave = rng.pick(this.regions.flatMap((r) => r.ambassadors));
    for (const region of this.regions) {
      for (const ambassador of region.ambassadors) {
        const logged = this.planLogs(region, ambassador, firstWeek, lastWeek, ambassador === longLeave, rng.fork(ambassador.label));
        for (const [week, work] of logged) {
          // A departed ambassador corrects nothing any more.
          if (!ambassador.departedOn && closedQuarters.has(ReportingPeriod.quarterOfWeek(week))) lateCandidates.push({ ambassador, week, work });
        }
      }
    }
    for (const quarter of [...closedQuarters].sort()) {
      this.add('CloseReportingPeriod', 'reporting-periods', ReportingPeriod.streamName(quarter), `reporting-period/${quarter}/close`, {
        reportingPeriodId: quarter,
      }, VNG);
      this.counts.closedPeriods++;
    }
    // A couple of ambassadors correct a week after VNG closed its quarter: flagged late.
    const late = rng.sample(lateCandidates, closedQuarters.size > 0 ? this.scaled(3, 1) : 0);
    for (const { ambassador, week, work } of late) {
      const corrected = this.corrected(work, ambassador.regionId, week, rng);
      this.add('CorrectWeeklyWork', 'late-corrections', Ambassador.streamName(ambassador.ambassadorId), `${ambassador.label}/week/${week}/late-correction`, {
        ...corrected, ambassadorId: ambassador.ambassadorId, week,
      }, { actorId: ambassador.ambassadorId, role: 'regio-ambassadeur', regionIds: [ambassador.regionId] });
      this.counts.lateCorrections++;
    }
  }

  /** The weeks one ambassador logs, with realistic gaps; returns the content logged per week. */
  private planLogs(
    region: RegionPlan, ambassador: AmbassadorPlan, firstWeek: string, lastWeek: string, longLeave: boolean, rng: DemoRandom,
  ): Map<string, WeeklyWorkContent> {
    const stream = Ambassador.streamName(ambassador.ambassadorId);
    const principal: Principal = { actorId: ambassador.ambassadorId, role: 'regio-ambassadeur', regionIds: [region.regionId] };
    const appointedWeek = isoWeekOfDate(ambassador.appointedOn);
    const departedWeek = ambassador.departedOn ? isoWeekOfDate(ambassador.departedOn) : undefined;
    const from = compareWeeks(appointedWeek, firstWeek) > 0 ? appointedWeek : firstWeek;
    const until = departedWeek && compareWeeks(departedWeek, lastWeek) < 0 ? departedWeek : lastWeek;
    const summerStart = rng.int(28, 31);
    const sick = rng.chance(0.3) ? { at: rng.int(0, 50), length: rng.int(1, 3) } : undefined;
    const leave = longLeave ? { at: rng.int(10, 35), length: 6 } : undefined;
    const logged = new Map<string, WeeklyWorkContent>();
    let index = 0;
    for (let week = from; compareWeeks(week, until) <= 0; week = addWeeks(week, 1), index++) {
      const number = Number(week.slice(6));
      const holiday = (number >= summerStart && number < summerStart + 3) || number >= 52 || (number === 1 && rng.chance(0.7));
      const off = (sick && index >= sick.at && index < sick.at + sick.length) || (leave && index >= leave.at && index < leave.at + leave.length);
      if (holiday || off || rng.chance(0.04)) continue;
      const work = this.weekOfWork(region, ambassador, week, rng);
      logged.set(week, work);
      this.add('LogWeeklyWork', 'work-and-learnings', stream, `${ambassador.label}/week/${week}`, {
        ambassadorId: ambassador.ambassadorId, week, ...work,
      }, principal);
      this.counts.weeklyLogs++;
      // Now and then an ambassador corrects a week soon after logging it.
      if (rng.chance(0.012)) {
        const corrected = this.corrected(work, region.regionId, week, rng);
        this.add('CorrectWeeklyWork', 'work-and-learnings', stream, `${ambassador.label}/week/${week}/correction`, {
          ...corrected, ambassadorId: ambassador.ambassadorId, week,
        }, principal);
        logged.set(week, corrected);
        this.counts.corrections++;
      }
    }
    if (ambassador.departedOn) {
      this.add('DepartAmbassador', 'work-and-learnings', stream, `${ambassador.label}/depart`, {
        ambassadorId: ambassador.ambassadorId, departedOn: ambassador.departedOn,
      }, BEHEERDER);
      this.counts.departures++;
    }
    return logged;
  }

  private circlesRunningIn(region: RegionPlan, week: string): CirclePlan[] {
    return region.circles.filter((c) => c.startedOn <= sundayOf(week) && (!c.closedOn || c.closedOn >= mondayOf(week)));
  }

  private weekOfWork(region: RegionPlan, ambassador: AmbassadorPlan, week: string, rng: DemoRandom): WeeklyWorkContent {
    const running = this.circlesRunningIn(region, week);
    const circles = rng.chance(0.8) ? rng.sample(running, rng.int(1, 2)) : [];
    const base = ambassador.hoursPerWeek;
    const hours = Math.max(0.5, base + rng.pick([-2, -1, -0.5, 0, 0, 0, 0.25, 0.5, 1, 2]));
    const themeOf = (circle: CirclePlan | undefined) => THEME_LABELS[(circle?.template.themes[0] ?? 'betere-toegang')].toLocaleLowerCase('nl');
    const activities = rng.sample(ACTIVITIES.filter((a) => circles.length > 0 || !a.text.includes('{cirkel}')), rng.int(1, 4))
      .map((activity) => {
        const circle = circles.length > 0 ? rng.pick(circles) : undefined;
        return { kind: activity.kind, text: fill(activity.text, { cirkel: circle?.template.title ?? '', thema: themeOf(circle ?? rng.pick(region.circles)) }) };
      });
    return {
      hours,
      circleIds: circles.map((c) => c.circleId),
      activities,
      partnersReached: rng.int(1, 14),
      sectorsReached: SECTORS.filter((s) => rng.chance(s === 'gemeente' || s === 'jeugdhulp' ? 0.8 : 0.2)),
      reflection: rng.chance(0.25) ? rng.pick(REFLECTIONS) : '',
    };
  }

  /** A correction that certainly changes the week, with what changed. */
  private corrected(work: WeeklyWorkContent, regionId: string, week: string, rng: DemoRandom): WeeklyWorkContent & { whatChanged: string } {
    const missingCircle = this.circlesRunningIn(this.regionOf(regionId), week).find((c) => !work.circleIds.includes(c.circleId));
    const choice = rng.int(0, 3);
    if (choice === 1 && missingCircle) {
      return { ...work, circleIds: [...work.circleIds, missingCircle.circleId], whatChanged: WHAT_CHANGED[1] as string };
    }
    if (choice === 2) return { ...work, partnersReached: work.partnersReached + 2, whatChanged: WHAT_CHANGED[2] as string };
    if (choice === 3 && !work.sectorsReached.includes('onderwijs')) {
      return {
        ...work, sectorsReached: SECTORS.filter((s) => work.sectorsReached.includes(s) || s === 'onderwijs' || s === 'welzijn'),
        whatChanged: WHAT_CHANGED[3] as string,
      };
    }
    return { ...work, hours: work.hours + 1.5, whatChanged: WHAT_CHANGED[0] as string };
  }
}

type WeeklyWorkContent = Omit<Ambassador.LogWeeklyWork['data'], 'ambassadorId' | 'week'> & {
  sectorsReached: Sector[];
  circleIds: string[];
  partnersReached: number;
  hours: number;
};

const PLAN_THEMES: readonly Theme[] = [
  'betere-toegang', 'zo-thuis-mogelijk-opgroeien', 'kansen-om-te-ontwikkelen', 'kwetsbare-jongeren-zelfstandigheid',
  'jeugdigen-beter-beschermen', 'investeren-in-vakmanschap', 'wachttijden', '24-uurszorg', 'toegang-en-lokale-teams',
];

const GENERIC_FORMATS: readonly SessionFormat[] = [
  'actiegroep', 'actiegroep', 'casusbespreking', 'casusbespreking', 'plenair', 'omdenksessie',
];

const sharesTheme = (a: readonly Theme[], b: readonly Theme[]): boolean => a.some((theme) => b.includes(theme));

/** `count` dates from `from` to `until`, in order, roughly evenly spaced. */
function spreadDates(from: string, until: string, count: number, rng: DemoRandom): string[] {
  const span = Math.max(0, daysBetween(from, until));
  const step = span / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => {
    const jitter = rng.int(0, Math.max(0, Math.floor(step * 0.6)));
    return minDate(maxDate(addDays(from, Math.floor(i * step) + jitter), from), until);
  }).sort();
}

/** `friesland-fryslan` for `Friesland (Fryslân)`: the domain's slug pattern. */
export function slugOf(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
