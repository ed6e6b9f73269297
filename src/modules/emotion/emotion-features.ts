// Emotion input features: the shared character n-grams (common/text/features) plus, from artefact format 2, word
// unigrams and bigrams hashed into the same buckets, and one language feature (KO/EN/MIXED). Words carry what
// character windows split or blur: "잠이 안 와요" as a pair, "not worried" as one bigram; the language feature is a
// per-language bias, so Korean class balance no longer moves the English priors (they shared one bias). Artefacts
// with features.jamo add Hangul jamo n-grams (#11, second pass). Pure.
import {
  bucketise,
  detectLanguage,
  fnv1a,
  ngramHashes,
  normalise,
  type SparseVector,
} from '../../common/text/features';

/** Words of a normalised text: runs of Hangul, Latin letters and digits (punctuation and ㅠ/ㅋ dropped). */
export function words(normalised: string): string[] {
  return normalised.match(/[a-z0-9'\uac00-\ud7a3]+/g) ?? [];
}

/** FNV-1a hashes of "w:" + each word and "b:" + each adjacent word pair (the prefixes keep them apart from chars). */
export function wordHashes(normalised: string): Uint32Array {
  const ws = words(normalised);
  const out = new Uint32Array(ws.length * 2);
  let k = 0;
  for (let i = 0; i < ws.length; i++) {
    out[k++] = fnv1a(`w:${ws[i]}`);
    if (i + 1 < ws.length) out[k++] = fnv1a(`b:${ws[i]} ${ws[i + 1]}`);
  }
  return out.subarray(0, k);
}

/**
 * FNV-1a hashes of the Hangul jamo 2–5-grams of each Hangul word (initial, medial and final letters, the word's
 * edges as spaces; 'j' prefix). Syllable n-grams see 두려워요, 두렵다, 두려움 as different words; jamo n-grams
 * share ㄷㅜㄹㅕ and the ending letters (…ㅇㅛ, …ㄷㅏ), so rare inflections of a known stem still count.
 */
export function jamoHashes(normalised: string): Uint32Array {
  const out: number[] = [];
  for (const w of normalised.match(/[\uac00-\ud7a3]+/g) ?? []) {
    const seq = [32];
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i) - 0xac00;
      seq.push(0x1100 + Math.floor(c / 588), 0x1161 + Math.floor((c % 588) / 28));
      if (c % 28) seq.push(0x11a7 + (c % 28));
    }
    seq.push(32);
    for (let i = 0; i < seq.length; i++) {
      let h = Math.imul(0x811c9dc5 ^ 106, 0x01000193);
      for (let n = 1; n <= 5 && i + n <= seq.length; n++) {
        h = Math.imul(h ^ seq[i + n - 1], 0x01000193);
        if (n >= 2) out.push(h >>> 0);
      }
    }
  }
  return Uint32Array.from(out);
}

export interface EmotionFeatureSpec {
  minN: number;
  maxN: number;
  /** Word unigrams + bigrams and the language feature besides the character n-grams. */
  words?: boolean;
  /** Hangul jamo 2–5-grams per word (jamoHashes) as well; needs words. */
  jamo?: boolean;
}

/** Term counts of the text's features in `buckets` (a power of two). */
export function emotionFeatures(text: string, buckets: number, spec: EmotionFeatureSpec): SparseVector {
  const norm = normalise(text);
  const chars = ngramHashes(norm, spec.minN, spec.maxN);
  if (!spec.words) return bucketise(chars, buckets);
  const w = wordHashes(norm);
  const j = spec.jamo ? jamoHashes(norm) : new Uint32Array(0);
  const all = new Uint32Array(chars.length + w.length + j.length + 1);
  all.set(chars);
  all.set(w, chars.length);
  all.set(j, chars.length + w.length);
  all[all.length - 1] = fnv1a(`lang:${detectLanguage(text)}`);
  return bucketise(all, buckets);
}
