// Text features shared by the offline classifiers (topic routing, emotion): normalisation, language detection,
// character n-grams and feature hashing. Pure: no I/O.

/** Unicode NFKC, lower case, whitespace collapsed, trimmed. Hangul stays composed (NFKC keeps syllables). */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Language = 'KO' | 'EN' | 'MIXED';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;
const LATIN = /[a-z]/gi;

/** Hangul letters (syllables and jamo) and Latin letters in a text; everything else is not counted. */
export function countLetters(text: string): { hangul: number; latin: number } {
  return { hangul: text.match(HANGUL)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
}

/**
 * Whether the last syllable of a Korean word ends in a consonant (받침) — what picks 은/는, 을/를, 이/가;
 * null when the word does not end in a Hangul syllable.
 */
export function hasFinalConsonant(word: string): boolean | null {
  const code = word.trim().charCodeAt(word.trim().length - 1) - 0xac00;
  if (!(code >= 0 && code <= 11171)) return null;
  return code % 28 !== 0;
}

/**
 * KO when Hangul makes up at least 80 % of the letters (Hangul + Latin), EN when Latin does, MIXED otherwise.
 * A text with no letters at all (digits, emoji, punctuation) is KO: the product's default language.
 */
export function detectLanguage(text: string): Language {
  const { hangul, latin } = countLetters(text);
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

/**
 * FNV-1a hashes of exactly the n-grams `charNgrams` lists (same values as `fnv1a(gram)`), computed incrementally
 * from each start position without building the strings: the hot path of classification.
 */
export function ngramHashes(normalised: string, minN = 1, maxN = 4): Uint32Array {
  const padded = ` ${normalised} `;
  const compact = normalised.replace(/ /g, '');
  const withCompact = compact.length !== normalised.length;
  const out = new Uint32Array(padded.length * maxN + (withCompact ? (compact.length + 1) * maxN : 0));
  let k = 0;
  for (let i = 0; i < padded.length; i++) {
    let h = 0x811c9dc5;
    let blank = true;
    for (let n = 1; n <= maxN && i + n <= padded.length; n++) {
      const c = padded.charCodeAt(i + n - 1);
      if (c !== 32) blank = false;
      h = Math.imul(h ^ c, 0x01000193);
      if (n >= minN && !blank) out[k++] = h >>> 0;
    }
  }
  if (withCompact) {
    const lo = Math.max(2, minN);
    for (let i = 0; i < compact.length; i++) {
      let h = Math.imul(0x811c9dc5 ^ 35, 0x01000193); // '#'
      for (let n = 1; n <= maxN && i + n <= compact.length; n++) {
        h = Math.imul(h ^ compact.charCodeAt(i + n - 1), 0x01000193);
        if (n >= lo) out[k++] = h >>> 0;
      }
    }
  }
  return out.subarray(0, k);
}

/** Folds n-gram hashes into `buckets` (a power of two): term counts sorted by bucket. */
export function bucketise(hashes: Uint32Array, buckets: number): SparseVector {
  const mask = buckets - 1;
  const b = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) b[i] = hashes[i] & mask;
  b.sort();
  const index = new Int32Array(b.length);
  const value = new Float32Array(b.length);
  let k = -1;
  for (let i = 0; i < b.length; i++) {
    if (k >= 0 && b[i] === index[k]) value[k]++;
    else {
      index[++k] = b[i];
      value[k] = 1;
    }
  }
  return { index: index.subarray(0, k + 1), value: value.subarray(0, k + 1) };
}

/** Hashes the n-grams of a text into `buckets` (a power of two) and returns term counts. */
export function hashFeatures(text: string, buckets: number, minN = 1, maxN = 4): SparseVector {
  return bucketise(ngramHashes(normalise(text), minN, maxN), buckets);
}

/** Sublinear term frequency (1 + ln tf) then L2 normalisation: the input of the linear models. */
export function logTfL2(v: SparseVector): SparseVector {
  const value = new Float32Array(v.value.length);
  let norm = 0;
  for (let i = 0; i < value.length; i++) {
    const x = 1 + Math.log(v.value[i]);
    value[i] = x;
    norm += x * x;
  }
  const inv = 1 / (Math.sqrt(norm) || 1);
  for (let i = 0; i < value.length; i++) value[i] *= inv;
  return { index: v.index, value };
}
