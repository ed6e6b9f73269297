import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('keeps at most max entries, evicting the oldest inserted first', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3);
    expect(m.size).toBe(2);
    expect(m.get('a')).toBeUndefined();
    expect([m.get('b'), m.get('c')]).toEqual([2, 3]);
  });

  it('replaces a present key without evicting another', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('a', 10);
    expect([m.get('a'), m.get('b'), m.size]).toEqual([10, 2, 2]);
  });

  it('deletes a key, making room for another', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.delete('a');
    m.set('c', 3);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([undefined, 2, 3, 2]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new BoundedMap(0)).toThrow(RangeError);
  });
});
