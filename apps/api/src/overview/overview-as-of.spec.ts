import { endOfDutchDay, startOfDutchDay } from './overview-as-of';

describe('the Dutch calendar day that nationalOverview(asOf) cuts at', () => {
  it.each([
    ['2024-01-15', '2024-01-14T23:00:00.000Z', '2024-01-15T22:59:59.999Z'], // CET, UTC+1
    ['2024-07-03', '2024-07-02T22:00:00.000Z', '2024-07-03T21:59:59.999Z'], // CEST, UTC+2
    ['2024-03-31', '2024-03-30T23:00:00.000Z', '2024-03-31T21:59:59.999Z'], // clocks go forward: 23 hours
    ['2024-10-27', '2024-10-26T22:00:00.000Z', '2024-10-27T22:59:59.999Z'], // clocks go back: 25 hours
  ])('%s runs from %s to %s', (date, start, end) => {
    expect(startOfDutchDay(date).toISOString()).toBe(start);
    expect(endOfDutchDay(date).toISOString()).toBe(end);
  });
});
