import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Language of an intent example phrase (GraphQL names KO/EN; stored as ko/en). */
export enum FaqLanguageCode {
  KO = 'ko',
  EN = 'en',
}

registerEnumType(FaqLanguageCode, {
  name: 'FaqLanguage',
  description: 'Language of an intent example phrase.',
  valuesConfig: {
    KO: { description: 'Korean.' },
    EN: { description: 'English.' },
  },
});

@ObjectType('FaqEntry', {
  description:
    'An entry the staff FAQ bot answers from: question variants in Korean and English and an answer in each, which may cite the latest import with {{import.…}} placeholders (see faqCatalogue.placeholders).',
})
export class FaqEntryType {
  @Field(() => ID, { description: 'Global id of the entry.' })
  id!: string;

  @Field({ description: 'Stable key, unique among all entries (retired ones included).' })
  key!: string;

  @Field(() => [String], {
    description: 'Korean ways of asking it (matched within the question, spaces ignored).',
  })
  questionsKo!: string[];

  @Field(() => [String], { description: 'English ways of asking it (matched where a word starts).' })
  questionsEn!: string[];

  @Field({ description: 'Korean answer template.' })
  answerKo!: string;

  @Field({ description: 'English answer template.' })
  answerEn!: string;

  @Field(() => Int, { description: 'When several entries match, the lowest priority answers.' })
  priority!: number;

  @Field({ description: 'False once retired (kept for the history).' })
  active!: boolean;

  @Field(() => Int, { description: 'Version of the entry: 1 when created, +1 per change.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('IntentPhrase', {
  description:
    'An example phrase of a counselling intent: a message equal to it (after normalisation) gets that intent, before the trained model is asked.',
})
export class IntentPhraseType {
  @Field(() => ID, { description: 'Global id of the phrase.' })
  id!: string;

  @Field({ description: 'The counselling intent, e.g. NEXT_PAYMENT or IMPORT_FAQ.' })
  intent!: string;

  @Field(() => FaqLanguageCode, { description: 'Language of the phrase.' })
  language!: FaqLanguageCode;

  @Field({ description: 'The phrase as entered.' })
  phrase!: string;

  @Field({ description: 'False once retired.' })
  active!: boolean;

  @Field(() => Int, { description: 'Version of the phrase: 1 when added, +1 per change.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('FaqPlaceholder', { description: 'A placeholder an FAQ answer may use, written {{name}}.' })
export class FaqPlaceholderType {
  @Field({ description: 'Name, e.g. import.rowsImported.' })
  name!: string;

  @Field({ description: 'What it shows.' })
  description!: string;
}

@ObjectType('FaqCatalogue', {
  description: 'The FAQ entries and intent example phrases the counsellor uses (staff read, ADMIN change).',
})
export class FaqCatalogueType {
  @Field(() => Int, { description: 'Catalogue version: +1 per change of any entry or phrase.' })
  version!: number;
}
