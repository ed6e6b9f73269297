// What other modules and the composition root may use from the chat module.
export { ChatResolver } from './chat.resolver';
export { ChatService, CHAT_CANCEL_TOPIC, type ChatServiceOptions } from './chat.service';
export { ChatGenerator, type GenerationOptions } from './chat-generation';
export { ChatMemory, type ChatMemoryOptions } from './chat-memory';
export { ChatRepository } from './chat.repository';
export { AdviceAuditEntity, ChatMessageEntity, ConversationEntity } from './chat.entity';
export { CHAT_MESSAGE_TYPE, CONVERSATION_TYPE, toChatMessageType, toConversationType } from './chat.mapper';
export { maskPii, tokenize } from './chat-text';
export { streamKey as chatStreamKey } from './chat.model';
export type { Counsellor, PreparedTurn } from './counsel/counsellor';
export {
  createCounsellor,
  type CounsellorDeps,
  type DocumentQualityFigures,
  type DocumentQualitySource,
} from './counsel';
