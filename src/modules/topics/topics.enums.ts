import { registerEnumType } from 'type-graphql';

export enum MessageTopic {
  GENERAL = 'GENERAL',
  FINANCE = 'FINANCE',
}

export enum FinanceIntentKind {
  LOANS = 'LOANS',
  REPAYMENT_TROUBLE = 'REPAYMENT_TROUBLE',
  REFINANCE = 'REFINANCE',
  LOAN_LIMIT = 'LOAN_LIMIT',
  SPENDING = 'SPENDING',
  SAVING = 'SAVING',
  CARD = 'CARD',
  FORECAST = 'FORECAST',
  PRODUCT_QUESTION = 'PRODUCT_QUESTION',
  UPLOAD_FAQ = 'UPLOAD_FAQ',
}

export enum EmotionKind {
  ANXIOUS = 'ANXIOUS',
  FRUSTRATED = 'FRUSTRATED',
  SAD = 'SAD',
  NEUTRAL = 'NEUTRAL',
  HOPEFUL = 'HOPEFUL',
}

export enum MessageLanguage {
  KO = 'KO',
  EN = 'EN',
  MIXED = 'MIXED',
}

registerEnumType(MessageTopic, {
  name: 'MessageTopic',
  description: 'What a message is about: GENERAL chat or FINANCE counselling.',
});
registerEnumType(FinanceIntentKind, {
  name: 'FinanceIntent',
  description:
    'What a finance message asks for: LOANS, REPAYMENT_TROUBLE (연체/상환 곤란), REFINANCE (대환), LOAN_LIMIT (한도/DSR), ' +
    'SPENDING, SAVING, CARD, FORECAST (전망), PRODUCT_QUESTION, UPLOAD_FAQ (file uploads).',
});
registerEnumType(EmotionKind, {
  name: 'Emotion',
  description:
    'Emotional state: ANXIOUS, FRUSTRATED (incl. angry), SAD, NEUTRAL, HOPEFUL (positive, relieved).',
});
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description:
    'KO (≥ 80 % of letters Hangul), EN (≥ 80 % Latin) or MIXED; text without letters counts as KO.',
});
