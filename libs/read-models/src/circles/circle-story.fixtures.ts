import { ontwikkelaar, uuid, type DomainStory } from '../shared/domain-story.fixtures';

/** Circles as the seeds describe them (Walcheren, West-Brabant-West), via the Circle decider. */

export const developerId = uuid(0x2001);
export const walcheren = uuid(0x4001);
export const wachttijden = uuid(0x4002);
export const zeelandPlan = uuid(0x3002);
export const anna = uuid(0x4101);
export const bram = uuid(0x4102);
export const carla = uuid(0x4103);
export const plenary = uuid(0x4201);
export const caseSession = uuid(0x4202);
export const actionGroup = uuid(0x4301);
export const participantNames = ['Anna de Vries', 'Bram Jansen', 'Carla Smit'];

const by = ontwikkelaar(developerId);
const facts = { regionExists: true, developerAssignedToRegion: true, planBelongsToRegion: true };

export function startCircles(story: DomainStory): DomainStory {
  return story
    .circle({
      type: 'StartCircle',
      data: {
        circleId: walcheren, regionId: 'JZ38', developerId, title: 'Werkgemeenschap Walcheren',
        description: 'Professionals uit alle sectoren leren samen over 24-uurszorg', themes: ['24-uurszorg', 'gezinshuizen'],
        transformationPlanId: zeelandPlan, startedOn: '2024-03-01',
      },
      facts,
    }, by)
    .circle({
      type: 'StartCircle',
      data: { circleId: wachttijden, regionId: 'JZ36', developerId, title: 'Wachttijden omlaag', themes: ['wachttijden'], startedOn: '2024-02-01' },
      facts,
    }, by);
}

export function addParticipants(story: DomainStory, circleId = walcheren): DomainStory {
  return story
    .circle({
      type: 'AddParticipant',
      data: {
        circleId, participantId: anna, person: { name: 'Anna de Vries', email: 'anna@example.nl' }, sector: 'jeugdhulp',
        organisation: 'Emergis', role: 'gedragswetenschapper',
      },
    }, by)
    .circle({
      type: 'AddParticipant',
      data: {
        circleId, participantId: bram, person: { name: 'Bram Jansen' }, sector: 'onderwijs',
        organisation: 'Scholengroep Walcheren', role: 'intern begeleider',
      },
    }, by)
    .circle({
      type: 'AddParticipant',
      data: { circleId, participantId: carla, person: { name: 'Carla Smit' }, sector: 'gemeente', organisation: 'Gemeente Vlissingen', role: 'beleidsmedewerker' },
    }, by);
}

export function recordSessions(story: DomainStory, circleId = walcheren): DomainStory {
  // Recorded out of date order: the case discussion of May before the plenary of April.
  return story
    .circle({
      type: 'RecordSession',
      data: {
        circleId, sessionId: caseSession, date: '2024-05-14', format: 'casusbespreking', attendeeCount: 6,
        attendeeIds: [anna, bram], sectorsPresent: ['jeugdhulp', 'onderwijs'], summary: 'Casus uitstroom besproken',
      },
    }, by)
    .circle({
      type: 'RecordSession',
      data: {
        circleId, sessionId: plenary, date: '2024-04-02', format: 'plenair', attendeeCount: 64,
        sectorsPresent: ['jeugdhulp', 'onderwijs', 'gemeente', 'ggz'], summary: 'Aftrap werkgemeenschap',
      },
    }, by);
}

export function formActionGroup(story: DomainStory, circleId = walcheren): DomainStory {
  return story.circle({
    type: 'FormActionGroup',
    data: { circleId, actionGroupId: actionGroup, name: 'Gezinshuizen Walcheren', theme: 'gezinshuizen', memberIds: [anna, carla] },
  }, by);
}

export function removeParticipant(story: DomainStory, participantId: string, circleId = walcheren): DomainStory {
  return story.circle({ type: 'RemoveParticipant', data: { circleId, participantId, reason: 'Andere baan' } }, by);
}

export function closeCircle(story: DomainStory, circleId = walcheren): DomainStory {
  return story.circle({
    type: 'CloseCircle', data: { circleId, closedOn: '2024-06-01', outcome: 'Plan van aanpak vastgesteld' },
  }, by);
}

/** `count` circles over two regions, five per start date (ties on the sort key), some closed. */
export function manyCircles(story: DomainStory, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const circleId = uuid(0x50000 + ((i * 7919) % 0x10000)); // id order unrelated to start order
    ids.push(circleId);
    const day = String(1 + Math.floor(i / 5)).padStart(2, '0');
    story.circle({
      type: 'StartCircle',
      data: {
        circleId, regionId: i % 3 === 0 ? 'JZ36' : 'JZ38', developerId, title: `Cirkel ${i} ${i % 4 === 0 ? 'wachttijden' : 'toegang'}`,
        themes: i % 4 === 0 ? ['wachttijden'] : ['toegang-en-lokale-teams'], startedOn: `2024-01-${day}`,
      },
      facts,
    }, by);
    if (i % 5 === 1) closeCircle(story, circleId);
  }
  return ids;
}
