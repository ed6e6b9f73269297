// Loads the shipped topic artefact lazily, once per process, and classifies messages with it.
import fs from 'node:fs';
import path from 'node:path';
import {
  classifyTopic,
  loadTopicModel,
  type LoadedTopicModel,
  type TopicArtefact,
  type TopicResult,
} from './topic-model';

export const TOPIC_MODEL_FILE = path.join(__dirname, 'model', 'topic-model.json');

let cached: LoadedTopicModel | undefined;

/** The shipped model, read and decoded on first use (≈ 20 ms), then kept for the life of the process. */
export function topicModel(): LoadedTopicModel {
  cached ??= loadTopicModel(JSON.parse(fs.readFileSync(TOPIC_MODEL_FILE, 'utf8')) as TopicArtefact);
  return cached;
}

export function classifyTopicText(text: string): TopicResult {
  return classifyTopic(topicModel(), text);
}
