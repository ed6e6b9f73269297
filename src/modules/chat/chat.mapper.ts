import { toGlobalId } from '../../common/global-id';
import type { ChatMessageEntity, ConversationEntity } from './chat.entity';
import type { ChatStreamEvent } from './chat.model';
import { ChatMessageType, ChatStreamEventType, ConversationType } from './chat.type';

export const CONVERSATION_TYPE = 'Conversation';
export const CHAT_MESSAGE_TYPE = 'ChatMessage';

export function toConversationType(e: ConversationEntity): ConversationType {
  return Object.assign(new ConversationType(), {
    id: toGlobalId(CONVERSATION_TYPE, e.id),
    localId: e.id,
    title: e.title,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
}

export function toChatMessageType(e: ChatMessageEntity): ChatMessageType {
  return Object.assign(new ChatMessageType(), {
    id: toGlobalId(CHAT_MESSAGE_TYPE, e.id),
    localId: e.id,
    conversationId: toGlobalId(CONVERSATION_TYPE, e.conversationId),
    role: e.role,
    status: e.status,
    text: e.text,
    language: e.language,
    topic: e.topic === null ? null : { topic: e.topic, intent: e.intent, confidence: e.topicConfidence ?? 0 },
    emotion: e.emotionLabel === null ? null : { label: e.emotionLabel, intensity: e.emotionIntensity ?? 0 },
    scenario: e.scenario
      ? {
          label: e.scenario.label,
          probability: e.scenario.probability,
          calibrated: e.scenario.calibrated,
          thresholdVersion: e.scenario.thresholdVersion,
          keyMetrics: e.scenario.keyMetrics.map((m) => ({
            name: m.name,
            value: m.value,
            threshold: m.threshold,
            direction: m.direction,
            triggered: m.triggered,
          })),
        }
      : null,
    toolsUsed: e.toolsUsed,
    citations: e.citations.map((c) => ({ source: c.source, label: c.label })),
    provider: e.provider,
    fallback: e.fallback,
    failureReason: e.failureReason,
    tokenCount: e.tokenCount,
    createdAt: e.createdAt,
    completedAt: e.completedAt,
  });
}

export function toChatStreamEventType(event: ChatStreamEvent): ChatStreamEventType {
  return Object.assign(new ChatStreamEventType(), {
    index: event.index,
    delta: event.done ? null : event.delta,
    done: event.done,
    message: event.done ? toChatMessageType(event.message) : null,
  });
}
