import { ChainVerifier, type ChainHead, type ChainRow } from './audit-chain';

// The walk over one chain, on hand-made rows (hashes are opaque strings here; the database computes real ones).

const GENESIS = '0'.repeat(64);
const rows = (n: number): ChainRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: String(100 + i),
    chainSeq: String(i + 1),
    prevHash: i === 0 ? GENESIS : `h${i}`,
    rowHash: `h${i + 1}`,
    expected: `h${i + 1}`,
  }));
const head = (n: number): ChainHead => ({
  lastSeq: String(n),
  lastHash: `h${n}`,
  anchorSeq: '1',
  anchorHash: GENESIS,
});

function verify(chain: ChainRow[], h: ChainHead) {
  const v = new ChainVerifier('audit_event', h);
  chain.forEach((r) => v.feed(r));
  return v.end();
}

describe('ChainVerifier', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verify(rows(5), head(5))).toEqual([]);
    expect(verify([], { lastSeq: '0', lastHash: GENESIS, anchorSeq: '1', anchorHash: GENESIS })).toEqual([]);
  });

  it('names a changed row by id', () => {
    const chain = rows(5);
    chain[2] = { ...chain[2], expected: 'different' };
    expect(verify(chain, head(5))).toEqual([
      expect.objectContaining({
        kind: 'CHANGED',
        id: '102',
        message: expect.stringContaining('row id=102 (chain #3) was changed'),
      }),
    ]);
  });

  it('names deleted rows in the middle, at the start and at the end', () => {
    const chain = rows(6);
    expect(verify([...chain.slice(0, 2), ...chain.slice(4)], head(6))).toEqual([
      expect.objectContaining({
        kind: 'DELETED',
        id: '104',
        message: 'audit_event chain row(s) #3–#4 deleted before row id=104 (chain #5)',
      }),
    ]);
    expect(verify(chain.slice(1), head(6))[0].message).toBe(
      'audit_event chain row(s) #1 deleted before row id=101 (chain #2)',
    );
    expect(verify(chain.slice(0, 5), head(6))[0].message).toBe(
      'audit_event chain row(s) #6 deleted at the end (after row id=104)',
    );
  });

  it('notices a row whose hash was recomputed after an edit (its successor no longer links to it)', () => {
    const chain = rows(4);
    chain[1] = { ...chain[1], rowHash: 'forged', expected: 'forged' };
    expect(verify(chain, head(4))).toEqual([
      expect.objectContaining({
        kind: 'RELINKED',
        id: '102',
        message: expect.stringContaining('does not link to row id=101'),
      }),
    ]);
  });

  it('starts from the anchor a retention purge left', () => {
    const chain = rows(6).slice(3);
    expect(verify(chain, { lastSeq: '6', lastHash: 'h6', anchorSeq: '4', anchorHash: 'h3' })).toEqual([]);
  });
});
