import { readAhead } from './read-ahead';

async function* cutAfter(items: string[]): AsyncGenerator<string> {
  for (const item of items) yield item;
  throw new TypeError('terminated');
}

describe('readAhead', () => {
  it('hands a slow consumer every item that arrived before the source failed, then the failure', async () => {
    const got: string[] = [];
    let arrived = 0;
    const read = async () => {
      for await (const item of readAhead(cutAfter(['One', ' two', ' three']), () => (arrived += 1))) {
        // The consumer waits (as a delta waits for its rows' commit) while the source runs on and fails.
        await new Promise((resolve) => setTimeout(resolve, 5));
        got.push(item);
      }
    };
    await expect(read()).rejects.toThrow('terminated');
    expect(got).toEqual(['One', ' two', ' three']);
    expect(arrived).toBe(3);
  });

  it('ends when the source ends, in order', async () => {
    const got: number[] = [];
    for await (const n of readAhead(
      (async function* () {
        yield* [1, 2, 3];
      })(),
    ))
      got.push(n);
    expect(got).toEqual([1, 2, 3]);
  });
});
