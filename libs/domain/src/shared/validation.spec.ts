import { dutchDate } from './validation';

describe('dutchDate', () => {
  it('is the calendar date in Amsterdam, winter (UTC+1) and summer (UTC+2)', () => {
    expect(dutchDate(new Date('2024-01-15T22:59:59.999Z'))).toBe('2024-01-15');
    expect(dutchDate(new Date('2024-01-15T23:00:00.000Z'))).toBe('2024-01-16');
    expect(dutchDate(new Date('2024-07-15T21:59:59.999Z'))).toBe('2024-07-15');
    expect(dutchDate(new Date('2024-07-15T22:00:00.000Z'))).toBe('2024-07-16');
  });

  it('answers right when calls go back and forth across midnight and the clock changes', () => {
    // The last formatted hour is remembered: each of these falls in another UTC hour than the one before.
    const instants: Array<[string, string]> = [
      ['2024-03-30T22:30:00Z', '2024-03-30'], ['2024-03-30T23:30:00Z', '2024-03-31'], ['2024-03-30T22:45:00Z', '2024-03-30'],
      ['2024-03-31T21:59:00Z', '2024-03-31'], ['2024-03-31T22:00:00Z', '2024-04-01'],
      ['2024-10-26T21:59:00Z', '2024-10-26'], ['2024-10-26T22:00:00Z', '2024-10-27'],
      ['2024-10-27T22:59:00Z', '2024-10-27'], ['2024-10-27T23:00:00Z', '2024-10-28'], ['2024-10-27T22:01:00Z', '2024-10-27'],
    ];
    for (const [instant, date] of instants) expect(dutchDate(new Date(instant))).toBe(date);
  });

  it('still refuses an invalid date', () => {
    expect(() => dutchDate(new Date('no date'))).toThrow(RangeError);
  });
});
