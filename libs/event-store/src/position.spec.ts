import { InvalidPositionError, START, comparePositions, decodePosition, encodePosition } from './position';

describe('global positions', () => {
  it('round-trips the native parts', () => {
    const parts = [1n, 4_000_000_123n, 42n];
    expect(decodePosition(encodePosition(parts), 3)).toEqual(parts);
  });

  it('orders as strings exactly as the parts order', () => {
    const natives = [[1n, 999n, 7n], [1n, 1001n, 2n], [1n, 1001n, 10n], [2n, 5n, 11n], [1n, 0xfffn, 1n]];
    const sortedByParts = [...natives].sort((a, b) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
      return 0;
    });
    const sortedByString = natives.map(encodePosition).sort(comparePositions);
    expect(sortedByString).toEqual(sortedByParts.map(encodePosition));
    expect(comparePositions(START, encodePosition([0n, 0n, 0n]))).toBe(-1);
  });

  it('encodes a part the same from a bigint, a number and the decimal text a driver returns, beyond 2^53 too', () => {
    for (const part of [0n, 42n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 64n - 1n]) {
      const expected = part.toString(16).padStart(16, '0');
      expect(encodePosition([part.toString()])).toBe(expected);
      expect(encodePosition([part])).toBe(expected);
      if (part <= BigInt(Number.MAX_SAFE_INTEGER)) expect(encodePosition([Number(part)])).toBe(expected);
    }
    expect(() => encodePosition(['-5'])).toThrow(RangeError);
    expect(() => encodePosition(['twelve'])).toThrow(SyntaxError);
  });

  it('refuses a position of another shape', () => {
    expect(() => decodePosition('12-34', 3)).toThrow(InvalidPositionError);
    expect(() => decodePosition(encodePosition([1n, 2n]), 3)).toThrow(InvalidPositionError);
    expect(() => encodePosition([-1n])).toThrow(RangeError);
  });
});
