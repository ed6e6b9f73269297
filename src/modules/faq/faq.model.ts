// The FAQ catalogue (issue 17): FAQ entries the staff FAQ bot answers from and intent example phrases the
// counsellor's intent classifier uses beside its trained model. Data, not code: ADMIN changes them through the API,
// every change bumps the entry's and the catalogue's version, and each replica caches the catalogue by version.

export type FaqLanguage = 'ko' | 'en';

export interface FaqEntry {
  id: string;
  /** Stable key (lower-case letters, digits, `-`, `_`), unique among all entries, retired ones included. */
  key: string;
  questionsKo: string[];
  questionsEn: string[];
  /** Answer templates: may cite the latest import with `{{import.…}}` placeholders (FAQ_PLACEHOLDERS). */
  answerKo: string;
  answerEn: string;
  /** Lower is tried first when several entries match a question. */
  priority: number;
  active: boolean;
  version: number;
  updatedAt: Date;
}

export interface IntentPhrase {
  id: string;
  intent: string;
  language: FaqLanguage;
  phrase: string;
  active: boolean;
  version: number;
  updatedAt: Date;
}

/** What the counsellor reads: the active entries and phrases as of one catalogue version. */
export interface FaqCatalogueSnapshot {
  version: number;
  entries: FaqEntry[];
  phrases: IntentPhrase[];
}

/** Limits of the admin input (checked with field-named errors). */
export const FAQ_LIMITS = {
  keyPattern: /^[a-z0-9][a-z0-9_-]{0,63}$/,
  maxVariants: 30,
  maxVariantLength: 200,
  maxAnswerLength: 2000,
  maxPhraseLength: 200,
  maxEntries: 500,
} as const;
