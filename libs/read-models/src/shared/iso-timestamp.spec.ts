import { isoTimestamp } from './iso-timestamp';

describe('isoTimestamp', () => {
  it('writes what toISOString writes, in order, out of order and across minutes, days and years', () => {
    const instants = [
      Date.UTC(2026, 10, 25, 12, 0, 0, 0), Date.UTC(2026, 10, 25, 12, 0, 0, 7), Date.UTC(2026, 10, 25, 12, 0, 9, 45),
      Date.UTC(2026, 10, 25, 12, 0, 59, 999), Date.UTC(2026, 10, 25, 12, 1, 0, 0), Date.UTC(2026, 10, 25, 11, 59, 59, 999),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2027, 0, 1, 0, 0, 0, 0), Date.UTC(2024, 1, 29, 6, 30, 0, 120),
      0, -1, -60_001, Date.UTC(1969, 11, 31, 23, 59, 0, 500), Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1), -62_167_219_200_000, -62_167_219_200_001,
    ];
    let seed = 20261125;
    for (let i = 0; i < 5_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(Date.UTC(2020, 0, 1) + seed * (i % 2 === 0 ? 1 : 97));
    }
    for (const ms of instants) expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});
