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
  valuesConfig: {
    FINANCE: { description: 'Finance counselling.' },
    GENERAL: { description: 'General chat.' },
  },
  description: 'What a message is about: GENERAL chat or FINANCE counselling.',
});
registerEnumType(FinanceIntentKind, {
  name: 'FinanceIntent',
  valuesConfig: {
    CARD: { description: 'Card questions (usage, limits, card debt).' },
    FORECAST: { description: "Forecasts of indicators or of the customer's own figures (전망)." },
    LOANS: { description: "The customer's loans: balances, rates, schedules." },
    LOAN_LIMIT: { description: 'How much can be borrowed (한도, DSR).' },
    PRODUCT_QUESTION: { description: 'Questions about a financial product.' },
    REFINANCE: { description: 'Refinancing (대환, 재대출).' },
    REPAYMENT_TROUBLE: { description: 'Difficulty repaying, arrears (연체, 상환 곤란).' },
    SAVING: { description: 'Saving and deposits.' },
    SPENDING: { description: 'Card spending and its categories.' },
    UPLOAD_FAQ: { description: 'Questions about uploaded files and imports (staff FAQ).' },
  },
  description:
    'What a finance message asks for: LOANS, REPAYMENT_TROUBLE (연체/상환 곤란), REFINANCE (대환), LOAN_LIMIT (한도/DSR), ' +
    'SPENDING, SAVING, CARD, FORECAST (전망), PRODUCT_QUESTION, UPLOAD_FAQ (file uploads).',
});
registerEnumType(EmotionKind, {
  name: 'Emotion',
  valuesConfig: {
    ANXIOUS: { description: 'Worried or afraid (불안).' },
    FRUSTRATED: { description: 'Frustrated or angry (답답함, 화남).' },
    HOPEFUL: { description: 'Positive, relieved or hopeful (기대, 안도).' },
    NEUTRAL: { description: 'No marked emotion.' },
    SAD: { description: 'Sad or discouraged (슬픔, 우울).' },
  },
  description:
    'Emotional state: ANXIOUS, FRUSTRATED (incl. angry), SAD, NEUTRAL, HOPEFUL (positive, relieved).',
});
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  valuesConfig: {
    EN: { description: 'At least 80 % of the letters are Latin.' },
    KO: { description: 'At least 80 % of the letters are Hangul (also text without letters).' },
    MIXED: { description: 'Neither reaches 80 %.' },
  },
  description:
    'KO (≥ 80 % of letters Hangul), EN (≥ 80 % Latin) or MIXED; text without letters counts as KO.',
});
