import type { LogWeeklyWork, WeeklyWorkFacts } from './commands';
import type { AmbassadorAppointed, AmbassadorDeparted, WeeklyWorkLogged } from './events';

/** Test data for the ambassador specs (no jest here, so it type-checks with the library). */
export const ambassadorId = '3d6f0a2b-8c1e-4f7a-9b2d-5e4c3a1f0b9e';
export const nationalId = '7a9b1c3d-5e7f-4a1b-8c2d-9e0f1a2b3c4d';
export const circleA = 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b';
export const circleB = 'c2b3c4d5-e6f7-4a81-9b0c-1d2e3f4a5b6c';
export const circleElsewhere = 'c3c4d5e6-f7a8-4b92-8c1d-2e3f4a5b6c7d';

export const appointed: AmbassadorAppointed = {
  type: 'AmbassadorAppointed',
  data: {
    ambassadorId, person: { name: 'Anouk Jansen', email: 'a.jansen@example.nl' }, scope: 'regional', regionId: 'JZ36',
    background: 'gemeente', hoursPerWeek: 8, appointedOn: '2024-01-10',
  },
};

export const nationalAppointed: AmbassadorAppointed = {
  type: 'AmbassadorAppointed',
  data: {
    ambassadorId: nationalId, person: { name: 'Kees Bakker' }, scope: 'national', regionId: null,
    background: 'jeugdhulp', hoursPerWeek: 16, appointedOn: '2024-01-10',
  },
};

export const facts: WeeklyWorkFacts = {
  circleRegions: { [circleA]: 'JZ36', [circleB]: 'JZ36', [circleElsewhere]: 'JZ08' },
  weekInClosedPeriod: false,
};
export const closedFacts: WeeklyWorkFacts = { ...facts, weekInClosedPeriod: true };

export const work = {
  hours: 7.75,
  circleIds: [circleA],
  activities: [
    { kind: 'bijeenkomst', text: 'Werkgemeenschap voorbereid met de initiatiefgroep' },
    { kind: 'gesprek', text: 'Verdiepend gesprek met twee aanbieders over wachttijden' },
  ],
  partnersReached: 5,
  sectorsReached: ['jeugdhulp', 'gemeente'],
  reflection: 'De aanbieders willen samen een plan van aanpak schrijven.',
};

export const logW14: LogWeeklyWork = {
  type: 'LogWeeklyWork',
  data: { ambassadorId, week: '2024-W14', ...work },
  facts,
};

export const loggedW14: WeeklyWorkLogged = {
  type: 'WeeklyWorkLogged',
  data: {
    ambassadorId, regionId: 'JZ36', week: '2024-W14', reportingPeriodId: '2024-Q2',
    hours: 7.75,
    circleIds: [circleA],
    activities: [
      { kind: 'bijeenkomst', text: 'Werkgemeenschap voorbereid met de initiatiefgroep' },
      { kind: 'gesprek', text: 'Verdiepend gesprek met twee aanbieders over wachttijden' },
    ],
    partnersReached: 5,
    sectorsReached: ['jeugdhulp', 'gemeente'],
    reflection: 'De aanbieders willen samen een plan van aanpak schrijven.',
  },
};

export const departed: AmbassadorDeparted = {
  type: 'AmbassadorDeparted', data: { ambassadorId, regionId: 'JZ36', departedOn: '2024-06-01' },
};
