import type { AddParticipant, StartCircle } from './commands';
import type { CircleClosed, CircleStarted, ParticipantAdded } from './events';

/** Test builders: state in specs is built from these events, never set by hand. */

export const circleId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0001';
export const regionId = 'JZ38'; // Zeeland, where Walcheren's werkgemeenschap meets
export const developerId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0002';
export const planId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0003';
export const annaId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0011';
export const bramId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0012';
export const carlaId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0013';
export const sessionId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0021';
export const actionGroupId = '0b7e5a52-3c1f-4d7a-9a55-6c2d1e0f0031';

/** The specs' clock: 15 June 2024, noon in Amsterdam. */
export const now = new Date('2024-06-15T10:00:00Z');

export const startCircle = (
  data: Partial<StartCircle['data']> = {}, facts: Partial<StartCircle['facts']> = {},
): StartCircle => ({
  type: 'StartCircle',
  data: {
    circleId, regionId, developerId, title: 'Werkgemeenschap Walcheren', themes: ['24-uurszorg'],
    startedOn: '2024-03-01',
    ...data,
  },
  facts: { regionExists: true, developerAssignedToRegion: true, ...facts },
});

export const circleStarted = (data: Partial<CircleStarted['data']> = {}): CircleStarted => ({
  type: 'CircleStarted',
  data: {
    circleId, regionId, developerId, title: 'Werkgemeenschap Walcheren', themes: ['24-uurszorg'],
    startedOn: '2024-03-01',
    ...data,
  },
});

export const addParticipant = (data: Partial<AddParticipant['data']> = {}): AddParticipant => ({
  type: 'AddParticipant',
  data: {
    circleId, participantId: annaId, person: { name: 'Anna de Vries', email: 'anna@example.nl' }, sector: 'jeugdhulp',
    organisation: 'Emergis', role: 'gedragswetenschapper',
    ...data,
  },
});

export const participantAdded = (data: Partial<ParticipantAdded['data']> = {}): ParticipantAdded => ({
  type: 'ParticipantAdded',
  data: {
    circleId, regionId, participantId: annaId, person: { name: 'Anna de Vries', email: 'anna@example.nl' },
    sector: 'jeugdhulp', organisation: 'Emergis', role: 'gedragswetenschapper',
    ...data,
  },
});

export const bramAdded = participantAdded({
  participantId: bramId, person: { name: 'Bram Jansen' }, sector: 'onderwijs', organisation: 'Scholengroep Walcheren',
  role: 'intern begeleider',
});

export const circleClosed: CircleClosed = {
  type: 'CircleClosed',
  data: { circleId, regionId, closedOn: '2024-06-01', outcome: 'Plan van aanpak vastgesteld' },
};
