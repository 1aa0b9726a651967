import type { Sector } from '@leerkring/domain';
import { DomainStory, ontwikkelaar, uuid, type StoryEvent } from '../shared/domain-story.fixtures';
import { adopt, capture, retract } from '../learnings/learning-story.fixtures';
import { appoint, correct, log } from '../weekly-logs/weekly-log-story.fixtures';

/**
 * A small, hand-counted half year of three regions: phase A is the first quarter of 2024, phase
 * B the second. The expected figures in `overview-state.int.spec.ts` are counted from this text.
 */

export const zeeland = 'JZ38';
export const flevoland = 'JZ08';
export const westBrabantWest = 'JZ36';

export const walcheren = uuid(0x6001);
export const omdenkers = uuid(0x6002);
export const systeemaanpak = uuid(0x6003);
export const anouk = uuid(0x6101);
export const bram = uuid(0x6102);
export const kees = uuid(0x6103);
export const sanne = uuid(0x6104);
export const uitstroom = uuid(0x6201);
export const wachtlijst = uuid(0x6202);
export const werkgemeenschap = uuid(0x6203);

const developer = ontwikkelaar(uuid(0x6301));
const at = (instant: string) => new Date(instant);

/** Events carry the time they were recorded: the decision time the story stamped in the metadata. */
export const stamped = (events: readonly StoryEvent[]) =>
  events.map((event) => ({ ...event, recordedAt: new Date(String(event.metadata['occurredAt'])) }));

function startCircle(story: DomainStory, circleId: string, regionId: string, title: string, themes: string[], startedOn: string) {
  story.circle({
    type: 'StartCircle', data: { circleId, regionId, developerId: developer.actorId, title, themes, startedOn },
    facts: { regionExists: true, developerAssignedToRegion: true },
  }, developer);
}

function addParticipant(story: DomainStory, circleId: string, participantId: string, sector: Sector) {
  story.circle({
    type: 'AddParticipant',
    data: { circleId, participantId, person: { name: `Deelnemer ${participantId.slice(-3)}` }, sector, organisation: 'Org', role: 'lid' },
  }, developer);
}

function recordSession(story: DomainStory, circleId: string, sessionId: string, date: string) {
  story.at(at(`${date}T15:00:00Z`)).circle({
    type: 'RecordSession',
    data: { circleId, sessionId, date, format: 'plenair', attendeeCount: 12, sectorsPresent: ['jeugdhulp'], summary: 'Bijeenkomst' },
  }, developer);
}

/** `AmbassadorAppointed` as written before it had `hoursPerWeek` (schema version 1). */
const sanneAppointedV1: StoryEvent = {
  id: uuid(0x6401), streamName: `ambassador-${sanne}`, type: 'AmbassadorAppointed',
  data: {
    ambassadorId: sanne, person: { name: 'Sanne de Boer' }, scope: 'regional', regionId: zeeland, background: 'client',
    appointedOn: '2024-02-05',
  },
  metadata: { schemaVersion: 1, occurredAt: '2024-02-05T09:00:00.000Z' },
};

/** Phase A: January to March 2024. */
export function firstQuarter(story: DomainStory): StoryEvent[] {
  story.at(at('2024-01-08T09:00:00Z'));
  for (const [regionId, name] of [[zeeland, 'Zeeland'], [flevoland, 'Flevoland'], [westBrabantWest, 'West-Brabant-West']] as const) {
    story.region({ type: 'RegisterRegion', data: { regionId, slug: name.toLowerCase(), name, province: 'NL' } });
  }
  appoint(story, anouk, westBrabantWest, '2024-01-08');
  appoint(story, bram, flevoland, '2024-01-08');
  appoint(story, kees, null, '2024-01-08', 16);
  const appointments = story.take();

  story.at(at('2024-01-15T09:00:00Z'));
  startCircle(story, walcheren, zeeland, 'Werkgemeenschap Walcheren', ['24-uurszorg', 'investeren-in-vakmanschap'], '2024-01-15');
  startCircle(story, omdenkers, flevoland, 'Omdenkers', ['24-uurszorg'], '2024-01-15');
  story.at(at('2024-01-20T09:00:00Z'));
  addParticipant(story, walcheren, uuid(0x6501), 'jeugdhulp');
  addParticipant(story, walcheren, uuid(0x6502), 'onderwijs');
  addParticipant(story, walcheren, uuid(0x6503), 'gemeente');
  addParticipant(story, omdenkers, uuid(0x6504), 'jeugdhulp');
  addParticipant(story, omdenkers, uuid(0x6505), 'client');
  recordSession(story, walcheren, uuid(0x6601), '2024-01-25');
  story.at(at('2024-02-01T09:00:00Z'));
  startCircle(story, systeemaanpak, westBrabantWest, 'Systeemaanpak wachttijden', ['wachttijden'], '2024-02-01');
  addParticipant(story, systeemaanpak, uuid(0x6506), 'gemeente');
  const circlesStarted = story.take();

  recordSession(story, omdenkers, uuid(0x6602), '2024-02-14');
  capture(story.at(at('2024-02-20T10:00:00Z')), uitstroom, flevoland, { title: 'Uitstroom uit 24-uurszorg', themes: ['24-uurszorg'] });
  recordSession(story, walcheren, uuid(0x6603), '2024-03-07');
  story.at(at('2024-03-15T16:00:00Z'));
  log(story, anouk, '2024-W10', 8);
  log(story, anouk, '2024-W11', 6);
  log(story, bram, '2024-W11', 4);
  log(story, kees, '2024-W11', 16);
  recordSession(story, systeemaanpak, uuid(0x6604), '2024-03-20');
  capture(story.at(at('2024-03-21T10:00:00Z')), wachtlijst, westBrabantWest, { title: 'Wachtlijst samen beheren', themes: ['wachttijden'] });
  adopt(story.at(at('2024-03-25T10:00:00Z')), uitstroom, zeeland, '2024-03-25');
  return [...appointments, ...circlesStarted, sanneAppointedV1, ...story.take()];
}

/** Phase B: April to June 2024. */
export function secondQuarter(story: DomainStory): StoryEvent[] {
  story.at(at('2024-04-03T09:00:00Z'))
    .region({ type: 'RenameRegion', data: { regionId: westBrabantWest, name: 'Jeugdregio West-Brabant-West' } });
  story.at(at('2024-04-10T16:00:00Z'));
  log(story, anouk, '2024-W14', 8);
  correct(story, anouk, '2024-W11', 7, 'Een uur vergeten');
  story.at(at('2024-04-15T16:00:00Z'))
    .circle({ type: 'CloseCircle', data: { circleId: walcheren, closedOn: '2024-04-15', outcome: 'Actiegroepen werken door' } }, developer);
  story.at(at('2024-05-02T09:00:00Z'))
    .circle({ type: 'RemoveParticipant', data: { circleId: systeemaanpak, participantId: uuid(0x6506) } }, developer);
  addParticipant(story, systeemaanpak, uuid(0x6507), 'jeugdbescherming');
  recordSession(story, systeemaanpak, uuid(0x6605), '2024-05-10');
  adopt(story.at(at('2024-05-20T10:00:00Z')), uitstroom, westBrabantWest, '2024-05-20');
  retract(story.at(at('2024-05-21T10:00:00Z')), wachtlijst);
  story.at(at('2024-06-03T10:00:00Z')).ambassador({ type: 'DepartAmbassador', data: { ambassadorId: bram, departedOn: '2024-06-03' } });
  capture(story.at(at('2024-06-10T10:00:00Z')), werkgemeenschap, zeeland, {
    title: 'Een werkgemeenschap van alle sectoren', themes: ['investeren-in-vakmanschap'],
  });
  return story.take();
}

/** Both phases, each event stamped with its recording time. */
export function halfYear() {
  const story = new DomainStory();
  return stamped([...firstQuarter(story), ...secondQuarter(story)]);
}
