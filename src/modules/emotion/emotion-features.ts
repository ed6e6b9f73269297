// Emotion input features: the shared character n-grams (common/text/features) plus, from artefact format 2, word
// unigrams and bigrams hashed into the same buckets, and one language feature (KO/EN/MIXED). Words carry what
// character windows split or blur: "잠이 안 와요" as a pair, "not worried" as one bigram; the language feature is a
// per-language bias, so Korean class balance no longer moves the English priors (they shared one bias). Pure.
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

export interface EmotionFeatureSpec {
  minN: number;
  maxN: number;
  /** Word unigrams + bigrams and the language feature besides the character n-grams. */
  words?: boolean;
}

/** Term counts of the text's features in `buckets` (a power of two). */
export function emotionFeatures(text: string, buckets: number, spec: EmotionFeatureSpec): SparseVector {
  const norm = normalise(text);
  const chars = ngramHashes(norm, spec.minN, spec.maxN);
  if (!spec.words) return bucketise(chars, buckets);
  const w = wordHashes(norm);
  const all = new Uint32Array(chars.length + w.length + 1);
  all.set(chars);
  all.set(w, chars.length);
  all[all.length - 1] = fnv1a(`lang:${detectLanguage(text)}`);
  return bucketise(all, buckets);
}
