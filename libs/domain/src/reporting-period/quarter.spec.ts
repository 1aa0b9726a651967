import { addWeeks, compareWeeks } from '../shared/iso-week';
import {
  firstDayOfQuarter, lastCountingDayOfQuarter, lastDayOfQuarter, parseReportingPeriodId, quarterOfWeek,
  reportingPeriodStreamName, weeksOfQuarter,
} from './quarter';

describe('quarters and weeks', () => {
  it.each([
    ['2024-W14', '2024-Q2'],
    ['2024-W13', '2024-Q1'],
    ['2024-W26', '2024-Q2'],
    ['2024-W27', '2024-Q3'],
    ['2025-W26', '2025-Q2'],
    ['2025-W27', '2025-Q3'],
    ['2025-W01', '2025-Q1'],
    ['2020-W53', '2020-Q4'],
    ['2026-W53', '2026-Q4'],
    ['2026-W40', '2026-Q4'],
  ])('%s counts in %s (the quarter of its Thursday)', (week, quarter) => {
    expect(quarterOfWeek(week)).toBe(quarter);
  });

  it('names the stream in lower case', () => {
    expect(reportingPeriodStreamName('2024-Q2')).toBe('reporting-period-2024-q2');
    expect(() => reportingPeriodStreamName('2024-q2')).toThrow(RangeError);
  });

  it.each(['2024-Q0', '2024-Q5', '2024Q2', '2024-q2', '24-Q2', ''])('refuses the id %p', (id) => {
    expect(parseReportingPeriodId(id)).toBeUndefined();
  });

  it('knows the calendar days of a quarter', () => {
    expect(firstDayOfQuarter('2024-Q3')).toBe('2024-07-01');
    expect(lastDayOfQuarter('2024-Q1')).toBe('2024-03-31');
    expect(lastDayOfQuarter('2024-Q2')).toBe('2024-06-30');
    expect(lastDayOfQuarter('2024-Q3')).toBe('2024-09-30');
    expect(lastDayOfQuarter('2024-Q4')).toBe('2024-12-31');
  });

  it.each([
    ['2024-Q2', '2024-W14', '2024-W26'],
    ['2025-Q1', '2025-W01', '2025-W13'],
    ['2026-Q4', '2026-W40', '2026-W53'],
    // 31 March (and 30 June 2021) is a Wednesday: that week counts in the next quarter, so a
    // quarter may have 12, 13 or 14 weeks.
    ['2027-Q1', '2027-W01', '2027-W12'],
    ['2021-Q1', '2021-W01', '2021-W12'],
    ['2021-Q2', '2021-W13', '2021-W25'],
  ])('%s runs from %s to %s', (quarter, firstWeek, lastWeek) => {
    expect(weeksOfQuarter(quarter)).toEqual({ firstWeek, lastWeek });
  });

  it('gives every week to exactly one quarter, without gaps', () => {
    const quarters = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
      .flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
    quarters.forEach((quarter, i) => {
      const { firstWeek, lastWeek } = weeksOfQuarter(quarter);
      for (let week = firstWeek; compareWeeks(week, lastWeek) <= 0; week = addWeeks(week, 1)) {
        expect(quarterOfWeek(week)).toBe(quarter);
      }
      const next = quarters[i + 1];
      if (next) expect(weeksOfQuarter(next).firstWeek).toBe(addWeeks(lastWeek, 1));
    });
  });

  it('ends a quarter after its last day and after the Sunday of its last week', () => {
    expect(lastCountingDayOfQuarter('2024-Q2')).toBe('2024-06-30');
    expect(lastCountingDayOfQuarter('2024-Q4')).toBe('2024-12-31');
    expect(lastCountingDayOfQuarter('2026-Q4')).toBe('2027-01-03');
  });
});
