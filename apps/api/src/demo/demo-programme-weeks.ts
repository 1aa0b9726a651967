import {
  Ambassador, ReportingPeriod, SECTORS, THEME_LABELS, addWeeks, compareWeeks, isoWeekOfDate, mondayOf, sundayOf, type Sector,
} from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';
import { addDays } from './demo-dates';
import { BEHEERDER, VNG, type AmbassadorPlan, type CirclePlan, type ProgrammeContext, type RegionPlan } from './demo-programme-context';
import type { DemoRandom } from './demo-random';
import { ACTIVITIES, REFLECTIONS, WHAT_CHANGED, fill } from './demo-texts';

/** The demo programme's weekly work: the ambassadors' weekly logs and corrections, and the quarters VNG closes. */

export function planWeeklyWork(ctx: ProgrammeContext): void {
  const rng = ctx.rng.fork('weekly-work');
  const lastWeek = addWeeks(ctx.currentWeek, -1);
  const firstWeek = addWeeks(ctx.currentWeek, -ctx.scaled(52, 4));
  // VNG closes a quarter a couple of weeks after its last counting day.
  const closedQuarters = new Set<string>();
  for (let week = firstWeek; compareWeeks(week, lastWeek) <= 0; week = addWeeks(week, 1)) {
    const quarter = ReportingPeriod.quarterOfWeek(week);
    if (addDays(ReportingPeriod.lastCountingDayOfQuarter(quarter), 14) < ctx.today) closedQuarters.add(quarter);
  }
  const lateCandidates: { ambassador: AmbassadorPlan; week: string; work: WeeklyWorkContent }[] = [];
  const longLeave = rng.pick(ctx.regions.flatMap((r) => r.ambassadors));
  for (const region of ctx.regions) {
    for (const ambassador of region.ambassadors) {
      const logged = planLogs(ctx, region, ambassador, firstWeek, lastWeek, ambassador === longLeave, rng.fork(ambassador.label));
      for (const [week, work] of logged) {
        // A departed ambassador corrects nothing any more.
        if (!ambassador.departedOn && closedQuarters.has(ReportingPeriod.quarterOfWeek(week))) lateCandidates.push({ ambassador, week, work });
      }
    }
  }
  for (const quarter of [...closedQuarters].sort()) {
    ctx.add('CloseReportingPeriod', 'reporting-periods', ReportingPeriod.streamName(quarter), `reporting-period/${quarter}/close`, {
      reportingPeriodId: quarter,
    }, VNG);
    ctx.counts.closedPeriods++;
  }
  // A couple of ambassadors correct a week after VNG closed its quarter: flagged late.
  const late = rng.sample(lateCandidates, closedQuarters.size > 0 ? ctx.scaled(3, 1) : 0);
  for (const { ambassador, week, work } of late) {
    const corrected = correctedWeek(ctx, work, ambassador.regionId, week, rng);
    ctx.add('CorrectWeeklyWork', 'late-corrections', Ambassador.streamName(ambassador.ambassadorId), `${ambassador.label}/week/${week}/late-correction`, {
      ...corrected, ambassadorId: ambassador.ambassadorId, week,
    }, { actorId: ambassador.ambassadorId, role: 'regio-ambassadeur', regionIds: [ambassador.regionId] });
    ctx.counts.lateCorrections++;
  }
}

/** The weeks one ambassador logs, with realistic gaps; returns the content logged per week. */
function planLogs(
  ctx: ProgrammeContext, region: RegionPlan, ambassador: AmbassadorPlan, firstWeek: string, lastWeek: string, longLeave: boolean,
  rng: DemoRandom,
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
    const work = weekOfWork(ctx, region, ambassador, week, rng);
    logged.set(week, work);
    ctx.add('LogWeeklyWork', 'work-and-learnings', stream, `${ambassador.label}/week/${week}`, {
      ambassadorId: ambassador.ambassadorId, week, ...work,
    }, principal);
    ctx.counts.weeklyLogs++;
    // Now and then an ambassador corrects a week soon after logging it.
    if (rng.chance(0.012)) {
      const corrected = correctedWeek(ctx, work, region.regionId, week, rng);
      ctx.add('CorrectWeeklyWork', 'work-and-learnings', stream, `${ambassador.label}/week/${week}/correction`, {
        ...corrected, ambassadorId: ambassador.ambassadorId, week,
      }, principal);
      logged.set(week, corrected);
      ctx.counts.corrections++;
    }
  }
  if (ambassador.departedOn) {
    ctx.add('DepartAmbassador', 'work-and-learnings', stream, `${ambassador.label}/depart`, {
      ambassadorId: ambassador.ambassadorId, departedOn: ambassador.departedOn,
    }, BEHEERDER);
    ctx.counts.departures++;
  }
  return logged;
}

function circlesRunningIn(region: RegionPlan, week: string): CirclePlan[] {
  return region.circles.filter((c) => c.startedOn <= sundayOf(week) && (!c.closedOn || c.closedOn >= mondayOf(week)));
}

function weekOfWork(
  ctx: ProgrammeContext, region: RegionPlan, ambassador: AmbassadorPlan, week: string, rng: DemoRandom,
): WeeklyWorkContent {
  const running = circlesRunningIn(region, week);
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
function correctedWeek(
  ctx: ProgrammeContext, work: WeeklyWorkContent, regionId: string, week: string, rng: DemoRandom,
): WeeklyWorkContent & { whatChanged: string } {
  const missingCircle = circlesRunningIn(ctx.regionOf(regionId), week).find((c) => !work.circleIds.includes(c.circleId));
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

type WeeklyWorkContent = Omit<Ambassador.LogWeeklyWork['data'], 'ambassadorId' | 'week'> & {
  sectorsReached: Sector[];
  circleIds: string[];
  partnersReached: number;
  hours: number;
};
