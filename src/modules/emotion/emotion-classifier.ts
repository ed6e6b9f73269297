// Loads the shipped emotion artefact lazily, once per process.
import fs from 'node:fs';
import path from 'node:path';
import {
  analyseEmotion,
  loadEmotionModel,
  type EmotionArtefact,
  type EmotionResult,
  type LoadedEmotionModel,
} from './emotion-model';
import { findCues, intensifierCount } from './emotion-cues';

export const EMOTION_MODEL_FILE = path.join(__dirname, 'model', 'emotion-model.json');

let cached: LoadedEmotionModel | undefined;

export function emotionModel(): LoadedEmotionModel {
  cached ??= loadEmotionModel(JSON.parse(fs.readFileSync(EMOTION_MODEL_FILE, 'utf8')) as EmotionArtefact);
  return cached;
}

/**
 * The emotion of a message. A short fragment continuing the previous question ("그 전 달은?", "and last quarter?")
 * carries no emotion of its own unless a cue word says so ("그럼 전세대출은요? 걱정돼요"): the model's read of five
 * syllables is noise, and a tone line answering it ("많이 힘드셨겠어요" to "그 전 달은?") reads as a misunderstanding.
 * So does a plain factual question (`factual`: "다음납입일언제" read SAD 0.57, "이번달 식비 얼마나 썼어요" HOPEFUL)
 * with no cue word and no intensifier. Neither changes eval:emotion, which scores the model with its cues.
 */
export function analyseEmotionText(
  text: string,
  opts: { fragment?: boolean; factual?: boolean; worry?: boolean } = {},
): EmotionResult {
  const r = analyseEmotion(emotionModel(), text);
  const plain = opts.fragment || (opts.factual && intensifierCount(text) === 0);
  const cues = plain || opts.worry ? findCues(text) : [];
  if (plain && r.label !== 'NEUTRAL' && cues.length === 0) return { ...r, label: 'NEUTRAL', intensity: 0 };
  // A question about a payment they cannot make, arrears or a charge they did not make (`worry`) is not cheerful
  // unless a word says so: "다음달 이자 한달만 미룰수있나요" read HOPEFUL on the model alone.
  if (opts.worry && r.label === 'HOPEFUL' && !cues.some((c) => c.label === 'HOPEFUL' && !c.negated))
    return { ...r, label: 'NEUTRAL', intensity: 0 };
  return r;
}
