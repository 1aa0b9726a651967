import { randomUUID } from 'node:crypto';
import type { Ambassador, Circle, Developer, Learning, Region } from '@leerkring/domain';

/** Command data from the programme's own story (DESIGN.md section 1, seeds/). */

/** A Wednesday in 2024-W27 (third quarter): Q1 and Q2 have ended, so they can be closed. */
export const SUMMER_2024 = new Date('2024-07-03T10:00:00Z');

export const WEST_BRABANT_WEST: Region.RegisterRegion['data'] = {
  regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
};

export const WEST_BRABANT_WEST_MUNICIPALITIES = [
  'Bergen op Zoom', 'Etten-Leur', 'Halderberge', 'Moerdijk', 'Roosendaal', 'Rucphen', 'Steenbergen',
  'Woensdrecht', 'Zundert',
] as const;

export const FLEVOLAND: Region.RegisterRegion['data'] = {
  regionId: 'JZ08', slug: 'flevoland', name: 'Flevoland', province: 'Flevoland',
};

export const regionalAmbassador = (
  regionId: string, ambassadorId = randomUUID(),
): Ambassador.AppointAmbassador['data'] => ({
  ambassadorId, person: { name: 'Anouk de Vries' }, scope: 'regional', regionId, background: 'gemeente',
  appointedOn: '2024-01-08',
});

export const nationalAmbassador = (ambassadorId = randomUUID()): Ambassador.AppointAmbassador['data'] => ({
  ambassadorId, person: { name: 'Karin Smit' }, scope: 'national', background: 'jeugdhulp', appointedOn: '2024-01-08',
});

export const developer = (developerId = randomUUID()): Developer.AppointDeveloper['data'] => ({
  developerId, person: { name: 'Sem Bakker' }, appointedOn: '2024-01-08',
});

export const circleOnWachttijden = (
  regionId: string, developerId: string, extra: Partial<Circle.StartCircle['data']> = {},
): Circle.StartCircle['data'] => ({
  circleId: randomUUID(), regionId, developerId, title: 'Systeemaanpak wachttijden', themes: ['wachttijden'],
  startedOn: '2024-03-01', ...extra,
});

export const participant = (circleId: string, n: number): Circle.AddParticipant['data'] => ({
  circleId, participantId: randomUUID(), person: { name: `Deelnemer ${n}` }, sector: 'jeugdhulp',
  organisation: `Zorgaanbieder ${n}`, role: 'gedragswetenschapper',
});

export const weeklyWork = (
  ambassadorId: string, week: string, circleIds: string[] = [],
): Ambassador.LogWeeklyWork['data'] => ({
  ambassadorId, week, hours: 8, circleIds,
  activities: [{ kind: 'bijeenkomst', text: 'Initiatiefgroep wachttijden voorbereid' }],
  partnersReached: 6, sectorsReached: ['jeugdhulp', 'gemeente'], reflection: '',
});

export const learningOf = (circleId: string, learningId = randomUUID()): Learning.CaptureLearning['data'] => ({
  learningId, circleId, title: 'Eén gedeeld beeld van de wachtlijst',
  insight: 'Pas toen aanbieders en gemeenten één wachtlijst deelden, werd zichtbaar welke kinderen te lang wachtten.',
  themes: ['wachttijden'], successFactors: ['een initiatiefgroep met alle sectoren'], evidenceLevel: 'goed-beschreven',
  knowledgeSources: ['praktijk'], origin: 'sessie',
});
