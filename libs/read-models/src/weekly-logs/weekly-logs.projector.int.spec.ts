import { eventsFor, useSchema } from '@leerkring/projections';
import { projectorTestBed } from '@leerkring/projections/testing';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { WEEKLY_LOG_TABLES } from './weekly-log-tables';
import { anouk, bram, circleWbw, flevoland, kees, weeklyLogStory, westBrabantWest } from './weekly-log-story.fixtures';
import { weeklyLogsProjector } from './weekly-logs.projector';

describe('weekly-logs projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(weeklyLogsProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const weeks = () => bed.query(
    `SELECT ambassador_id, week, region_id, reporting_period_id, hours, corrected, late, correction_count, last_what_changed
       FROM weekly_logs ORDER BY ambassador_id, week`);

  it('keeps one row per ambassador per week, corrections replacing the content', async () => {
    await bed.apply(weeklyLogStory().take());
    const base = { corrected: false, late: false, correction_count: 0, last_what_changed: null };
    expect(await weeks()).toEqual([
      {
        ...base, ambassador_id: anouk, week: '2024-W13', region_id: westBrabantWest, reporting_period_id: '2024-Q1', hours: 8.5,
        corrected: true, late: true, correction_count: 1, last_what_changed: 'Vergeten: voorbereiding werkgemeenschap',
      },
      {
        ...base, ambassador_id: anouk, week: '2024-W14', region_id: westBrabantWest, reporting_period_id: '2024-Q2', hours: 9.5,
        corrected: true, correction_count: 2, last_what_changed: 'Nog een kwartier of twee',
      },
      { ...base, ambassador_id: anouk, week: '2024-W15', region_id: westBrabantWest, reporting_period_id: '2024-Q2', hours: 6 },
      { ...base, ambassador_id: bram, week: '2024-W14', region_id: flevoland, reporting_period_id: '2024-Q2', hours: 4 },
      { ...base, ambassador_id: kees, week: '2024-W14', region_id: null, reporting_period_id: '2024-Q2', hours: 16 },
    ]);
  });

  it('replaces every field of the content and records when it was logged and corrected', async () => {
    const recorded = await bed.apply(weeklyLogStory().take());
    const at = (type: string, n = 0) => recorded.filter((e) => e.type === type)[n]?.recordedAt;
    expect(await bed.query(
      `SELECT circle_ids, partners_reached, sectors_reached, activities, logged_at, last_corrected_at
         FROM weekly_logs WHERE ambassador_id = $1 AND week = '2024-W13'`, [anouk])).toEqual([{
      circle_ids: [circleWbw], partners_reached: 2, sectors_reached: ['jeugdhulp'],
      activities: [{ kind: 'gesprek', text: 'Gesprek met aanbieders over wachttijden' }],
      logged_at: at('WeeklyWorkLogged', 0), last_corrected_at: at('WeeklyWorkCorrected', 0),
    }]);
  });

  it('keeps the history of corrections with the hours before and after', async () => {
    await bed.apply(weeklyLogStory().take());
    expect(await bed.query(
      `SELECT week, reporting_period_id, what_changed, late, hours_before, hours_after, previous->'partners_reached' AS partners
         FROM corrections ORDER BY revision`)).toEqual([
      { week: '2024-W13', reporting_period_id: '2024-Q1', what_changed: 'Vergeten: voorbereiding werkgemeenschap', late: true, hours_before: 7.75, hours_after: 8.5, partners: 5 },
      { week: '2024-W14', reporting_period_id: '2024-Q2', what_changed: 'Uren aangevuld', late: false, hours_before: 8, hours_after: 9, partners: 2 },
      { week: '2024-W14', reporting_period_id: '2024-Q2', what_changed: 'Nog een kwartier of twee', late: false, hours_before: 9, hours_after: 9.5, partners: 2 },
    ]);
  });

  it('applies a replayed batch only once', async () => {
    const recorded = await bed.apply(weeklyLogStory().take());
    await bed.sql.transaction(async (tx) => {
      await useSchema(tx, weeklyLogsProjector.schema);
      await weeklyLogsProjector.apply(eventsFor(weeklyLogsProjector, recorded), tx);
    });
    expect(await bed.query('SELECT count(*)::int AS n FROM corrections')).toEqual([{ n: 3 }]);
    expect(await bed.query(`SELECT correction_count FROM weekly_logs WHERE week = '2024-W14' AND ambassador_id = $1`, [anouk]))
      .toEqual([{ correction_count: 2 }]);
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const events = weeklyLogStory().take();
    const { whole, cut } = await projectTwice(weeklyLogsProjector, events, WEEKLY_LOG_TABLES);
    expect(cut).toEqual(whole);
    expect(whole['weekly_logs']).toHaveLength(5);
  });
});
