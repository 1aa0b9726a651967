import { Person } from '@leerkring/domain';
import type { RecordedEvent } from '@leerkring/event-store';
import { projectorTestBed } from '@leerkring/projections/testing';
import { foldOverview } from './overview.queries';
import { overviewProjector } from './overview.projector';
import { foldOverviewEvent, initialOverviewState } from './overview-state';
import { flevoland, halfYear, westBrabantWest, zeeland } from './overview-story.fixtures';
import { summarizeOverview } from './overview-summary';

/**
 * The pure fold over a hand-counted half year (see `overview-story.fixtures.ts`). The events are
 * recorded through a projector test bed, so they carry the positions and times a store gives.
 */
describe('overview fold', () => {
  let events: RecordedEvent[];
  beforeAll(async () => {
    const bed = await projectorTestBed(overviewProjector);
    events = await bed.apply(halfYear());
    await bed.close();
  });

  const endOfMarch = new Date('2024-03-31T20:00:00Z');
  const endOfJune = new Date('2024-06-28T10:00:00Z');
  const hours = (logged: number, commitment: number, activeAmbassadors: number) => ({ logged, commitment, activeAmbassadors });

  it('answers the end of March from the events recorded by then', () => {
    const summary = summarizeOverview(foldOverview(events, endOfMarch), endOfMarch);
    expect(summary).toMatchObject({
      asOfDate: '2024-03-31', quarter: '2024-Q1', weeksElapsedInQuarter: 13, recentSince: '2024-01-02',
    });
    expect(summary.regions).toEqual([
      {
        regionId: flevoland, name: 'Flevoland', activeCircles: 1, sessionsLast90Days: 1, participants: 2,
        participantsBySector: [{ sector: 'jeugdhulp', count: 1 }, { sector: 'client', count: 1 }],
        // Appointed in week 2: weeks 2-13 at 8 hours.
        ambassadorHours: hours(4, 96, 1),
        learningsCaptured: 1, adoptedFromElsewhere: 0, adoptedElsewhere: 1,
        // The week-11 log was recorded on Friday 15 March, before its Sunday.
        lastActivityOn: '2024-03-15',
      },
      {
        regionId: westBrabantWest, name: 'West-Brabant-West', activeCircles: 1, sessionsLast90Days: 1, participants: 1,
        participantsBySector: [{ sector: 'gemeente', count: 1 }],
        ambassadorHours: hours(14, 96, 1),
        learningsCaptured: 1, adoptedFromElsewhere: 0, adoptedElsewhere: 0, lastActivityOn: '2024-03-21',
      },
      {
        regionId: zeeland, name: 'Zeeland', activeCircles: 1, sessionsLast90Days: 2, participants: 3,
        participantsBySector: [{ sector: 'jeugdhulp', count: 1 }, { sector: 'gemeente', count: 1 }, { sector: 'onderwijs', count: 1 }],
        // Sanne's appointment is a version-1 event: upcast to the default 8 hours, weeks 6-13.
        ambassadorHours: hours(0, 64, 1),
        learningsCaptured: 0, adoptedFromElsewhere: 1, adoptedElsewhere: 0, lastActivityOn: '2024-03-25',
      },
    ]);
    expect(summary.totals).toEqual({
      regions: 3, activeCircles: 3, sessionsLast90Days: 4, participants: 6,
      participantsBySector: [
        { sector: 'jeugdhulp', count: 2 }, { sector: 'gemeente', count: 2 }, { sector: 'onderwijs', count: 1 },
        { sector: 'client', count: 1 },
      ],
      ambassadorHours: hours(18, 256, 3),
      nationalAmbassadorHours: hours(16, 192, 1),
      learningsCaptured: 2, adoptions: 1, lastActivityOn: '2024-03-25',
    });
    expect(summary.themeMatrix).toEqual([
      { theme: 'investeren-in-vakmanschap', regionId: zeeland, circles: 1, learnings: 0 },
      { theme: 'wachttijden', regionId: westBrabantWest, circles: 1, learnings: 1 },
      { theme: '24-uurszorg', regionId: flevoland, circles: 1, learnings: 1 },
      { theme: '24-uurszorg', regionId: zeeland, circles: 1, learnings: 0 },
    ]);
    expect(summary.monthlyTrends).toEqual([
      { month: '2024-01', sessions: 1, learningsCaptured: 0, adoptions: 0, hoursLogged: 0 },
      { month: '2024-02', sessions: 1, learningsCaptured: 1, adoptions: 0, hoursLogged: 0 },
      { month: '2024-03', sessions: 2, learningsCaptured: 1, adoptions: 1, hoursLogged: 34 },
    ]);
  });

  it('answers the end of June differently: closed circle, departure, retraction, rename, correction', () => {
    const summary = summarizeOverview(foldOverview(events, endOfJune), endOfJune);
    expect(summary).toMatchObject({
      asOfDate: '2024-06-28', quarter: '2024-Q2', weeksElapsedInQuarter: 13, recentSince: '2024-03-31',
    });
    expect(summary.regions).toEqual([
      {
        regionId: flevoland, name: 'Flevoland', activeCircles: 1, sessionsLast90Days: 0, participants: 2,
        participantsBySector: [{ sector: 'jeugdhulp', count: 1 }, { sector: 'client', count: 1 }],
        // Bram departed in week 23: weeks 14-23 owed, none logged, no longer active.
        ambassadorHours: hours(0, 80, 0),
        learningsCaptured: 1, adoptedFromElsewhere: 0, adoptedElsewhere: 2, lastActivityOn: '2024-03-15',
      },
      {
        regionId: westBrabantWest, name: 'Jeugdregio West-Brabant-West', activeCircles: 1, sessionsLast90Days: 1,
        participants: 1, participantsBySector: [{ sector: 'jeugdbescherming', count: 1 }],
        ambassadorHours: hours(8, 104, 1),
        learningsCaptured: 0, adoptedFromElsewhere: 1, adoptedElsewhere: 0, lastActivityOn: '2024-05-20',
      },
      {
        regionId: zeeland, name: 'Zeeland', activeCircles: 0, sessionsLast90Days: 0, participants: 0,
        participantsBySector: [], ambassadorHours: hours(0, 104, 1),
        learningsCaptured: 1, adoptedFromElsewhere: 1, adoptedElsewhere: 0, lastActivityOn: '2024-06-10',
      },
    ]);
    expect(summary.totals).toEqual({
      regions: 3, activeCircles: 2, sessionsLast90Days: 1, participants: 3,
      participantsBySector: [
        { sector: 'jeugdhulp', count: 1 }, { sector: 'jeugdbescherming', count: 1 }, { sector: 'client', count: 1 },
      ],
      ambassadorHours: hours(8, 288, 2),
      nationalAmbassadorHours: hours(0, 208, 1),
      learningsCaptured: 2, adoptions: 2, lastActivityOn: '2024-06-10',
    });
    expect(summary.themeMatrix).toEqual([
      { theme: 'investeren-in-vakmanschap', regionId: zeeland, circles: 1, learnings: 1 },
      { theme: 'wachttijden', regionId: westBrabantWest, circles: 1, learnings: 0 },
      { theme: '24-uurszorg', regionId: flevoland, circles: 1, learnings: 1 },
      { theme: '24-uurszorg', regionId: zeeland, circles: 1, learnings: 0 },
    ]);
    expect(summary.monthlyTrends).toEqual([
      { month: '2024-01', sessions: 1, learningsCaptured: 0, adoptions: 0, hoursLogged: 0 },
      { month: '2024-02', sessions: 1, learningsCaptured: 1, adoptions: 0, hoursLogged: 0 },
      // The March learning was retracted in May; week 11 was corrected from 6 to 7 hours.
      { month: '2024-03', sessions: 2, learningsCaptured: 0, adoptions: 1, hoursLogged: 35 },
      { month: '2024-04', sessions: 0, learningsCaptured: 0, adoptions: 0, hoursLogged: 8 },
      { month: '2024-05', sessions: 1, learningsCaptured: 0, adoptions: 1, hoursLogged: 0 },
      { month: '2024-06', sessions: 0, learningsCaptured: 1, adoptions: 0, hoursLogged: 0 },
    ]);
  });

  it('reads no personal data: the same overview when every personal field is a sealed envelope it cannot open', () => {
    // The asOf fold and the programme report read the events as stored (readingPersonalDataSealed in the API).
    const sealed = events.map((event) => {
      const where = Person.PERSONAL_DATA_FIELDS[event.type];
      if (!where) return event;
      const envelope = new Proxy({}, { get: () => { throw new Error(`${event.type}.${where.field} was read`); } });
      return { ...event, data: { ...(event.data as Record<string, unknown>), [where.field]: envelope } };
    });
    expect(sealed.filter((event, i) => event !== events[i]).length).toBeGreaterThan(3);
    expect(summarizeOverview(foldOverview(sealed), endOfJune)).toEqual(summarizeOverview(foldOverview(events), endOfJune));
  });

  it('is pure: folding on leaves the earlier state as it was, and a replayed event changes nothing', () => {
    const march = foldOverview(events, endOfMarch);
    const copy = structuredClone(march);
    const june = events.filter((e) => e.recordedAt > endOfMarch).reduce(foldOverviewEvent, march);
    expect(march).toEqual(copy);
    expect(summarizeOverview(june, endOfJune)).toEqual(summarizeOverview(foldOverview(events), endOfJune));
    expect(events.reduce(foldOverviewEvent, june)).toBe(june);
    expect(foldOverview([])).toEqual(initialOverviewState());
  });
});
