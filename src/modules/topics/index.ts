// What other modules and the composition root may use from the topics module.
export { TopicResolver } from './topics.resolver';
export { TopicService, classifyOffline, MAX_MESSAGE_LENGTH } from './topics.service';
export type { ClassificationRefiner, MessageClassification } from './topics.service';
export { classifyTopicText, topicModel } from './topic-classifier';
export type { TopicResult, Topic } from './topic-model';
export type { FinanceIntent } from './training/ko-finance';
export {
  understandMessage,
  asksNothing,
  intentModel,
  resolveDay,
  resolveNamedMonth,
  yearPeriod,
  ACKNOWLEDGEMENT,
  CAPABILITY_ASKED,
  HUMAN_ASKED,
  OUT_OF_SCOPE,
  SOCIAL_SAID,
  FIRST_QUESTION_BACK,
} from './understanding/understand';
export { APP_COMPLAINT } from './understanding/cues';
export { withStatedFigures } from './understanding/stated-figures';
export {
  evaluateIntents,
  formatIntentEvaluation,
  devQuestions,
  type IntentEvaluation,
  type LabelledQuestion,
} from './understanding/eval';
export {
  CONVERSION_MAX_MONTHS,
  COSTLIEST_LOAN,
  extractSlots,
  INTENT_SLOTS,
  LENDERS,
  lenderInEnglish,
  lenderMatches,
  MERCHANTS,
  merchantDisplayName,
} from './understanding/slots';
export * from './counsel-intents';
