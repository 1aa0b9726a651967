/**
 * A programme of any size for benchmarks: every event comes out of the domain's own deciders
 * (so it is valid and shaped exactly as in production), generated in memory and appended in
 * batches. Deterministic for a given scale: the same scale gives the same events.
 */
import { createHash } from 'node:crypto';
import {
  Ambassador, Circle, Developer, Learning, Region, SECTORS, SESSION_FORMATS, THEMES, EVIDENCE_LEVELS,
  addWeeks, isoWeekOfDate, currentVersion,
  type Decider, type Message,
} from '@leerkring/domain';
import type { EventStore, EventToAppend } from '@leerkring/event-store';

export interface StreamBatch {
  readonly streamName: string;
  readonly events: EventToAppend[];
}

const REFERENCE = new Date('2026-06-30T10:00:00Z');

/** Deterministic UUID-shaped ids from a label. */
const uuid = (label: string): string => {
  const h = createHash('sha1').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const daysBefore = (days: number) => isoDate(new Date(REFERENCE.getTime() - days * 86_400_000));
const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;

/** Runs commands through a decider, folding as it goes, and answers the events with metadata. */
function run<S, C extends Message, E extends Message>(
  decider: Decider<S, C, E>, schema: { versions: Readonly<Record<string, number>> }, commands: readonly C[], actor: string,
): EventToAppend[] {
  let state = decider.initialState();
  const out: EventToAppend[] = [];
  for (const command of commands) {
    const events = decider.decide(state, command, { now: REFERENCE });
    for (const event of events) {
      state = decider.evolve(state, event);
      out.push({
        id: uuid(`${actor}|${out.length}|${JSON.stringify(event.data).length}|${event.type}|${JSON.stringify(command.data).slice(0, 60)}`),
        type: event.type,
        data: event.data,
        metadata: { actorId: actor, actorRole: 'beheerder', commandType: command.type, schemaVersion: currentVersion(schema as never, event.type) },
      });
    }
  }
  return out;
}

export function syntheticProgramme(scale: number): StreamBatch[] {
  const batches: StreamBatch[] = [];
  const circlesPerRegion = Math.max(1, Math.round(3 * scale));
  const regionIds = Array.from({ length: 42 }, (_, i) => `JZ${String(i + 1 + (i >= 39 ? 1 : 0)).padStart(2, '0')}`);
  const developers = Array.from({ length: 8 }, (_, i) => uuid(`developer-${i}`));

  for (const [r, regionId] of regionIds.entries()) {
    const planId = uuid(`plan-${regionId}`);
    batches.push({ streamName: Region.streamName(regionId), events: run(Region.decider as never, Region.eventSchema, [
      { type: 'RegisterRegion', data: { regionId, slug: `regio-${r + 1}`, name: `Jeugdregio ${r + 1}`, province: 'Nederland' } },
      ...Array.from({ length: 6 }, (_, m) => ({ type: 'AddMunicipality', data: { regionId, municipality: `Gemeente ${r + 1}-${m + 1}` } })),
      { type: 'AddTransformationPlan', data: { regionId, planId, title: `Transformatieplan regio ${r + 1}`, themes: [pick(THEMES, r)], period: { from: '2024-01-01', to: '2027-12-31' } } },
      { type: 'StartSupportPeriod', data: { regionId, periodId: uuid(`support-${regionId}`), startsOn: '2024-01-01' } },
    ] as never, 'bench-beheerder') });
  }

  for (const [d, developerId] of developers.entries()) {
    batches.push({ streamName: Developer.streamName(developerId), events: run(Developer.decider as never, Developer.eventSchema, [
      { type: 'AppointDeveloper', data: { developerId, person: { name: `Ontwikkelaar ${d + 1}` }, appointedOn: '2024-01-01' } },
      ...regionIds.filter((_, r) => r % 8 === d).map((regionId) => ({ type: 'AssignDeveloperToRegion', data: { developerId, regionId }, facts: { regionExists: true } })),
    ] as never, 'bench-beheerder') });
  }

  const learningsByRegion = new Map<string, string[]>();
  for (const [r, regionId] of regionIds.entries()) {
    const developerId = developers[r % 8]!;
    const circleIds: string[] = [];
    for (let c = 0; c < circlesPerRegion; c++) {
      const circleId = uuid(`circle-${regionId}-${c}`);
      circleIds.push(circleId);
      const participants = Array.from({ length: 12 }, (_, p) => uuid(`participant-${circleId}-${p}`));
      const commands: Message[] = [
        { type: 'StartCircle', data: { circleId, regionId, developerId, title: `Ontwikkelcirkel ${c + 1} over ${pick(THEMES, c + r)}`, themes: [pick(THEMES, c + r)], startedOn: daysBefore(360) }, facts: { regionExists: true, developerAssignedToRegion: true } } as Message,
        ...participants.map((participantId, p) => ({ type: 'AddParticipant', data: { circleId, participantId, person: { name: `Deelnemer ${p + 1}` }, sector: pick(SECTORS, p + c), organisation: `Organisatie ${p % 5}`, role: 'professional' } })),
        ...Array.from({ length: 10 }, (_, s) => ({ type: 'RecordSession', data: { circleId, sessionId: uuid(`session-${circleId}-${s}`), date: daysBefore(350 - s * 33), format: pick(SESSION_FORMATS, s + c), attendeeCount: 8 + (s % 5), sectorsPresent: [pick(SECTORS, s), pick(SECTORS, s + 3)], summary: 'Verslag van de bijeenkomst met afspraken over de volgende stap.' } })),
        { type: 'FormActionGroup', data: { circleId, actionGroupId: uuid(`group-${circleId}`), name: 'Actiegroep wachtlijst', theme: pick(THEMES, c), memberIds: participants.slice(0, 4) } },
      ];
      batches.push({ streamName: Circle.streamName(circleId), events: run(Circle.decider as never, Circle.eventSchema, commands as never, uuid(`developer-actor-${developerId}`)) });

      for (let l = 0; l < 2; l++) {
        const learningId = uuid(`learning-${circleId}-${l}`);
        learningsByRegion.set(regionId, [...(learningsByRegion.get(regionId) ?? []), learningId]);
        batches.push({ streamName: Learning.streamName(learningId), events: run(Learning.decider as never, Learning.eventSchema, [
          { type: 'CaptureLearning', data: { learningId, circleId, title: `Les ${l + 1} uit cirkel ${c + 1}: korter wachten door samen te plannen`, insight: 'Door wekelijks met alle aanbieders de wachtlijst door te nemen daalden de wachttijden merkbaar.', themes: [pick(THEMES, l + c)], successFactors: ['vaste overlegtafel', 'gedeelde data'], evidenceLevel: pick(EVIDENCE_LEVELS, l + c), knowledgeSources: ['praktijk'], origin: 'sessie' }, facts: { circleRegionId: regionId } },
          ...[1, 2, 3].map((k) => ({ type: 'AdoptLearning', data: { learningId, byRegionId: pick(regionIds, r + k * 5 + l), adaptation: 'Overgenomen met een kleinere overlegtafel per gemeente.', adoptedOn: daysBefore(30 * k) } })),
          { type: 'EndorseLearning', data: { learningId, byRegionId: pick(regionIds, r + 11), comment: 'Herkenbaar en bruikbaar.' } },
        ] as never, uuid(`actor-${regionId}`)) });
      }
    }

    const ambassadorId = uuid(`ambassador-${regionId}`);
    const circleRegions = Object.fromEntries(circleIds.map((id) => [id, regionId]));
    const lastWeek = isoWeekOfDate(isoDate(REFERENCE));
    const weeks = Array.from({ length: 52 }, (_, w) => addWeeks(lastWeek, -51 + w));
    batches.push({ streamName: Ambassador.streamName(ambassadorId), events: run(Ambassador.decider as never, Ambassador.eventSchema, [
      { type: 'AppointAmbassador', data: { ambassadorId, person: { name: `Ambassadeur ${r + 1}` }, scope: 'regional', regionId, background: 'gemeente', appointedOn: daysBefore(400) }, facts: { regionExists: true } },
      ...weeks.filter((_, w) => (w + r) % 9 !== 0).map((week, w) => ({ type: 'LogWeeklyWork', data: { ambassadorId, week, hours: 6 + (w % 4), circleIds: [pick(circleIds, w)], activities: [{ kind: 'bijeenkomst', text: 'Voorbereiding en deelname aan de cirkel.' }], partnersReached: 2 + (w % 3), sectorsReached: [pick(SECTORS, w)], reflection: 'Goede energie in de regio.' }, facts: { circleRegions, weekInClosedPeriod: false } })),
    ] as never, uuid(`ambassador-actor-${regionId}`)) });
  }
  return batches;
}

/** Appends a programme in batches of at most `perAppend` events, `writers` streams at a time. */
export async function appendProgramme(store: EventStore, batches: readonly StreamBatch[], writers = 8, perAppend = 200): Promise<number> {
  let next = 0;
  let count = 0;
  await Promise.all(Array.from({ length: writers }, async () => {
    while (next < batches.length) {
      const { streamName, events } = batches[next++]!;
      for (let i = 0; i < events.length; i += perAppend) {
        await store.append(streamName, events.slice(i, i + perAppend));
      }
      count += events.length;
    }
  }));
  return count;
}
