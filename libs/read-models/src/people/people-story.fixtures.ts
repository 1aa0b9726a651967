import { uuid, type DomainStory, type StoryEvent } from '../shared/domain-story.fixtures';

/** Developers and ambassadors in Zeeland (JZ38) and West-Brabant-West (JZ36), via their deciders. */

export const kees = uuid(0x2001);
export const fatima = uuid(0x2002);
export const anouk = uuid(0x2101);
export const sanne = uuid(0x2102);
export const joost = uuid(0x2103);

export const names = ['Kees de Boer', 'Fatima El Amrani', 'Anouk Jansen', 'Sanne Visser', 'Joost Bakker'];

export function appointDevelopers(story: DomainStory): DomainStory {
  return story
    .developer({
      type: 'AppointDeveloper',
      data: { developerId: kees, person: { name: 'Kees de Boer', email: 'kees@ozj.example' }, appointedOn: '2019-01-07' },
    })
    .developer({ type: 'AppointDeveloper', data: { developerId: fatima, person: { name: 'Fatima El Amrani' }, appointedOn: '2019-02-01' } })
    .developer({ type: 'AssignDeveloperToRegion', data: { developerId: kees, regionId: 'JZ38' }, facts: { regionExists: true } })
    .developer({ type: 'AssignDeveloperToRegion', data: { developerId: kees, regionId: 'JZ36' }, facts: { regionExists: true } })
    .developer({ type: 'AssignDeveloperToRegion', data: { developerId: fatima, regionId: 'JZ36' }, facts: { regionExists: true } });
}

export function appointAmbassadors(story: DomainStory): DomainStory {
  return story
    .ambassador({
      type: 'AppointAmbassador',
      data: {
        ambassadorId: anouk, person: { name: 'Anouk Jansen', email: 'a.jansen@example.nl' }, scope: 'regional',
        regionId: 'JZ36', background: 'gemeente', appointedOn: '2019-01-10',
      },
      facts: { regionExists: true },
    })
    .ambassador({
      type: 'AppointAmbassador',
      data: {
        ambassadorId: sanne, person: { name: 'Sanne Visser' }, scope: 'regional', regionId: 'JZ38',
        background: 'client', hoursPerWeek: 12.5, appointedOn: '2019-03-01',
      },
      facts: { regionExists: true },
    })
    .ambassador({
      type: 'AppointAmbassador',
      data: {
        ambassadorId: joost, person: { name: 'Joost Bakker' }, scope: 'national', background: 'jeugdhulp',
        hoursPerWeek: 16, appointedOn: '2019-01-02',
      },
      facts: { regionExists: false },
    });
}

/** An appointment as stored before `hoursPerWeek` existed (schema version 1). */
export function appointedInVersion1(ambassadorId: string): StoryEvent {
  return {
    id: uuid(0x2f00),
    streamName: `ambassador-${ambassadorId}`,
    type: 'AmbassadorAppointed',
    data: {
      ambassadorId, person: { name: 'Wim de Wit' }, scope: 'regional', regionId: 'JZ38', background: 'jeugdhulp',
      appointedOn: '2019-01-15',
    },
    metadata: { actorId: 'beheerder-1', actorRole: 'beheerder', schemaVersion: 1 },
  };
}

/** `forgetPerson` as stored (its own stream, no personal data); the store reads the person as `verwijderd` from then on. */
export function personForgotten(personId: string): StoryEvent {
  return {
    id: uuid(0x9000 + Number.parseInt(personId.slice(-4), 16)),
    streamName: `person-${personId}`,
    type: 'PersonForgotten',
    data: { personId, forgottenOn: '2024-07-01' },
    metadata: { actorId: 'beheerder-1', actorRole: 'beheerder', schemaVersion: 1 },
  };
}
