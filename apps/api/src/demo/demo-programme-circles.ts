import { Circle, SECTORS, addWeeks, mondayOf, type Sector, type SessionFormat, type Theme } from '@leerkring/domain';
import {
  CIRCLE_TEMPLATES, SEED_CIRCLES, type CircleTemplate, type LearningText, type ScriptedSession, type SeedCircle,
} from './demo-circles.content';
import { demoId } from './demo-command';
import { addDays, daysBetween, maxDate, minDate } from './demo-dates';
import { fictionalName, sectorProfile } from './demo-people';
import {
  sharesTheme, slugOf, type CirclePlan, type ParticipantPlan, type ProgrammeContext, type RegionPlan,
} from './demo-programme-context';
import type { DemoRandom } from './demo-random';
import { OPENING_SUMMARY, REMOVAL_REASONS, SESSION_SUMMARIES, fill } from './demo-texts';

/** The demo programme's circles: the four seed circles and the generic ones, with participants, groups and sessions. */

const GENERIC_FORMATS: readonly SessionFormat[] = [
  'actiegroep', 'actiegroep', 'casusbespreking', 'casusbespreking', 'plenair', 'omdenksessie',
];

export function planCircles(ctx: ProgrammeContext): void {
  const rng = ctx.rng.fork('circles');
  const templateUses = new Map<string, number>();
  for (const region of ctx.regions) {
    const seed = SEED_CIRCLES.find((c) => c.regionId === region.regionId);
    const generic = seed ? rng.int(1, 2) : rng.int(2, 4);
    if (seed) planSeedCircle(ctx, region, seed, rng.fork(seed.key));
    const templates = rng.sample(CIRCLE_TEMPLATES.filter((t) => !seed || !sharesTheme(t.themes, seed.themes) || rng.chance(0.3)), generic);
    for (const template of templates) {
      const use = templateUses.get(template.key) ?? 0;
      templateUses.set(template.key, use + 1);
      // The first regions that start a template's circle capture its lessons; later ones adopt them.
      const learning = template.learnings[use];
      planGenericCircle(ctx, region, template, learning ? [learning] : [], rng.fork(`${region.regionId}/${template.key}`));
    }
  }
}

function planSeedCircle(ctx: ProgrammeContext, region: RegionPlan, seed: SeedCircle, rng: DemoRandom): void {
  const startedOn = addDays(mondayOf(addWeeks(ctx.currentWeek, -seed.startedWeeksAgo)), 1);
  const scripted = seed.sessions.slice(0, ctx.scaled(seed.sessions.length, Math.min(3, seed.sessions.length)));
  const dates = spreadDates(startedOn, ctx.daysAgo(3), scripted.length, rng);
  const circle = startCircle(ctx, region, seed, startedOn, region.developers[0] as string, region.planIds[1], seed.learnings);
  const participants = addParticipants(ctx, circle, ctx.scaled(seed.participants, 6), seed.sectors, seed.municipalities, rng, 'start');
  const groups = new Map<string, string[]>();
  for (const group of seed.actionGroups) {
    const members = rng.sample(participants, Math.min(participants.length, rng.int(4, 8))).map((p) => p.participantId);
    groups.set(group.name, members);
    formActionGroup(ctx, circle, group, members);
  }
  scripted.forEach((session, index) => {
    recordSession(ctx, circle, session, dates[index] as string, participants, groups.get(session.actionGroup ?? ''), rng);
  });
}

function planGenericCircle(
  ctx: ProgrammeContext, region: RegionPlan, template: CircleTemplate, learnings: LearningText[], rng: DemoRandom,
): void {
  const startedOn = ctx.daysAgo(rng.int(45, 340));
  const developerId = region.developers[region.circles.length % region.developers.length] as string;
  const planId = rng.chance(0.6) ? region.planIds[0] : undefined;
  const circle = startCircle(ctx, region, template, startedOn, developerId, planId, learnings);
  const sectors = ['jeugdhulp', 'gemeente', ...rng.sample(SECTORS.filter((s) => s !== 'jeugdhulp' && s !== 'gemeente'), rng.int(2, 5))] as Sector[];
  const size = ctx.scaled(rng.int(8, 16), 3);
  const initial = Math.max(3, Math.ceil(size * 0.7));
  const participants = addParticipants(ctx, circle, initial, sectors, region.municipalities, rng, 'start');
  const sessionCount = ctx.scaled(rng.int(3, 8), 2);
  const closes = daysBetween(startedOn, ctx.today) > 200 && rng.chance(0.25);
  const lastDay = closes ? ctx.daysAgo(rng.int(30, 90)) : ctx.daysAgo(2);
  const dates = spreadDates(startedOn, lastDay, sessionCount, rng);
  const topicOf = () => rng.pick(template.topics);
  let groupMembers: string[] | undefined;
  dates.forEach((date, index) => {
    if (index === 1) {
      const group = template.actionGroups[0];
      if (group) {
        groupMembers = rng.sample(participants, Math.min(participants.length, rng.int(3, 6))).map((p) => p.participantId);
        formActionGroup(ctx, circle, group, groupMembers);
      }
    }
    if (index > 0 && participants.length < size) {
      participants.push(...addParticipants(ctx, circle, rng.int(0, size - participants.length), sectors, region.municipalities, rng, `s${index}`));
    }
    // Some circles open with a Fasterclass, as Midden-Drenthe did; most with a plenary start.
    const format: SessionFormat = index === 0 ? (rng.chance(0.12) ? 'fasterclass' : 'plenair') : rng.pick(GENERIC_FORMATS);
    const summary = fill(index === 0 && format === 'plenair' ? OPENING_SUMMARY : rng.pick(SESSION_SUMMARIES[format]), { thema: topicOf() });
    recordSession(ctx, circle, { format, summary, ...(format === 'actiegroep' && groupMembers ? { actionGroup: 'group' } : {}) },
      date, participants, format === 'actiegroep' ? groupMembers : undefined, rng);
    if (index === Math.floor(dates.length / 2) && participants.length > 4 && rng.chance(0.12)) {
      const leaving = participants.splice(rng.int(0, participants.length - 1), 1)[0] as ParticipantPlan;
      if (groupMembers?.includes(leaving.participantId)) groupMembers = groupMembers.filter((id) => id !== leaving.participantId);
      ctx.add('RemoveParticipant', 'circles', Circle.streamName(circle.circleId), `${circle.label}/participant/${leaving.participantId}/remove`, {
        circleId: circle.circleId, participantId: leaving.participantId, reason: rng.pick(REMOVAL_REASONS),
      }, ctx.developerPrincipal(circle.developerId));
      ctx.counts.participantsRemoved++;
    }
  });
  if (closes) {
    const last = circle.sessions[circle.sessions.length - 1]?.date ?? startedOn;
    circle.closedOn = minDate(addDays(last, rng.int(7, 21)), ctx.daysAgo(1));
    ctx.add('CloseCircle', 'circles', Circle.streamName(circle.circleId), `${circle.label}/close`, {
      circleId: circle.circleId, closedOn: circle.closedOn, outcome: template.outcome,
    }, ctx.developerPrincipal(circle.developerId));
    ctx.counts.closedCircles++;
  }
}

function startCircle(
  ctx: ProgrammeContext, region: RegionPlan, template: CircleTemplate, startedOn: string, developerId: string,
  planId: string | undefined, learnings: readonly LearningText[],
): CirclePlan {
  const label = `circle/${region.regionId}/${template.key}`;
  const circle: CirclePlan = {
    circleId: demoId(label), label, regionId: region.regionId, developerId, template, startedOn, sessions: [],
    learnings: [...learnings],
  };
  region.circles.push(circle);
  ctx.add('StartCircle', 'circles', Circle.streamName(circle.circleId), `${label}/start`, {
    circleId: circle.circleId, regionId: region.regionId, developerId, title: template.title,
    description: template.description, themes: [...template.themes],
    ...(planId ? { transformationPlanId: planId } : {}),
    startedOn,
  }, ctx.developerPrincipal(developerId));
  ctx.counts.circles++;
  return circle;
}

function addParticipants(
  ctx: ProgrammeContext, circle: CirclePlan, count: number, sectors: readonly Sector[], municipalities: readonly string[],
  rng: DemoRandom, batch: string,
): ParticipantPlan[] {
  const region = ctx.regionOf(circle.regionId);
  const added: ParticipantPlan[] = [];
  const offset = rng.int(0, sectors.length - 1);
  for (let i = 0; i < count; i++) {
    const sector = sectors[(offset + i) % sectors.length] as Sector;
    const profile = sectorProfile(sector);
    const organisations = profile.organisations.filter((o) => municipalities.length > 0 || !o.includes('{gemeente}'));
    const organisation = fill(rng.pick(organisations), {
      regio: region.name, gemeente: municipalities.length > 0 ? rng.pick(municipalities) : '',
    });
    const serial = ctx.participantSerial++;
    const participantLabel = `${circle.label}/participant/${batch}-${i + 1}`;
    const participant: ParticipantPlan = { participantId: demoId(participantLabel), sector };
    ctx.add('AddParticipant', 'circles', Circle.streamName(circle.circleId), participantLabel, {
      circleId: circle.circleId, participantId: participant.participantId, person: { name: fictionalName(serial) },
      sector, organisation, role: rng.pick(profile.roles),
    }, ctx.developerPrincipal(circle.developerId));
    ctx.counts.participants++;
    added.push(participant);
  }
  return added;
}

function formActionGroup(
  ctx: ProgrammeContext, circle: CirclePlan, group: { readonly name: string; readonly theme: Theme }, memberIds: string[],
): void {
  const label = `${circle.label}/action-group/${slugOf(group.name)}`;
  ctx.add('FormActionGroup', 'circles', Circle.streamName(circle.circleId), label, {
    circleId: circle.circleId, actionGroupId: demoId(label), name: group.name, theme: group.theme, memberIds,
  }, ctx.developerPrincipal(circle.developerId));
  ctx.counts.actionGroups++;
}

function recordSession(
  ctx: ProgrammeContext, circle: CirclePlan, session: ScriptedSession, date: string, participants: readonly ParticipantPlan[],
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
  ctx.add('RecordSession', 'circles', Circle.streamName(circle.circleId), `${circle.label}/session/${n}`, {
    circleId: circle.circleId, sessionId: demoId(`${circle.label}/session/${n}`), date, format: session.format,
    attendeeCount, attendeeIds, sectorsPresent, summary: session.summary,
  }, ctx.developerPrincipal(circle.developerId));
  circle.sessions.push({ date, format: session.format });
  ctx.counts.sessions++;
  ctx.counts.sessionsByFormat[session.format]++;
}

/** `count` dates from `from` to `until`, in order, roughly evenly spaced. */
function spreadDates(from: string, until: string, count: number, rng: DemoRandom): string[] {
  const span = Math.max(0, daysBetween(from, until));
  const step = span / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => {
    const jitter = rng.int(0, Math.max(0, Math.floor(step * 0.6)));
    return minDate(maxDate(addDays(from, Math.floor(i * step) + jitter), from), until);
  }).sort();
}
