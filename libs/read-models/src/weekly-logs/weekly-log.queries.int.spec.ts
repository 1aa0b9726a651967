import { DomainError } from '@leerkring/domain';
import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { DomainStory } from '../shared/domain-story.fixtures';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { WEEKLY_LOG_ENTITIES } from './weekly-log.entities';
import { WeeklyLogQueries } from './weekly-log.queries';
import { anouk, appoint, bram, flevoland, log, weeklyLogStory, westBrabantWest } from './weekly-log-story.fixtures';
import { weeklyLogsProjector } from './weekly-logs.projector';

describe('weekly log queries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let queries: WeeklyLogQueries;
  beforeAll(async () => {
    bed = await projectorTestBed(weeklyLogsProjector);
    await bed.apply(weeklyLogStory().take());
    // Around New Year the ISO week-year differs from the calendar year: 2024-12-30 is in 2025-W01.
    const newYear = new DomainStory(new Date('2025-01-03T10:00:00Z'));
    appoint(newYear, bram, flevoland, '2024-04-01').take();
    await bed.apply(log(log(log(newYear, bram, '2024-W51', 3), bram, '2024-W52', 2), bram, '2025-W01', 1).take());
    db = await readDataSourceOver(bed, [...WEEKLY_LOG_ENTITIES]);
    queries = new WeeklyLogQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  it('answers an ambassador\'s weeks in a range, oldest first', async () => {
    const weeks = await queries.forAmbassador(anouk, '2024-W01', '2024-W14');
    expect(weeks.map((w) => [w.week, w.hours, w.corrected])).toEqual([['2024-W13', 8.5, true], ['2024-W14', 9.5, true]]);
    expect(weeks[0]).toMatchObject({
      regionId: westBrabantWest, reportingPeriodId: '2024-Q1', late: true, correctionCount: 1,
      loggedAt: expect.any(Date), lastCorrectedAt: expect.any(Date),
      activities: [{ kind: 'gesprek', text: 'Gesprek met aanbieders over wachttijden' }],
    });
    expect(await queries.forAmbassador(anouk, '2024-W15', '2024-W15')).toHaveLength(1);
    expect(await queries.forAmbassador(anouk, '2024-W16', '2024-W20')).toEqual([]);
  });

  it('crosses New Year in ISO week order', async () => {
    const weeks = await queries.forAmbassador(bram, '2024-W52', '2025-W01');
    expect(weeks.map((w) => [w.week, w.reportingPeriodId])).toEqual([['2024-W52', '2024-Q4'], ['2025-W01', '2025-Q1']]);
  });

  it('refuses a week that is not YYYY-Www', async () => {
    await expect(queries.forAmbassador(anouk, '2024-14', '2024-W20')).rejects.toMatchObject({ field: 'fromWeek' });
    await expect(queries.forAmbassador(anouk, '2024-W01', '2021-W53')).rejects.toBeInstanceOf(DomainError);
  });

  it('lists late corrections, of one quarter when asked', async () => {
    const late = await queries.lateCorrections();
    expect(late.map((c) => [c.ambassadorId, c.week, c.hoursBefore, c.hoursAfter, c.whatChanged])).toEqual([
      [anouk, '2024-W13', 7.75, 8.5, 'Vergeten: voorbereiding werkgemeenschap'],
    ]);
    expect(await queries.lateCorrections('2024-Q1')).toHaveLength(1);
    expect(await queries.lateCorrections('2024-Q2')).toEqual([]);
    await expect(queries.lateCorrections('2024-Q5')).rejects.toMatchObject({ field: 'reportingPeriodId' });
  });

  it('sums hours per region and quarter, national ambassadors apart', async () => {
    expect(await queries.hoursByRegionAndQuarter()).toEqual([
      { regionId: westBrabantWest, reportingPeriodId: '2024-Q1', hours: 8.5, weeksLogged: 1, ambassadors: 1 },
      { regionId: flevoland, reportingPeriodId: '2024-Q2', hours: 4, weeksLogged: 1, ambassadors: 1 },
      { regionId: westBrabantWest, reportingPeriodId: '2024-Q2', hours: 15.5, weeksLogged: 2, ambassadors: 1 },
      { regionId: null, reportingPeriodId: '2024-Q2', hours: 16, weeksLogged: 1, ambassadors: 1 },
      { regionId: flevoland, reportingPeriodId: '2024-Q4', hours: 5, weeksLogged: 2, ambassadors: 1 },
      { regionId: flevoland, reportingPeriodId: '2025-Q1', hours: 1, weeksLogged: 1, ambassadors: 1 },
    ]);
    expect(await queries.hoursByRegionAndQuarter({ regionIds: [flevoland], reportingPeriodIds: ['2024-Q2'] })).toEqual([
      { regionId: flevoland, reportingPeriodId: '2024-Q2', hours: 4, weeksLogged: 1, ambassadors: 1 },
    ]);
  });
});
