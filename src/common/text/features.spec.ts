import { charNgrams, countLetters, detectLanguage, fnv1a, hasFinalConsonant, hashFeatures } from './features';
import { logTfL2, ngramHashes, normalise } from './features';

describe('normalise', () => {
  it('applies NFKC, lower-cases and collapses whitespace', () => {
    expect(normalise('  ＤＳＲ  한도\t\n얼마? ')).toBe('dsr 한도 얼마?');
    // Decomposed jamo (NFD) compose back into the syllable.
    expect(normalise('대출'.normalize('NFD'))).toBe('대출');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['대출 한도 알려줘', 'KO'],
    ['how much can I borrow', 'EN'],
    ['대환 refinancing 하면 이득?', 'MIXED'],
    ['DSR 한도가 얼마예요', 'MIXED'], // 7 Hangul of 10 letters = 70 %
    ['12345 !!!', 'KO'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('uses the 80 % boundaries', () => {
    expect(detectLanguage('가나다라a')).toBe('KO'); // 4/5 Hangul
    expect(detectLanguage('가abcd')).toBe('EN'); // 1/5 Hangul
    expect(detectLanguage('가나abc')).toBe('MIXED');
  });
});

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('charNgrams', () => {
  it('lists 1..4-grams of the space-padded text, skipping the bare pad', () => {
    expect(charNgrams('ab')).toEqual(['a', 'b', ' a', 'ab', 'b ', ' ab', 'ab ', ' ab ']);
  });

  it('adds #-prefixed n-grams of the text without spaces so spacing variants share features', () => {
    const spaced = charNgrams('대출 한도');
    const compact = charNgrams('대출한도');
    expect(spaced).toContain('#출한');
    expect(compact).toContain('출한');
    expect(compact.some((g) => g.startsWith('#'))).toBe(false);
  });
});

describe('hashFeatures', () => {
  it('counts every n-gram once, in sorted buckets', () => {
    const v = hashFeatures('ab', 1 << 20);
    expect([...v.value].reduce((a, b) => a + b, 0)).toBe(8);
    expect([...v.index]).toEqual([...v.index].sort((a, b) => a - b));
    expect(v.index).toContain(fnv1a('ab') & ((1 << 20) - 1));
  });

  it('the incremental hashes equal fnv1a of every listed n-gram', () => {
    for (const text of ['ab', '대출 한도 얼마', 'dsr  limit?', '']) {
      const n = normalise(text);
      const expected = charNgrams(n).map(fnv1a).sort();
      expect(Array.from(ngramHashes(n)).sort()).toEqual(expected);
    }
  });

  it('folds collisions into one bucket', () => {
    const v = hashFeatures('abab', 1);
    expect([...v.index]).toEqual([0]);
    expect(v.value[0]).toBe(charNgrams('abab').length);
  });

  it('logTfL2 gives unit length with 1 + ln tf weights', () => {
    const v = logTfL2({ index: Int32Array.from([1, 2]), value: Float32Array.from([1, Math.E]) });
    // raw weights 1 and 2 → (1, 2)/√5
    expect(v.value[0]).toBeCloseTo(1 / Math.sqrt(5), 6);
    expect(v.value[1]).toBeCloseTo(2 / Math.sqrt(5), 6);
  });
});

describe('Hangul helpers', () => {
  it('counts Hangul and Latin letters only', () => {
    expect(countLetters('KB카드 대출 3건!')).toEqual({ hangul: 5, latin: 2 });
  });

  it('tells a final consonant (받침) from an open syllable, and null off Hangul', () => {
    expect(['대출', '카드', '금리 ', 'DSR', ''].map(hasFinalConsonant)).toEqual([
      true,
      false,
      false,
      null,
      null,
    ]);
  });
});
