// The counsel intent model: softmax regression over hashed character n-grams (common/text) plus keyword cues
// (cues.ts) over the text with slot values masked, scored as softmax(log p_model + boost · [cue matches]). Pure scoring over a loaded artefact built
// by `npm run train:intents` (src/cli/train-intents.ts); no I/O here.
import { bucketise, logTfL2, ngramHashes, normalise } from '../../../common/text/features';
import {
  deserialiseModel,
  scores,
  softmax,
  type LinearModel,
  type SerialisedLinearModel,
} from '../../../common/text/linear';
import type { CounselIntent } from '../counsel-intents';
import { cueIntents } from './cues';
import { maskSlotValues } from './slots';

export interface IntentArtefact {
  format: 'fingraph-intents/1';
  version: string;
  features: { minN: number; maxN: number };
  model: SerialisedLinearModel;
  /** Log-odds added for every intent whose cue matches; chosen by cross-validation on the training split. */
  cueBoost: number;
  /** Figures measured when the artefact was built (cross-validation on train; dev for the record). */
  figures: Record<string, unknown>;
  attribution: string[];
}

export interface LoadedIntentModel {
  version: string;
  minN: number;
  maxN: number;
  model: LinearModel;
  cueBoost: number;
}

export function loadIntentModel(a: IntentArtefact): LoadedIntentModel {
  if (a.format !== 'fingraph-intents/1') throw new Error(`unknown intent model format ${String(a.format)}`);
  return {
    version: a.version,
    minN: a.features.minN,
    maxN: a.features.maxN,
    model: deserialiseModel(a.model),
    cueBoost: a.cueBoost,
  };
}

/** The model's input text: slot values masked (slots.ts), normalised. */
export function modelText(text: string): string {
  return normalise(maskSlotValues(text));
}

/** Intent probabilities (model + cues), in the order of `m.model.labels`. */
export function intentProbabilities(m: LoadedIntentModel, text: string): Float64Array {
  const counts = bucketise(ngramHashes(modelText(text), m.minN, m.maxN), m.model.buckets);
  const p = softmax(scores(m.model, logTfL2(counts)));
  if (m.cueBoost === 0) return p;
  const cued = new Set<string>(cueIntents(text));
  const z = Array.from(
    p,
    (v, i) => Math.log(Math.max(v, 1e-12)) + (cued.has(m.model.labels[i]) ? m.cueBoost : 0),
  );
  return softmax(z);
}

/** Intents ranked by probability, best first. */
export function rankIntents(
  m: LoadedIntentModel,
  text: string,
): { intent: CounselIntent; probability: number }[] {
  return Array.from(intentProbabilities(m, text), (probability, i) => ({
    intent: m.model.labels[i] as CounselIntent,
    probability,
  })).sort((a, b) => b.probability - a.probability);
}
