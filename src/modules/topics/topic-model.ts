// The topic-routing model: GENERAL vs FINANCE, then the finance intent. Pure scoring over a loaded artefact
// (built by `npm run train:topic`, see src/cli/train-topic.ts); no I/O here.
import {
  bucketise,
  detectLanguage,
  logTfL2,
  ngramHashes,
  normalise,
  type Language,
} from '../../common/text/features';
import {
  deserialiseModel,
  scores,
  softmax,
  type LinearModel,
  type SerialisedLinearModel,
} from '../../common/text/linear';
import { INTENT_KEYWORDS, KEYWORD_BOOST } from './intent-keywords';
import type { FinanceIntent } from './training/ko-finance';

export type Topic = 'GENERAL' | 'FINANCE';

export interface TopicArtefact {
  format: 'fingraph-topic/1';
  version: string;
  features: { minN: number; maxN: number };
  topic: SerialisedLinearModel;
  intent: SerialisedLinearModel;
  /** Dev-split figures measured when the artefact was built. */
  dev: Record<string, unknown>;
  attribution: string[];
}

export interface Scored<T extends string> {
  label: T;
  confidence: number;
}

export interface TopicResult {
  topic: Topic;
  confidence: number;
  /** Null for GENERAL. */
  intent: Scored<FinanceIntent> | null;
  /** Finance intents other than the chosen one, most likely first (top 3). */
  alternatives: Scored<FinanceIntent>[];
  language: Language;
  modelVersion: string;
}

export interface LoadedTopicModel {
  version: string;
  minN: number;
  maxN: number;
  topic: LinearModel;
  intent: LinearModel;
}

export function loadTopicModel(a: TopicArtefact): LoadedTopicModel {
  if (a.format !== 'fingraph-topic/1') throw new Error(`unknown topic model format ${String(a.format)}`);
  return {
    version: a.version,
    minN: a.features.minN,
    maxN: a.features.maxN,
    topic: deserialiseModel(a.topic),
    intent: deserialiseModel(a.intent),
  };
}

/** Class probabilities of one linear model for a text. */
export function predictProba(m: LinearModel, text: string, minN: number, maxN: number): Float64Array {
  return probaFromHashes(m, ngramHashes(normalise(text), minN, maxN));
}

function probaFromHashes(m: LinearModel, hashes: Uint32Array): Float64Array {
  const counts = bucketise(hashes, m.buckets);
  return softmax(scores(m, m.input === 'counts' ? counts : logTfL2(counts)));
}

/** Intent probabilities: model log-probabilities plus KEYWORD_BOOST for every intent whose keyword matches. */
export function intentProba(
  m: LoadedTopicModel,
  text: string,
  useKeywords = true,
  hashes = ngramHashes(normalise(text), m.minN, m.maxN),
): Float64Array {
  const p = probaFromHashes(m.intent, hashes);
  if (!useKeywords) return p;
  const z = Array.from(p, (v, i) => {
    const label = m.intent.labels[i] as FinanceIntent;
    return Math.log(Math.max(v, 1e-12)) + (INTENT_KEYWORDS[label]?.test(text) ? KEYWORD_BOOST : 0);
  });
  return softmax(z);
}

export function classifyTopic(m: LoadedTopicModel, text: string): TopicResult {
  const language = detectLanguage(text);
  const hashes = ngramHashes(normalise(text), m.minN, m.maxN);
  const p = probaFromHashes(m.topic, hashes);
  const financeIdx = m.topic.labels.indexOf('FINANCE');
  const pFinance = p[financeIdx];
  const topic: Topic = pFinance >= 0.5 ? 'FINANCE' : 'GENERAL';
  const ranked = Array.from(intentProba(m, text, true, hashes), (confidence, i) => ({
    label: m.intent.labels[i] as FinanceIntent,
    confidence,
  })).sort((a, b) => b.confidence - a.confidence);
  return {
    topic,
    confidence: topic === 'FINANCE' ? pFinance : 1 - pFinance,
    intent: topic === 'FINANCE' ? ranked[0] : null,
    alternatives: topic === 'FINANCE' ? ranked.slice(1, 4) : ranked.slice(0, 3),
    language,
    modelVersion: m.version,
  };
}
