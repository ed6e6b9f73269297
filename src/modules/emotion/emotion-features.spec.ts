import { fnv1a } from '../../common/text/features';
import { emotionFeatures, jamoHashes, wordHashes } from './emotion-features';

describe('emotion features', () => {
  it('word unigrams and bigrams', () => {
    expect([...wordHashes('잠이 안 와요')]).toEqual([
      fnv1a('w:잠이'),
      fnv1a('b:잠이 안'),
      fnv1a('w:안'),
      fnv1a('b:안 와요'),
      fnv1a('w:와요'),
    ]);
  });

  it('jamo n-grams: inflections of one stem share letters that their syllables do not', () => {
    const a = new Set(jamoHashes('두려워요'));
    const b = new Set(jamoHashes('두렵다'));
    const shared = [...a].filter((h) => b.has(h));
    expect(shared.length).toBeGreaterThan(0);
    // 두려워요: 8 letters (no finals) + 2 edges = 10 symbols → 9 + 8 + 7 + 6 n-grams of 2..5.
    expect(jamoHashes('두려워요')).toHaveLength(30);
    expect(jamoHashes('no hangul here')).toHaveLength(0);
  });

  it('adds the jamo n-grams only when the spec asks for them', () => {
    const spec = { minN: 1, maxN: 4, words: true };
    const plain = emotionFeatures('두려워요', 1 << 16, spec);
    const withJamo = emotionFeatures('두려워요', 1 << 16, { ...spec, jamo: true });
    const total = (v: { value: Float32Array }) => v.value.reduce((s, x) => s + x, 0);
    expect(total(withJamo) - total(plain)).toBe(30);
  });
});
