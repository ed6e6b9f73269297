// classifyMessage: topic routing + emotion for one chat message, offline by default. An optional refiner (an LLM,
// configured in a later issue) may improve the offline answer but is never depended on: if it is absent, fails,
// or returns nothing, the offline result stands and `source` says so.
import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import { detectLanguage, type Language } from '../../common/text/features';
import { requireViewer } from '../customers';
import { analyseEmotionText, emotionModel, type EmotionResult } from '../emotion';
import { classifyTopicText, topicModel } from './topic-classifier';
import type { Scored, Topic } from './topic-model';
import type { FinanceIntent } from './training/ko-finance';

/** Longest message classified, in characters (a chat message, not a document). */
export const MAX_MESSAGE_LENGTH = 4000;

export interface MessageClassification {
  topic: Topic;
  confidence: number;
  intent: Scored<FinanceIntent> | null;
  alternatives: Scored<FinanceIntent>[];
  emotion: EmotionResult;
  language: Language;
  modelVersion: string;
  source: 'OFFLINE' | 'REFINED';
}

/** Optional second opinion (e.g. an LLM). Returning null keeps the offline answer. */
export interface ClassificationRefiner {
  refine(text: string, offline: MessageClassification): Promise<MessageClassification | null>;
}

// Control characters other than tab/newline, and U+FFFD from undecodable bytes: dropped before classifying.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Pure and synchronous: the offline classification of a (validated) text. */
export function classifyOffline(text: string): MessageClassification {
  const clean = text.replace(CONTROL, ' ');
  const t = classifyTopicText(clean);
  return {
    topic: t.topic,
    confidence: t.confidence,
    intent: t.intent,
    alternatives: t.alternatives,
    emotion: analyseEmotionText(clean),
    language: detectLanguage(clean),
    modelVersion: `${topicModel().version}+${emotionModel().version}`,
    source: 'OFFLINE',
  };
}

export class TopicService {
  constructor(private readonly refiner?: ClassificationRefiner) {}

  async classifyMessage(ctx: RequestContext, text: string): Promise<MessageClassification> {
    requireViewer(ctx);
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (text.length > MAX_MESSAGE_LENGTH) {
      throw badInput('text', `must be at most ${MAX_MESSAGE_LENGTH} characters (got ${text.length})`);
    }
    const offline = classifyOffline(text);
    if (!this.refiner) return offline;
    try {
      return (await this.refiner.refine(text, offline)) ?? offline;
    } catch {
      return offline;
    }
  }
}
