import { Field, Float, ObjectType } from 'type-graphql';
import { EmotionKind, FinanceIntentKind, MessageLanguage, MessageTopic } from './topics.enums';

@ObjectType('IntentScore', { description: 'A finance intent with the classifier’s probability for it.' })
export class IntentScoreType {
  @Field(() => FinanceIntentKind, { description: 'The intent.' })
  label!: FinanceIntentKind;

  @Field(() => Float, { description: 'Probability 0..1 among the finance intents.' })
  confidence!: number;
}

@ObjectType('EmotionScores', { description: 'Probability of every emotion label (they sum to 1).' })
export class EmotionScoresType {
  @Field(() => Float, { description: 'Probability of ANXIOUS.' })
  anxious!: number;

  @Field(() => Float, { description: 'Probability of FRUSTRATED.' })
  frustrated!: number;

  @Field(() => Float, { description: 'Probability of SAD.' })
  sad!: number;

  @Field(() => Float, { description: 'Probability of NEUTRAL.' })
  neutral!: number;

  @Field(() => Float, { description: 'Probability of HOPEFUL.' })
  hopeful!: number;
}

@ObjectType('EmotionAnalysis', { description: 'How the person seems to feel in the message.' })
export class EmotionAnalysisType {
  @Field(() => EmotionKind, { description: 'The most likely emotional state.' })
  label!: EmotionKind;

  @Field(() => Float, {
    description:
      'Strength 0..1: the rescaled probability of the label plus 0.1 per intensifier (너무, 진짜, !!, ㅠㅠ, very…, at ' +
      'most 3); 0 for NEUTRAL.',
  })
  intensity!: number;

  @Field(() => EmotionScoresType, { description: 'Probability of every label.' })
  scores!: EmotionScoresType;
}

@ObjectType('MessageClassification', {
  description: 'Topic routing and emotion for one chat message (offline models; see docs/counselling.md).',
})
export class MessageClassificationType {
  @Field(() => MessageTopic, { description: 'GENERAL chat or FINANCE counselling.' })
  topic!: MessageTopic;

  @Field(() => Float, { description: 'Probability 0..1 of the chosen topic.' })
  confidence!: number;

  @Field(() => IntentScoreType, {
    nullable: true,
    description: 'The finance intent; null for GENERAL messages.',
  })
  intent!: IntentScoreType | null;

  @Field(() => [IntentScoreType], {
    description: 'The next most likely finance intents (up to 3), most likely first.',
  })
  alternatives!: IntentScoreType[];

  @Field(() => EmotionAnalysisType, { description: 'The emotional state expressed.' })
  emotion!: EmotionAnalysisType;

  @Field(() => MessageLanguage, { description: 'Language of the message.' })
  language!: MessageLanguage;

  @Field({ description: 'Versions of the topic and emotion models used, e.g. topic-…+emotion-….' })
  modelVersion!: string;
}
