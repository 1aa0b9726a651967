import { DomainError } from './domain-error';
import {
  addWeeks, compareWeeks, formatIsoWeek, isIsoWeek, isoWeekAt, isoWeekOfDate, mondayOf,
  parseIsoWeek, requireIsoWeek, sundayOf, thursdayOf, weeksEndingAt, weeksInYear,
} from './iso-week';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('ISO weeks', () => {
  describe('parsing and validation', () => {
    it('parses a well-formed week', () => {
      expect(parseIsoWeek('2024-W14')).toEqual({ year: 2024, week: 14 });
      expect(formatIsoWeek({ year: 2024, week: 1 })).toBe('2024-W01');
    });

    it('knows which years have 53 weeks', () => {
      expect(weeksInYear(2020)).toBe(53);
      expect(weeksInYear(2021)).toBe(52);
      expect(weeksInYear(2026)).toBe(53);
      expect(weeksInYear(2015)).toBe(53);
      expect(weeksInYear(2024)).toBe(52);
      expect(isIsoWeek('2020-W53')).toBe(true);
      expect(isIsoWeek('2021-W53')).toBe(false);
    });

    it.each(['2024-W00', '2024-W54', '2021-W53', '2024-w14', '2024-14', '24-W14', '2024-W1', '', 42])(
      'rejects %p',
      (value) => {
        expect(parseIsoWeek(value)).toBeUndefined();
      },
    );

    it('names the field and tells a malformed week from a non-existent one', () => {
      const malformed = refusal(() => requireIsoWeek('week', '2024-14'));
      expect(malformed).toMatchObject({ kind: 'invalid-input', rule: 'week-format', field: 'week' });
      const missing = refusal(() => requireIsoWeek('week', '2021-W53'));
      expect(missing).toMatchObject({ kind: 'invalid-input', rule: 'week-invalid', field: 'week' });
      expect(requireIsoWeek('week', '2020-W53')).toBe('2020-W53');
    });
  });

  describe('the week of a date', () => {
    it.each([
      ['2024-04-01', '2024-W14'],
      ['2024-04-07', '2024-W14'],
      ['2024-04-08', '2024-W15'],
      ['2024-12-30', '2025-W01'],
      ['2025-01-01', '2025-W01'],
      ['2021-01-03', '2020-W53'],
      ['2021-01-04', '2021-W01'],
      ['2020-12-31', '2020-W53'],
      ['2022-01-02', '2021-W52'],
      ['2023-01-01', '2022-W52'],
      ['2026-12-31', '2026-W53'],
      ['2027-01-03', '2026-W53'],
      ['2024-02-29', '2024-W09'],
    ])('%s is in %s', (date, week) => {
      expect(isoWeekOfDate(date)).toBe(week);
    });

    it('refuses a date that does not exist', () => {
      expect(() => isoWeekOfDate('2023-02-29')).toThrow(RangeError);
      expect(() => isoWeekOfDate('1 april 2024')).toThrow(RangeError);
    });

    it('takes "this week" from the Dutch calendar, not from UTC', () => {
      // Sunday 23:30 UTC in summer is already Monday 01:30 in Amsterdam.
      expect(isoWeekAt(new Date('2024-04-07T23:30:00Z'))).toBe('2024-W15');
      expect(isoWeekAt(new Date('2024-04-07T21:30:00Z'))).toBe('2024-W14');
      // New Year's Eve 23:30 UTC is 1 January in Amsterdam (winter time, UTC+1).
      expect(isoWeekAt(new Date('2023-12-31T23:30:00Z'))).toBe('2024-W01');
    });
  });

  describe('days of a week', () => {
    it('gives Monday, Thursday and Sunday', () => {
      expect(mondayOf('2024-W14')).toBe('2024-04-01');
      expect(thursdayOf('2024-W14')).toBe('2024-04-04');
      expect(sundayOf('2024-W14')).toBe('2024-04-07');
    });

    it('crosses year boundaries', () => {
      expect(mondayOf('2025-W01')).toBe('2024-12-30');
      expect(thursdayOf('2025-W01')).toBe('2025-01-02');
      expect(mondayOf('2020-W53')).toBe('2020-12-28');
      expect(sundayOf('2020-W53')).toBe('2021-01-03');
      expect(mondayOf('2021-W01')).toBe('2021-01-04');
      expect(mondayOf('2026-W01')).toBe('2025-12-29');
    });

    it('round-trips every week of several years through its Monday', () => {
      for (const year of [2019, 2020, 2021, 2024, 2025, 2026]) {
        for (let week = 1; week <= weeksInYear(year); week++) {
          const iso = formatIsoWeek({ year, week });
          expect(isoWeekOfDate(mondayOf(iso))).toBe(iso);
          expect(isoWeekOfDate(sundayOf(iso))).toBe(iso);
        }
      }
    });

    it('refuses a week that does not exist', () => {
      expect(() => mondayOf('2021-W53')).toThrow(RangeError);
    });
  });

  describe('comparing and counting', () => {
    it('compares across years', () => {
      expect(compareWeeks('2024-W14', '2024-W15')).toBeLessThan(0);
      expect(compareWeeks('2024-W15', '2024-W14')).toBeGreaterThan(0);
      expect(compareWeeks('2024-W14', '2024-W14')).toBe(0);
      expect(compareWeeks('2020-W53', '2021-W01')).toBeLessThan(0);
      expect(compareWeeks('2025-W01', '2024-W52')).toBeGreaterThan(0);
    });

    it('adds and subtracts weeks over year boundaries', () => {
      expect(addWeeks('2024-W14', 0)).toBe('2024-W14');
      expect(addWeeks('2024-W52', 1)).toBe('2025-W01');
      expect(addWeeks('2020-W52', 1)).toBe('2020-W53');
      expect(addWeeks('2020-W53', 1)).toBe('2021-W01');
      expect(addWeeks('2021-W01', -1)).toBe('2020-W53');
      expect(addWeeks('2024-W14', -14)).toBe('2023-W52');
      expect(addWeeks('2024-W01', 104)).toBe('2026-W01');
      expect(() => addWeeks('2024-W01', 1.5)).toThrow(RangeError);
    });

    it('lists the N weeks ending at a week, oldest first', () => {
      expect(weeksEndingAt('2021-W02', 4)).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
      expect(weeksEndingAt('2024-W14', 1)).toEqual(['2024-W14']);
      expect(weeksEndingAt('2024-W14', 0)).toEqual([]);
      expect(weeksEndingAt('2024-W14', 13)).toHaveLength(13);
      expect(() => weeksEndingAt('2024-W14', -1)).toThrow(RangeError);
    });
  });
});
