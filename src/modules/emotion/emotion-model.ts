// Emotion: a trained softmax model over hashed character n-grams and (format 2) word uni/bigrams (KOTE +
// GoEmotions + own lines, see src/cli/train-emotion.ts), per-language log-score offsets calibrated on a train-side
// split, plus finance cues, then an intensity. Pure scoring over a loaded artefact.
import { detectLanguage, logTfL2, type Language } from '../../common/text/features';
import {
  deserialiseModel,
  scores as linearScores,
  softmax,
  type LinearModel,
  type SerialisedLinearModel,
} from '../../common/text/linear';
import { cueAdjustments, findCues, intensifierCount } from './emotion-cues';
import { emotionFeatures } from './emotion-features';
import { EMOTION_LABELS, type EmotionLabel } from './emotion.enums';

export interface EmotionArtefact {
  format: 'fingraph-emotion/1' | 'fingraph-emotion/2';
  version: string;
  features: { minN: number; maxN: number; words?: boolean; jamo?: boolean };
  model: SerialisedLinearModel;
  /**
   * Format 2: log-score offsets (order of EMOTION_LABELS) added for texts of that language, tuned by train:emotion
   * on a train-side validation split (a prior correction: the mixed training set is mostly English).
   */
  offsets?: Partial<Record<Language, number[]>>;
  dev: Record<string, unknown>;
  attribution: string[];
}

export interface LoadedEmotionModel {
  version: string;
  minN: number;
  maxN: number;
  words?: boolean;
  jamo?: boolean;
  offsets?: Partial<Record<Language, number[]>>;
  model: LinearModel;
}

export interface EmotionResult {
  label: EmotionLabel;
  /** 0..1: how strongly the message expresses the emotion; 0 for NEUTRAL. */
  intensity: number;
  /** Probability of every label (sums to 1). */
  scores: Record<EmotionLabel, number>;
  modelVersion: string;
}

export function loadEmotionModel(a: EmotionArtefact): LoadedEmotionModel {
  if (a.format !== 'fingraph-emotion/1' && a.format !== 'fingraph-emotion/2')
    throw new Error(`unknown emotion model format ${String(a.format)}`);
  const model = deserialiseModel(a.model);
  if (model.labels.join() !== EMOTION_LABELS.join()) throw new Error('emotion model labels do not match');
  for (const o of Object.values(a.offsets ?? {}))
    if (o.length !== EMOTION_LABELS.length || !o.every(Number.isFinite))
      throw new Error('emotion model offsets do not match the labels');
  return {
    version: a.version,
    minN: a.features.minN,
    maxN: a.features.maxN,
    words: a.features.words === true,
    jamo: a.features.jamo === true,
    offsets: a.offsets,
    model,
  };
}

/** Intensity = rescaled probability of the winning label (1/5 → 0, 1 → 1) plus 0.1 per intensifier (max 3). */
export function intensityOf(label: EmotionLabel, p: number, intensifiers: number): number {
  if (label === 'NEUTRAL') return 0;
  const base = Math.max(0, (p - 1 / EMOTION_LABELS.length) / (1 - 1 / EMOTION_LABELS.length));
  return Math.min(1, Math.round((base + 0.1 * Math.min(3, intensifiers)) * 1000) / 1000);
}

export function analyseEmotion(
  m: LoadedEmotionModel,
  text: string,
  opts: { cues?: boolean; offsets?: boolean } = {},
): EmotionResult {
  const z = emotionLogits(m, text, opts);
  const p = softmax(z);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  const label = EMOTION_LABELS[best];
  const scores = Object.fromEntries(
    EMOTION_LABELS.map((l, i) => [l, Math.round(p[i] * 10000) / 10000]),
  ) as Record<EmotionLabel, number>;
  return {
    label,
    intensity: intensityOf(label, p[best], intensifierCount(text)),
    scores,
    modelVersion: m.version,
  };
}

/** Log-scores before softmax: model, then the language's offsets, then the finance cues (each can be switched off). */
export function emotionLogits(
  m: LoadedEmotionModel,
  text: string,
  opts: { cues?: boolean; offsets?: boolean } = {},
): number[] {
  const x = emotionFeatures(text, m.model.buckets, m);
  const z = Array.from(linearScores(m.model, m.model.input === 'counts' ? x : logTfL2(x)));
  const offsets = opts.offsets !== false ? m.offsets?.[detectLanguage(text)] : undefined;
  if (offsets) offsets.forEach((o, i) => (z[i] += o));
  if (opts.cues !== false) {
    const adj = cueAdjustments(findCues(text));
    EMOTION_LABELS.forEach((label, i) => (z[i] += adj[label]));
  }
  return z;
}
