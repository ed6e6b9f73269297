import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Citation, TurnScenario } from './counsel/counsellor';
import type { ChatMessageStatus, ChatRole } from './chat.enums';

// Storage only: the API shapes are in chat.type.ts, mapped in chat.mapper.ts.

@Entity('conversation')
export class ConversationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId!: string;

  @Column({ name: 'owner_role', type: 'text' })
  ownerRole!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('chat_message')
export class ChatMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Identity column: the order of messages in a conversation. bigint arrives as a string. */
  @Column({ type: 'bigint', insert: false, update: false, generated: 'identity' })
  seq!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ type: 'text' })
  role!: ChatRole;

  @Column({ type: 'text' })
  status!: ChatMessageStatus;

  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text', nullable: true })
  topic!: string | null;

  @Column({ type: 'text', nullable: true })
  intent!: string | null;

  @Column({ name: 'topic_confidence', type: 'double precision', nullable: true })
  topicConfidence!: number | null;

  @Column({ name: 'emotion_label', type: 'text', nullable: true })
  emotionLabel!: string | null;

  @Column({ name: 'emotion_intensity', type: 'double precision', nullable: true })
  emotionIntensity!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  scenario!: TurnScenario | null;

  @Column({ name: 'tools_used', type: 'text', array: true, default: () => "'{}'" })
  toolsUsed!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  citations!: Citation[];

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ type: 'boolean', default: false })
  fallback!: boolean;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'token_count', type: 'integer', default: 0 })
  tokenCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}

/** The compliance record of one piece of advice: who asked, when, on which data and scenario, answered how. */
@Entity('advice_audit')
export class AdviceAuditEntity {
  /** bigint identity, arrives as a string. */
  @PrimaryColumn({ type: 'bigint', generated: 'identity', insert: false })
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'user_role', type: 'text' })
  userRole!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'answer_kind', type: 'text' })
  answerKind!: string;

  @Column({ name: 'scenario_label', type: 'text', nullable: true })
  scenarioLabel!: string | null;

  @Column({ name: 'scenario_probability', type: 'double precision', nullable: true })
  scenarioProbability!: number | null;

  @Column({ name: 'threshold_version', type: 'text', nullable: true })
  thresholdVersion!: string | null;

  @Column({ name: 'tools_used', type: 'text', array: true, default: () => "'{}'" })
  toolsUsed!: string[];

  @Column({ name: 'audit_data', type: 'jsonb', default: () => "'{}'" })
  auditData!: Record<string, unknown>;

  @Column({ name: 'review_flags', type: 'text', array: true, default: () => "'{}'" })
  reviewFlags!: string[];

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  /** The answer's text exactly as the customer received it. */
  @Column({ name: 'sent_text', type: 'text', nullable: true })
  sentText!: string | null;

  @Column({ type: 'boolean', default: false })
  fallback!: boolean;

  // The hash chain (issue 16): set by the table's trigger, never written by the application.
  @Column({ name: 'chain_seq', type: 'bigint', insert: false, update: false, select: false })
  chainSeq?: string;

  @Column({ name: 'prev_hash', type: 'text', insert: false, update: false, select: false })
  prevHash?: string;

  @Column({ name: 'row_hash', type: 'text', insert: false, update: false, select: false })
  rowHash?: string;
}
