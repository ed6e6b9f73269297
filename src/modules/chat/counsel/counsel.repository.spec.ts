import { MAX_CANDIDATES, nameCandidates } from './counsel.repository';

describe('nameCandidates', () => {
  it('offers every 3–4 syllable Hangul substring, capitalised Latin word runs and tokens with digits', () => {
    const { names, numbers } = nameCandidates('김민준님의 대출, John Smith and customer c00000017 or 12345');
    expect(names).toEqual(expect.arrayContaining(['김민준', '민준님', '김민준님', '준님의', 'John Smith']));
    expect(names).not.toContain('대출'); // two syllables: too short to be told from words
    expect(numbers).toEqual(expect.arrayContaining(['c00000017', 'C00000017', '12345']));
    expect(numbers).not.toContain('customer'); // no digit
  });

  it('is bounded for long texts', () => {
    const { names } = nameCandidates('가나다라마바사아자차카타파하'.repeat(400));
    expect(names.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(nameCandidates('')).toEqual({ names: [], numbers: [] });
  });
});
