import type { Sector } from '@leerkring/domain';
import type { EventStore } from '@leerkring/event-store';
import { DomainStory, ontwikkelaar, uuid, type StoryEvent } from '../../../read-models/src/shared/domain-story.fixtures';
import { adopt, capture, promote, retract } from '../../../read-models/src/learnings/learning-story.fixtures';
import { appoint, closePeriod, correct, log } from '../../../read-models/src/weekly-logs/weekly-log-story.fixtures';

/**
 * A small programme, hand-counted for the second quarter of 2024 (1 April - 30 June, ISO weeks
 * 14-26). The expected figures in the specs are counted from this text, not computed:
 *
 * Regions: Flevoland (JZ08), West-Brabant West (JZ36, renamed in July), Zeeland (JZ38).
 * Circles: Omdenkers (JZ08, from 15 Jan; jeugdhulp, client, and a gemeente participant removed);
 * Systeemaanpak (JZ36, 1 Feb - closed 15 Apr; two gemeente); Werkgemeenschap (JZ38, Oct 2023 -
 * closed 20 Mar: not active in Q2; onderwijs); Gezinshuizen (JZ38, from 30 Jun: active; ggz,
 * onderwijs); Actiegroep (JZ38, from 1 Jul: not active in Q2; welzijn).
 * Sessions in Q2: Omdenkers 2 Apr casusbespreking, 14 May and 30 Jun omdenksessie; Systeemaanpak
 * 10 Apr plenair and 15 Apr actiegroep. Outside: 1 Mar, 28 Mar and 2 Jul.
 * Learnings: Uitstroom (JZ08, 20 Feb; adopted by JZ38 25 Mar and by JZ36 20 Apr; promoted 6 May);
 * Wachtlijst (JZ36, 11 Apr; adopted by JZ08 12 Jun); Werkgemeenschap (JZ38, 22 May; retracted
 * 1 Jun); Gezinshuisouders (JZ38, 20 Jun; promoted 3 Jul); Zomerles (JZ08, 5 Jul).
 * Ambassadors: Anouk (JZ36, 8 h, from 8 Jan) logs W13 7, W14 8, W15 6 (corrected to 7), W16 8;
 * Bram (JZ08, 8 h, from 1 May) W18 4, W19 4; Sanne (JZ38, 4 h, 8 Jan - left 15 May) W14 4, W20 2;
 * Kees (national, 16 h) W14 16, W15 12. VNG closes Q1 on 12 Apr and Q2 on 3 Jul; Anouk then
 * corrects W13 to 8,5 and W16 to 9,5: both late.
 */

export const FLEVOLAND = 'JZ08';
export const WEST_BRABANT_WEST = 'JZ36';
export const ZEELAND = 'JZ38';

export const anouk = uuid(0x7001);
export const bram = uuid(0x7002);
export const sanne = uuid(0x7003);
export const kees = uuid(0x7004);
export const omdenkers = uuid(0x7101);
export const systeemaanpak = uuid(0x7102);
export const werkgemeenschapCircle = uuid(0x7103);
export const gezinshuizen = uuid(0x7104);
export const actiegroep = uuid(0x7105);
export const uitstroom = uuid(0x7201);
export const wachtlijst = uuid(0x7202);
export const werkgemeenschap = uuid(0x7203);
export const gezinshuisouders = uuid(0x7204);
export const zomerles = uuid(0x7205);

const developer = ontwikkelaar(uuid(0x7301));
const day = (date: string, time = '10:00') => new Date(`${date}T${time}:00Z`);
let ids = 0x7400;

function startCircle(story: DomainStory, circleId: string, regionId: string, title: string, startedOn: string) {
  story.at(day(startedOn)).circle({
    type: 'StartCircle', data: { circleId, regionId, developerId: developer.actorId, title, themes: ['wachttijden'], startedOn },
    facts: { regionExists: true, developerAssignedToRegion: true },
  }, developer);
}

function addParticipant(story: DomainStory, circleId: string, sector: Sector): string {
  const participantId = uuid(++ids);
  story.circle({
    type: 'AddParticipant',
    data: { circleId, participantId, person: { name: `Deelnemer ${ids}` }, sector, organisation: 'Organisatie', role: 'lid' },
  }, developer);
  return participantId;
}

function session(story: DomainStory, circleId: string, date: string, format: string) {
  story.at(day(date, '15:00')).circle({
    type: 'RecordSession',
    data: { circleId, sessionId: uuid(++ids), date, format, attendeeCount: 10, sectorsPresent: ['jeugdhulp'], summary: 'Bijeenkomst' },
  }, developer);
}

function close(story: DomainStory, circleId: string, closedOn: string) {
  story.at(day(closedOn, '16:00')).circle({ type: 'CloseCircle', data: { circleId, closedOn, outcome: 'Afgerond' } }, developer);
}

/**
 * The programme up to the report's position, in the order it happened, and `later()`: what
 * arrives after that position (a late-recorded Q2 session and adoption, and a rename).
 */
export function reportStory(): { events: StoryEvent[]; later: () => StoryEvent[] } {
  ids = 0x7400;
  const story = new DomainStory(day('2023-10-01', '09:00'));
  for (const [regionId, name] of [[FLEVOLAND, 'Flevoland'], [WEST_BRABANT_WEST, 'West-Brabant West'], [ZEELAND, 'Zeeland']] as const) {
    story.region({ type: 'RegisterRegion', data: { regionId, slug: name.toLowerCase().replace(/ /g, '-'), name, province: 'NL' } });
  }
  startCircle(story, werkgemeenschapCircle, ZEELAND, 'Werkgemeenschap Walcheren', '2023-10-01');
  addParticipant(story, werkgemeenschapCircle, 'onderwijs');

  story.at(day('2024-01-08', '09:00'));
  appoint(story, anouk, WEST_BRABANT_WEST, '2024-01-08');
  appoint(story, sanne, ZEELAND, '2024-01-08', 4);
  appoint(story, kees, null, '2024-01-08', 16);
  startCircle(story, omdenkers, FLEVOLAND, 'Omdenkers', '2024-01-15');
  addParticipant(story, omdenkers, 'jeugdhulp');
  addParticipant(story, omdenkers, 'client');
  const leaving = addParticipant(story, omdenkers, 'gemeente');
  startCircle(story, systeemaanpak, WEST_BRABANT_WEST, 'Systeemaanpak wachttijden', '2024-02-01');
  addParticipant(story, systeemaanpak, 'gemeente');
  addParticipant(story, systeemaanpak, 'gemeente');
  capture(story.at(day('2024-02-20')), uitstroom, FLEVOLAND, { title: 'Uitstroom uit 24-uurszorg' });
  session(story, werkgemeenschapCircle, '2024-03-01', 'plenair');
  close(story, werkgemeenschapCircle, '2024-03-20');
  adopt(story.at(day('2024-03-25')), uitstroom, ZEELAND, '2024-03-25');
  session(story, omdenkers, '2024-03-28', 'plenair');
  story.at(day('2024-04-01', '08:00')).circle({ type: 'RemoveParticipant', data: { circleId: omdenkers, participantId: leaving } }, developer);

  session(story, omdenkers, '2024-04-02', 'casusbespreking');
  story.at(day('2024-04-05', '16:00'));
  log(story, anouk, '2024-W13', 7);
  log(story, anouk, '2024-W14', 8);
  log(story, sanne, '2024-W14', 4);
  log(story, kees, '2024-W14', 16);
  session(story, systeemaanpak, '2024-04-10', 'plenair');
  capture(story.at(day('2024-04-11')), wachtlijst, WEST_BRABANT_WEST, { title: 'Wachtlijst samen beheren' });
  story.at(day('2024-04-12', '16:00'));
  log(story, anouk, '2024-W15', 6);
  log(story, kees, '2024-W15', 12);
  closePeriod(story, '2024-Q1');
  correct(story, anouk, '2024-W13', 8.5, 'Voorbereiding werkgemeenschap vergeten', { closed: true });
  correct(story, anouk, '2024-W15', 7, 'Een uur vergeten');
  session(story, systeemaanpak, '2024-04-15', 'actiegroep');
  close(story, systeemaanpak, '2024-04-15');
  story.at(day('2024-04-19', '16:00'));
  log(story, anouk, '2024-W16', 8);
  adopt(story.at(day('2024-04-20')), uitstroom, WEST_BRABANT_WEST, '2024-04-20');

  story.at(day('2024-05-01', '09:00'));
  appoint(story, bram, FLEVOLAND, '2024-05-01');
  story.at(day('2024-05-03', '16:00'));
  log(story, bram, '2024-W18', 4);
  promote(story.at(day('2024-05-06')), uitstroom);
  story.at(day('2024-05-10', '16:00'));
  log(story, bram, '2024-W19', 4);
  session(story, omdenkers, '2024-05-14', 'omdenksessie');
  story.at(day('2024-05-15', '12:00'));
  log(story, sanne, '2024-W20', 2);
  story.ambassador({ type: 'DepartAmbassador', data: { ambassadorId: sanne, departedOn: '2024-05-15' } });
  capture(story.at(day('2024-05-22')), werkgemeenschap, ZEELAND, { title: 'Een werkgemeenschap van alle sectoren' });
  retract(story.at(day('2024-06-01')), werkgemeenschap);
  adopt(story.at(day('2024-06-12')), wachtlijst, FLEVOLAND, '2024-06-12');
  capture(story.at(day('2024-06-20')), gezinshuisouders, ZEELAND, { title: 'Gezinshuisouders als collega\'s' });
  startCircle(story, gezinshuizen, ZEELAND, 'Gezinshuizen Zeeland', '2024-06-30');
  addParticipant(story, gezinshuizen, 'ggz');
  addParticipant(story, gezinshuizen, 'onderwijs');
  session(story, omdenkers, '2024-06-30', 'omdenksessie');

  startCircle(story, actiegroep, ZEELAND, 'Actiegroep onderwijs', '2024-07-01');
  addParticipant(story, actiegroep, 'welzijn');
  session(story, gezinshuizen, '2024-07-02', 'fasterclass');
  story.at(day('2024-07-03', '09:00'));
  closePeriod(story, '2024-Q2');
  correct(story, anouk, '2024-W16', 9.5, 'Uren van de regiotafel aangevuld', { closed: true });
  promote(story.at(day('2024-07-03', '11:00')), gezinshuisouders);
  story.at(day('2024-07-04')).region({ type: 'RenameRegion', data: { regionId: WEST_BRABANT_WEST, name: 'Regio West-Brabant West' } });
  capture(story.at(day('2024-07-05')), zomerles, FLEVOLAND, { title: 'Zomerles' });
  return { events: story.take(), later: () => later(story) };
}

function later(story: DomainStory): StoryEvent[] {
  story.at(day('2024-07-10')).circle({
    type: 'RecordSession',
    data: {
      circleId: omdenkers, sessionId: uuid(0x7901), date: '2024-06-15', format: 'fasterclass', attendeeCount: 30,
      sectorsPresent: ['jeugdhulp'], summary: 'Alsnog vastgelegd',
    },
  }, developer);
  adopt(story, gezinshuisouders, FLEVOLAND, '2024-06-25');
  story.region({ type: 'RenameRegion', data: { regionId: ZEELAND, name: 'Zeeland (Walcheren)' } });
  return story.take();
}

/** Appends the events to a real store one by one, in order; answers the position of the last. */
export async function appendStory(store: EventStore, events: readonly StoryEvent[]): Promise<string> {
  let position = '';
  for (const event of events) {
    ({ position } = await store.append(event.streamName, [{ id: event.id, type: event.type, data: event.data, metadata: event.metadata }]));
  }
  return position;
}
