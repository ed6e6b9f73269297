import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import type { Scored } from './topic-model';
import { EmotionKind, FinanceIntentKind, MessageLanguage, MessageTopic } from './topics.enums';
import { MAX_MESSAGE_LENGTH, type MessageClassification, TopicService } from './topics.service';
import { MessageClassificationType } from './topics.type';
import type { FinanceIntent } from './training/ko-finance';

const round = (x: number) => Math.round(x * 10000) / 10000;
const intent = (s: Scored<FinanceIntent>) => ({
  label: s.label as FinanceIntentKind,
  confidence: round(s.confidence),
});

export function toMessageClassificationType(c: MessageClassification): MessageClassificationType {
  return Object.assign(new MessageClassificationType(), {
    topic: c.topic as MessageTopic,
    confidence: round(c.confidence),
    intent: c.intent ? intent(c.intent) : null,
    alternatives: c.alternatives.map(intent),
    emotion: {
      label: c.emotion.label as EmotionKind,
      intensity: c.emotion.intensity,
      scores: {
        anxious: c.emotion.scores.ANXIOUS,
        frustrated: c.emotion.scores.FRUSTRATED,
        sad: c.emotion.scores.SAD,
        neutral: c.emotion.scores.NEUTRAL,
        hopeful: c.emotion.scores.HOPEFUL,
      },
    },
    language: c.language as MessageLanguage,
    modelVersion: c.modelVersion,
  });
}

@Resolver()
export class TopicResolver {
  constructor(private readonly topics: TopicService) {}

  @Query(() => MessageClassificationType, {
    description:
      'Classifies a chat message: GENERAL vs FINANCE topic, the finance intent, the emotion with its intensity, and ' +
      `the language. Offline models, any signed-in user; text of 1..${MAX_MESSAGE_LENGTH} characters.`,
  })
  async classifyMessage(
    @Arg('text', { description: `The message, 1..${MAX_MESSAGE_LENGTH} characters.` }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageClassificationType> {
    return toMessageClassificationType(await this.topics.classifyMessage(ctx, text));
  }
}
