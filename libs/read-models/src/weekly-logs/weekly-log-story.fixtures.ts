import type { Ambassador } from '@leerkring/domain';
import { DomainStory, regioAmbassadeur, landelijkAmbassadeur, uuid, vng } from '../shared/domain-story.fixtures';

/**
 * Ambassadors logging their weeks through the Ambassador decider: Anouk in West-Brabant-West,
 * Bram in Flevoland, Kees nationally. Q1 2024 is closed before Anouk corrects week 13.
 */

export const anouk = uuid(0x5001);
export const bram = uuid(0x5002);
export const kees = uuid(0x5003);
export const circleWbw = uuid(0x5101);
export const westBrabantWest = 'JZ36';
export const flevoland = 'JZ08';

const actorOf = (ambassadorId: string) =>
  ambassadorId === kees ? landelijkAmbassadeur(ambassadorId) : regioAmbassadeur(ambassadorId);

export function appoint(
  story: DomainStory, ambassadorId: string, regionId: string | null, appointedOn: string, hoursPerWeek = 8,
): DomainStory {
  return story.ambassador({
    type: 'AppointAmbassador',
    data: {
      ambassadorId, person: { name: `Ambassadeur ${ambassadorId.slice(-4)}` }, scope: regionId === null ? 'national' : 'regional',
      regionId, background: 'gemeente', hoursPerWeek, appointedOn,
    },
    facts: { regionExists: true },
  });
}

type Work = Partial<Omit<Ambassador.WeeklyWorkInput, 'ambassadorId' | 'week' | 'hours'>>;

const input = (ambassadorId: string, week: string, hours: number, work: Work) => ({
  ambassadorId, week, hours, circleIds: [], partnersReached: 2, sectorsReached: ['jeugdhulp'],
  activities: [{ kind: 'gesprek', text: 'Gesprek met aanbieders over wachttijden' }], reflection: '', ...work,
});

const facts = (closed: boolean) => ({ circleRegions: { [circleWbw]: westBrabantWest }, weekInClosedPeriod: closed });

export const log = (story: DomainStory, ambassadorId: string, week: string, hours: number, work: Work = {}) =>
  story.ambassador({ type: 'LogWeeklyWork', data: input(ambassadorId, week, hours, work), facts: facts(false) }, actorOf(ambassadorId));

export const correct = (
  story: DomainStory, ambassadorId: string, week: string, hours: number, whatChanged: string,
  options: { closed?: boolean; work?: Work } = {},
) => story.ambassador({
  type: 'CorrectWeeklyWork',
  data: { ...input(ambassadorId, week, hours, options.work ?? {}), whatChanged },
  facts: facts(options.closed ?? false),
}, actorOf(ambassadorId));

export const closePeriod = (story: DomainStory, reportingPeriodId: string) =>
  story.reportingPeriod({ type: 'CloseReportingPeriod', data: { reportingPeriodId } }, vng);

/** Weeks 13-15 of 2024; week 13 counts in Q1, which VNG closes before Anouk corrects it. */
export function weeklyLogStory(): DomainStory {
  const story = new DomainStory(new Date('2024-04-12T10:00:00Z'));
  appoint(story, anouk, westBrabantWest, '2024-01-10');
  appoint(story, bram, flevoland, '2024-04-01');
  appoint(story, kees, null, '2024-01-10', 16);
  log(story, anouk, '2024-W13', 7.75, { circleIds: [circleWbw], partnersReached: 5, sectorsReached: ['jeugdhulp', 'gemeente'] });
  log(story, anouk, '2024-W14', 8);
  log(story, bram, '2024-W14', 4);
  log(story, kees, '2024-W14', 16, { reflection: 'Lessen uit Flevoland gedeeld.' });
  closePeriod(story, '2024-Q1');
  correct(story, anouk, '2024-W13', 8.5, 'Vergeten: voorbereiding werkgemeenschap', { closed: true, work: { circleIds: [circleWbw] } });
  log(story, anouk, '2024-W15', 6);
  correct(story, anouk, '2024-W14', 9, 'Uren aangevuld');
  correct(story, anouk, '2024-W14', 9.5, 'Nog een kwartier of twee');
  return story;
}
