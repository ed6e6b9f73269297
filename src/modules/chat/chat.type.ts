import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/graphql/types';
import { ChatMessageStatus, ChatRole } from './chat.enums';

registerEnumType(ChatRole, {
  name: 'ChatRole',
  valuesConfig: {
    ASSISTANT: { description: 'Written by the counsellor (offline counsellor or LLM).' },
    USER: { description: 'Written by the user.' },
  },
  description: 'Who wrote a chat message: the USER or the ASSISTANT (the counsellor).',
});
registerEnumType(ChatMessageStatus, {
  name: 'ChatMessageStatus',
  valuesConfig: {
    STREAMING: { description: 'Tokens are still being generated.' },
    COMPLETE: { description: 'The answer is finished.' },
    FAILED: { description: 'The answer ended with an error (see failureReason).' },
    CANCELLED: { description: 'Cancelled by the user; the text so far is kept.' },
  },
  description:
    'STREAMING while tokens are generated, then COMPLETE, FAILED (see failureReason) or CANCELLED (text so far kept).',
});

@ObjectType('ChatTopic', { description: 'What the user message of the turn was about.' })
export class ChatTopicType {
  @Field({ description: 'GENERAL chat or FINANCE counselling.' })
  topic!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The question asked (e.g. NEXT_PAYMENT, REFINANCE, HARDSHIP — see docs/counselling.md); null for GENERAL. ' +
      'Older messages carry the coarse intents (e.g. REPAYMENT_TROUBLE).',
  })
  intent!: string | null;

  @Field(() => Float, { description: 'Classifier confidence, 0–1.' })
  confidence!: number;
}

@ObjectType('ChatEmotion', { description: "The emotion read from the user's message." })
export class ChatEmotionType {
  @Field({ description: 'ANXIOUS, FRUSTRATED, SAD, NEUTRAL or HOPEFUL.' })
  label!: string;

  @Field(() => Float, { description: 'How strongly it is expressed, 0–1 (0 for NEUTRAL).' })
  intensity!: number;
}

@ObjectType('ChatKeyMetric', { description: 'A metric behind the scenario of a turn, with its threshold.' })
export class ChatKeyMetricType {
  @Field({ description: 'Metric name, e.g. dsr, spendToIncome, maxDaysPastDue.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'The value (null when unknown).' })
  value!: number | null;

  @Field(() => Float, { description: 'The threshold it was compared with.' })
  threshold!: number;

  @Field({ description: 'ABOVE or BELOW: which side of the threshold triggers.' })
  direction!: string;

  @Field({ description: 'Value known and on the triggering side.' })
  triggered!: boolean;
}

@ObjectType('ChatScenario', {
  description: 'The counselling scenario chosen for a turn (the seed response shape).',
})
export class ChatScenarioType {
  @Field({ description: 'Scenario label, e.g. DEBT_BURDEN.' })
  label!: string;

  @Field(() => Float, { description: 'Probability of the scenario, 0–1.' })
  probability!: number;

  @Field({ description: 'Whether the probability is calibrated on labelled data.' })
  calibrated!: boolean;

  @Field({ description: 'Version of the threshold set used.' })
  thresholdVersion!: string;

  @Field(() => [ChatKeyMetricType], { description: 'The metrics behind the scenario.' })
  keyMetrics!: ChatKeyMetricType[];
}

@ObjectType('ChatCitation', { description: 'Where a figure in an answer came from.' })
export class ChatCitationType {
  @Field({ description: 'Source id, e.g. loans, spending:2025Q3, import:<id>.' })
  source!: string;

  @Field({ description: 'Human-readable label of the source.' })
  label!: string;
}

@ObjectType('ChatMessage', { implements: Node, description: 'One message of a conversation.' })
export class ChatMessageType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  /** Local UUID. */
  localId!: string;

  @Field(() => ID, { description: 'Global id of the conversation.' })
  conversationId!: string;

  @Field(() => ChatRole, { description: 'USER or ASSISTANT.' })
  role!: ChatRole;

  @Field(() => ChatMessageStatus, { description: 'Generation status (USER messages are COMPLETE).' })
  status!: ChatMessageStatus;

  @Field({ description: 'The text; while STREAMING, the tokens so far.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Language of the turn: ko or en.' })
  language!: string | null;

  @Field(() => ChatTopicType, { nullable: true, description: 'Topic and intent of the turn.' })
  topic!: ChatTopicType | null;

  @Field(() => ChatEmotionType, {
    nullable: true,
    description: 'Emotion of the user message (finance turns).',
  })
  emotion!: ChatEmotionType | null;

  @Field(() => ChatScenarioType, { nullable: true, description: 'Scenario of the turn (finance turns).' })
  scenario!: ChatScenarioType | null;

  @Field(() => [String], { description: 'Tools run to gather data for this answer (allowlisted names).' })
  toolsUsed!: string[];

  @Field(() => [ChatCitationType], { description: 'Sources of the figures in the answer.' })
  citations!: ChatCitationType[];

  @Field(() => String, {
    nullable: true,
    description: 'Who wrote the answer: offline, openai-compatible:<model> or cache.',
  })
  provider!: string | null;

  @Field({ description: 'True when the offline counsellor took over after an LLM failure.' })
  fallback!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the message FAILED.' })
  failureReason!: string | null;

  @Field(() => Int, { description: 'Number of token-stream entries (deltas) of this message.' })
  tokenCount!: number;

  @Field({ description: 'When the message was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When generation ended.' })
  completedAt!: Date | null;
}

@ObjectType('Conversation', { implements: Node, description: "A chat conversation of the viewer's." })
export class ConversationType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  /** Local UUID, for field resolvers. */
  localId!: string;

  @Field({ description: 'Title: the first message, truncated, until renamed.' })
  title!: string;

  @Field({ description: 'When the conversation was started.' })
  createdAt!: Date;

  @Field({ description: 'When the conversation last changed.' })
  updatedAt!: Date;
}

@ObjectType('ChatStreamEvent', { description: 'One event of a message token stream.' })
export class ChatStreamEventType {
  @Field(() => Int, {
    description: '0-based stream index of this entry; resume with after: <last index seen>.',
  })
  index!: number;

  @Field(() => String, { nullable: true, description: 'The token text; null on the final event.' })
  delta!: string | null;

  @Field({ description: 'True on the final event.' })
  done!: boolean;

  @Field(() => ChatMessageType, {
    nullable: true,
    description: 'The persisted message, on the final event (COMPLETE, FAILED or CANCELLED).',
  })
  message!: ChatMessageType | null;
}
