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

export const EMOTION_MODEL_FILE = path.join(__dirname, 'model', 'emotion-model.json');

let cached: LoadedEmotionModel | undefined;

export function emotionModel(): LoadedEmotionModel {
  cached ??= loadEmotionModel(JSON.parse(fs.readFileSync(EMOTION_MODEL_FILE, 'utf8')) as EmotionArtefact);
  return cached;
}

export function analyseEmotionText(text: string): EmotionResult {
  return analyseEmotion(emotionModel(), text);
}
