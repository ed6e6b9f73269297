import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { localIdOf, toGlobalId } from '../../common/global-id';
import {
  AddIntentPhraseInput,
  CreateFaqEntryInput,
  RetireFaqEntryInput,
  RetireIntentPhraseInput,
  UpdateFaqEntryInput,
} from './faq.inputs';
import type { FaqEntry, IntentPhrase } from './faq.model';
import type { FaqService } from './faq.service';
import {
  FaqCatalogueType,
  FaqEntryType,
  FaqLanguageCode,
  FaqPlaceholderType,
  IntentPhraseType,
} from './faq.type';

export const FAQ_ENTRY_TYPE = 'FaqEntry';
export const INTENT_PHRASE_TYPE = 'IntentPhrase';

const entryType = (e: FaqEntry): FaqEntryType => ({ ...e, id: toGlobalId(FAQ_ENTRY_TYPE, e.id) });
const phraseType = (p: IntentPhrase): IntentPhraseType => ({
  ...p,
  id: toGlobalId(INTENT_PHRASE_TYPE, p.id),
  language: p.language === 'ko' ? FaqLanguageCode.KO : FaqLanguageCode.EN,
});

/** FAQ and intent-phrase administration: staff read the catalogue, ADMIN change it. */
@Resolver(() => FaqCatalogueType)
export class FaqResolver {
  constructor(private readonly faq: FaqService) {}

  @Query(() => FaqCatalogueType, {
    description: 'The FAQ entries and intent example phrases the counsellor answers from (ANALYST, ADMIN).',
  })
  async faqCatalogue(@Ctx() ctx: RequestContext): Promise<FaqCatalogueType> {
    return { version: await this.faq.version(ctx) };
  }

  @FieldResolver(() => [FaqEntryType], {
    description: 'The entries, by priority then key (at most 500 active).',
  })
  async entries(
    @Ctx() ctx: RequestContext,
    @Arg('includeRetired', { defaultValue: false, description: 'Also list retired entries.' })
    includeRetired: boolean,
  ): Promise<FaqEntryType[]> {
    return (await this.faq.entries(ctx, includeRetired)).map(entryType);
  }

  @FieldResolver(() => [IntentPhraseType], { description: 'The intent example phrases, by intent.' })
  async intentPhrases(
    @Ctx() ctx: RequestContext,
    @Arg('includeRetired', { defaultValue: false, description: 'Also list retired phrases.' })
    includeRetired: boolean,
    @Arg('intent', () => String, { nullable: true, description: 'Only the phrases of this intent.' })
    intent: string | null,
  ): Promise<IntentPhraseType[]> {
    return (await this.faq.phrases(ctx, includeRetired, intent ?? null)).map(phraseType);
  }

  @FieldResolver(() => [FaqPlaceholderType], { description: 'The placeholders an answer may use.' })
  placeholders(): FaqPlaceholderType[] {
    return this.faq.placeholders();
  }

  @Mutation(() => FaqEntryType, { description: 'Creates an FAQ entry (ADMIN); audited.' })
  async createFaqEntry(
    @Arg('input', () => CreateFaqEntryInput, { description: 'The entry.' }) input: CreateFaqEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqEntryType> {
    return entryType(
      await this.faq.createEntry(ctx, {
        key: input.key,
        questionsKo: input.questionsKo,
        questionsEn: input.questionsEn,
        answerKo: input.answerKo,
        answerEn: input.answerEn,
        priority: input.priority ?? 100,
      }),
    );
  }

  @Mutation(() => FaqEntryType, {
    description: 'Changes an FAQ entry (ADMIN): a new version, audited, used on every replica at once.',
  })
  async updateFaqEntry(
    @Arg('input', () => UpdateFaqEntryInput, { description: 'The entry and what to change.' })
    input: UpdateFaqEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqEntryType> {
    return entryType(
      await this.faq.updateEntry(
        ctx,
        localIdOf(FAQ_ENTRY_TYPE, input.id),
        {
          questionsKo: input.questionsKo ?? undefined,
          questionsEn: input.questionsEn ?? undefined,
          answerKo: input.answerKo ?? undefined,
          answerEn: input.answerEn ?? undefined,
          priority: input.priority ?? undefined,
        },
        input.expectedVersion,
      ),
    );
  }

  @Mutation(() => FaqEntryType, { description: 'Retires an FAQ entry (ADMIN); audited.' })
  async retireFaqEntry(
    @Arg('input', () => RetireFaqEntryInput, { description: 'The entry.' }) input: RetireFaqEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqEntryType> {
    return entryType(await this.faq.retireEntry(ctx, localIdOf(FAQ_ENTRY_TYPE, input.id)));
  }

  @Mutation(() => IntentPhraseType, { description: 'Adds an example phrase to an intent (ADMIN); audited.' })
  async addIntentPhrase(
    @Arg('input', () => AddIntentPhraseInput, { description: 'The intent, language and phrase.' })
    input: AddIntentPhraseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IntentPhraseType> {
    return phraseType(await this.faq.addPhrase(ctx, input));
  }

  @Mutation(() => IntentPhraseType, { description: 'Retires an intent example phrase (ADMIN); audited.' })
  async retireIntentPhrase(
    @Arg('input', () => RetireIntentPhraseInput, { description: 'The phrase.' })
    input: RetireIntentPhraseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IntentPhraseType> {
    return phraseType(await this.faq.retirePhrase(ctx, localIdOf(INTENT_PHRASE_TYPE, input.id)));
  }
}
