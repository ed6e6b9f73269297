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
import { findCues } from './emotion-cues';

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
 */
export function analyseEmotionText(text: string, opts: { fragment?: boolean } = {}): EmotionResult {
  const r = analyseEmotion(emotionModel(), text);
  if (opts.fragment && r.label !== 'NEUTRAL' && findCues(text).length === 0)
    return { ...r, label: 'NEUTRAL', intensity: 0 };
  return r;
}
