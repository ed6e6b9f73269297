// Text features shared by the offline classifiers (topic routing, emotion): normalisation, language detection,
// character n-grams and feature hashing. Pure: no I/O.

/** Unicode NFKC, lower case, whitespace collapsed, trimmed. Hangul stays composed (NFKC keeps syllables). */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Language = 'KO' | 'EN' | 'MIXED';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;
const LATIN = /[a-z]/gi;

/**
 * KO when Hangul makes up at least 80 % of the letters (Hangul + Latin), EN when Latin does, MIXED otherwise.
 * A text with no letters at all (digits, emoji, punctuation) is KO: the product's default language.
 */
export function detectLanguage(text: string): Language {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  const letters = hangul + latin;
  if (letters === 0) return 'KO';
  const share = hangul / letters;
  if (share >= 0.8) return 'KO';
  if (share <= 0.2) return 'EN';
  return 'MIXED';
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Character n-grams (n = minN..maxN) of the normalised text padded with one space at each end, so word starts
 * and ends are features. A second pass over the text with spaces removed (n ≥ 2) makes 띄어쓰기 variants
 * ("대출 받고 싶어" / "대출받고싶어") share features. The '#' prefix keeps the two passes apart.
 */
export function charNgrams(normalised: string, minN = 1, maxN = 4): string[] {
  const out: string[] = [];
  const padded = ` ${normalised} `;
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const g = padded.slice(i, i + n);
      if (g.trim() === '') continue;
      out.push(g);
    }
  }
  const compact = normalised.replace(/ /g, '');
  if (compact.length !== normalised.length) {
    for (let n = Math.max(2, minN); n <= maxN; n++) {
      for (let i = 0; i + n <= compact.length; i++) out.push(`#${compact.slice(i, i + n)}`);
    }
  }
  return out;
}

/** Sparse feature vector: bucket indices with their counts, sorted by index. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** Hashes the n-grams of a text into `buckets` (a power of two) and returns term counts. */
export function hashFeatures(text: string, buckets: number, minN = 1, maxN = 4): SparseVector {
  const counts = new Map<number, number>();
  for (const g of charNgrams(normalise(text), minN, maxN)) {
    const b = fnv1a(g) & (buckets - 1);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return {
    index: Int32Array.from(keys),
    value: Float32Array.from(keys.map((k) => counts.get(k) as number)),
  };
}

/** Sublinear term frequency (1 + ln tf) then L2 normalisation: the input of the linear models. */
export function logTfL2(v: SparseVector): SparseVector {
  const value = v.value.map((c) => 1 + Math.log(c));
  let norm = 0;
  for (const x of value) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return { index: v.index, value: value.map((x) => x / norm) };
}
