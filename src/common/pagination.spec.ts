import { AppError } from './errors';
import { decodeCursor, encodeCursor, isCursorOf, toConnection, toPageRequest } from './pagination';

const rows = Array.from({ length: 10 }, (_, i) => ({ id: i }));
const keys = (r: { id: number }) => [r.id];

describe('pagination', () => {
  it('round-trips cursors and rejects garbage as BAD_USER_INPUT naming the argument', () => {
    expect(decodeCursor(encodeCursor(['2025-01-01T00:00:00.000Z', 'abc']), 'after')).toEqual([
      '2025-01-01T00:00:00.000Z',
      'abc',
    ]);
    expect(() => decodeCursor('%%%', 'after')).toThrow(AppError);
    try {
      decodeCursor('bm9wZQ', 'before');
    } catch (e) {
      expect((e as AppError).details.fields).toEqual([{ field: 'before', message: 'is not a valid cursor' }]);
    }
  });

  it('validates page arguments', () => {
    expect(toPageRequest({})).toEqual({ direction: 'forward', limit: 20, cursor: undefined });
    expect(() => toPageRequest({ first: 101 })).toThrow(/first/);
    expect(() => toPageRequest({ first: 1, last: 1 })).toThrow(/first/);
    expect(() => toPageRequest({ last: 2, after: encodeCursor([1]) })).toThrow(/after/);
  });

  it('shapes a forward page from limit + 1 rows', () => {
    const c = toConnection(rows.slice(0, 4), { direction: 'forward', limit: 3 }, keys, (r) => r.id);
    expect(c.edges.map((e) => e.node)).toEqual([0, 1, 2]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(c.pageInfo.endCursor).toBe(encodeCursor([2]));
  });

  it('shapes a backward page (rows arrive newest first) into ascending order', () => {
    const fetched = [rows[6], rows[5], rows[4], rows[3]];
    const c = toConnection(fetched, { direction: 'backward', limit: 3, cursor: [7] }, keys, (r) => r.id);
    expect(c.edges.map((e) => e.node)).toEqual([4, 5, 6]);
    expect(c.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("checks a cursor sent back against the list's key shape (round 28: a forged one reached SQL)", () => {
    const id = '0f8e4a2c-1b3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(isCursorOf(['2025-01-01T00:00:00.000Z', id], ['instant', 'uuid'])).toBe(true);
    expect(isCursorOf(['2025-01-01', id], ['date', 'uuid'])).toBe(true);
    expect(isCursorOf(['52000000', id], ['won', 'uuid'])).toBe(true);
    expect(isCursorOf([12], ['int'])).toBe(true);
    expect(isCursorOf(['123'], ['bigint'])).toBe(true);
    for (const [keys, shape] of [
      [['x'], ['instant', 'uuid']],
      [
        ['2025-01-01T00:00:00.000Z', 'x'],
        ['instant', 'uuid'],
      ],
      [
        ['9999-01-01T00:00:00.000Z', id],
        ['instant', 'uuid'],
      ],
      [
        ['2025-02-30', id],
        ['date', 'uuid'],
      ],
      [[1e20], ['int']],
      [[-1], ['int']],
      [['1'], ['int']],
      [['-5'], ['bigint']],
      [
        ['1.5', id],
        ['won', 'uuid'],
      ],
    ] as const)
      expect([keys, isCursorOf(keys, shape)]).toEqual([keys, false]);
    const forged = encodeCursor(['x']);
    expect(() => toPageRequest({ first: 2, after: forged }, 20, ['int'])).toThrow(
      'is not a cursor of this list',
    );
    expect(toPageRequest({ first: 2, after: encodeCursor([3]) }, 20, ['int']).cursor).toEqual([3]);
  });
});
