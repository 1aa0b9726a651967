import {
  decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize, PaginationInputError, toConnection,
} from './pagination';

describe('pagination', () => {
  const fieldOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof PaginationInputError) return [error.field, error.code];
      throw error;
    }
    return undefined;
  };

  it('turns a cursor back into the keyset values it was made from', () => {
    const cursor = encodeCursor('circles', ['2024-03-01', 'c1a2', 7]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('circles', cursor, ['string', 'string', 'number'])).toEqual(['2024-03-01', 'c1a2', 7]);
  });

  it('refuses a cursor of another list, of another shape, or no cursor at all', () => {
    const cursor = encodeCursor('circles', ['2024-03-01', 'c1a2']);
    expect(fieldOf(() => decodeCursor('activity', cursor, ['string', 'string']))).toEqual(['after', 'BAD_USER_INPUT']);
    expect(fieldOf(() => decodeCursor('circles', cursor, ['string']))).toEqual(['after', 'BAD_USER_INPUT']);
    expect(fieldOf(() => decodeCursor('circles', cursor, ['string', 'number']))).toEqual(['after', 'BAD_USER_INPUT']);
    for (const broken of ['', '!!!', 'bm90IGpzb24', Buffer.from('{"a":1}').toString('base64url')]) {
      expect(fieldOf(() => decodeCursor('circles', broken, ['string', 'string']))).toEqual(['after', 'BAD_USER_INPUT']);
    }
  });

  it('takes the default page size when first is absent and refuses sizes out of range', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null, { default: 5 })).toBe(5);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const bad of [-1, 2.5, Number.NaN, MAX_PAGE_SIZE + 1]) expect(fieldOf(() => pageSize(bad))).toEqual(['first', 'BAD_USER_INPUT']);
    expect(fieldOf(() => pageSize(11, { max: 10 }))).toEqual(['first', 'BAD_USER_INPUT']);
  });

  it('builds a connection from one row more than the page size', () => {
    const rows = ['a', 'b', 'c'];
    const cursorOf = (row: string) => `cursor-${row}`;
    expect(toConnection(rows, 2, cursorOf)).toEqual({
      edges: [{ cursor: 'cursor-a', node: 'a' }, { cursor: 'cursor-b', node: 'b' }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'cursor-a', endCursor: 'cursor-b' },
    });
    expect(toConnection(rows, 3, cursorOf, 'cursor-0').pageInfo).toEqual({
      hasNextPage: false, hasPreviousPage: true, startCursor: 'cursor-a', endCursor: 'cursor-c',
    });
    expect(toConnection([], 3, cursorOf).pageInfo).toEqual({
      hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null,
    });
  });
});
