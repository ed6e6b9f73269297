import { randomUUID } from 'node:crypto';
import { inTransaction, type RequestContext, Role } from '../../common/context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { type AuditEventInput, AuditKind, type AuditService } from '../audit';
import { requireViewer } from '../customers';
import { COUNSEL_INTENTS } from '../topics';
import type { FaqCatalogue } from './faq-catalogue';
import { normaliseText } from './faq-match';
import { FAQ_PLACEHOLDERS, templateProblems } from './faq-template';
import { FAQ_LIMITS, type FaqEntry, type FaqLanguage, type IntentPhrase } from './faq.model';
import type { EntryWrite, FaqRepository } from './faq.repository';

export interface FaqEntryPatch {
  questionsKo?: string[];
  questionsEn?: string[];
  answerKo?: string;
  answerEn?: string;
  priority?: number;
}

export interface NewIntentPhrase {
  intent: string;
  language: FaqLanguage;
  phrase: string;
}

const READERS: readonly Role[] = [Role.ADMIN, Role.ANALYST];

/**
 * FAQ and intent-phrase administration (ADMIN). Each change is one transaction that bumps the row's version and
 * the catalogue's, and writes a hash-chained audit entry (FAQ_CHANGE / INTENT_PHRASE_CHANGE) with the values
 * before and after; after the commit the catalogue cache is invalidated on every replica.
 */
export class FaqService {
  constructor(
    private readonly repository: FaqRepository,
    private readonly catalogue: FaqCatalogue,
    private readonly audit: AuditService,
  ) {}

  private admin(ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can change the FAQ catalogue');
    return viewer;
  }

  private reader(ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    if (!READERS.includes(viewer.role)) throw forbidden('The FAQ catalogue is for staff');
    return viewer;
  }

  async version(ctx: RequestContext): Promise<number> {
    this.reader(ctx);
    return this.repository.catalogueVersion(ctx);
  }

  async entries(ctx: RequestContext, includeRetired: boolean): Promise<FaqEntry[]> {
    this.reader(ctx);
    return this.repository.entries(ctx, !includeRetired);
  }

  async phrases(
    ctx: RequestContext,
    includeRetired: boolean,
    intent: string | null,
  ): Promise<IntentPhrase[]> {
    this.reader(ctx);
    if (intent !== null) checkIntent(intent);
    return this.repository.phrases(ctx, !includeRetired, intent);
  }

  placeholders(): { name: string; description: string }[] {
    return Object.entries(FAQ_PLACEHOLDERS).map(([name, description]) => ({ name, description }));
  }

  async createEntry(ctx: RequestContext, input: EntryWrite): Promise<FaqEntry> {
    this.admin(ctx);
    const entry = checkEntry(input);
    if (!FAQ_LIMITS.keyPattern.test(entry.key))
      throw badInput(
        'key',
        'use 1–64 lower-case letters, digits, "-" or "_", starting with a letter or digit',
      );
    return this.change(ctx, async (tx) => {
      if (await this.repository.keyTaken(tx, entry.key))
        throw badInput('key', `"${entry.key}" is already used by another FAQ entry`);
      if ((await this.repository.countActiveEntries(tx)) >= FAQ_LIMITS.maxEntries)
        throw badInput('key', `at most ${FAQ_LIMITS.maxEntries} active FAQ entries`);
      const created = await this.repository.insertEntry(tx, randomUUID(), entry, tx.now());
      return { row: created, audit: this.entryAudit('CREATED', null, created) };
    });
  }

  async updateEntry(
    ctx: RequestContext,
    id: string,
    patch: FaqEntryPatch,
    expectedVersion: number | null | undefined,
  ): Promise<FaqEntry> {
    this.admin(ctx);
    return this.change(ctx, async (tx) => {
      const current = await this.repository.entryForUpdate(tx, id);
      if (!current) throw notFound('FAQ entry');
      if (expectedVersion != null && expectedVersion !== current.version)
        throw conflict(`The FAQ entry changed meanwhile (version ${current.version}); reload and retry`);
      if (!current.active) throw badInput('id', 'the FAQ entry is retired');
      const next = checkEntry({
        key: current.key,
        questionsKo: patch.questionsKo ?? current.questionsKo,
        questionsEn: patch.questionsEn ?? current.questionsEn,
        answerKo: patch.answerKo ?? current.answerKo,
        answerEn: patch.answerEn ?? current.answerEn,
        priority: patch.priority ?? current.priority,
      });
      const updated = await this.repository.updateEntry(tx, id, next, true, tx.now());
      return { row: updated, audit: this.entryAudit('UPDATED', current, updated) };
    });
  }

  async retireEntry(ctx: RequestContext, id: string): Promise<FaqEntry> {
    this.admin(ctx);
    return this.change(ctx, async (tx) => {
      const current = await this.repository.entryForUpdate(tx, id);
      if (!current) throw notFound('FAQ entry');
      if (!current.active) throw badInput('id', 'the FAQ entry is already retired');
      const retired = await this.repository.updateEntry(tx, id, current, false, tx.now());
      return { row: retired, audit: this.entryAudit('RETIRED', current, retired) };
    });
  }

  async addPhrase(ctx: RequestContext, input: NewIntentPhrase): Promise<IntentPhrase> {
    this.admin(ctx);
    checkIntent(input.intent);
    const phrase = input.phrase.trim();
    const normalised = normaliseText(phrase);
    if (!normalised) throw badInput('phrase', 'must contain letters or digits');
    if (phrase.length > FAQ_LIMITS.maxPhraseLength)
      throw badInput('phrase', `at most ${FAQ_LIMITS.maxPhraseLength} characters`);
    return this.change(ctx, async (tx) => {
      const clash = await this.repository.activePhraseByText(tx, normalised);
      if (clash) throw badInput('phrase', `is already an example phrase of ${clash.intent}`);
      const row = await this.repository.insertPhrase(
        tx,
        randomUUID(),
        { intent: input.intent, language: input.language, phrase, normalised },
        tx.now(),
      );
      return {
        row,
        audit: {
          kind: AuditKind.INTENT_PHRASE_CHANGE,
          subjectType: 'IntentPhrase',
          subjectId: row.id,
          data: { change: 'CREATED', intent: row.intent, language: row.language, phrase: row.phrase },
        },
      };
    });
  }

  async retirePhrase(ctx: RequestContext, id: string): Promise<IntentPhrase> {
    this.admin(ctx);
    return this.change(ctx, async (tx) => {
      const current = await this.repository.phraseForUpdate(tx, id);
      if (!current) throw notFound('Intent phrase');
      if (!current.active) throw badInput('id', 'the phrase is already retired');
      const row = await this.repository.retirePhrase(tx, id, tx.now());
      return {
        row,
        audit: {
          kind: AuditKind.INTENT_PHRASE_CHANGE,
          subjectType: 'IntentPhrase',
          subjectId: row.id,
          data: { change: 'RETIRED', intent: row.intent, language: row.language, phrase: row.phrase },
        },
      };
    });
  }

  /** One audited, versioned change; the cache of every replica is invalidated once it has committed. */
  private async change<T>(
    ctx: RequestContext,
    work: (tx: RequestContext) => Promise<{ row: T; audit: AuditEventInput }>,
  ): Promise<T> {
    const { row, version } = await inTransaction(ctx, async (tx) => {
      // The catalogue row's lock first: changes are serialised, so the duplicate checks below see every
      // committed change (two concurrent adds of one key or phrase cannot both pass them).
      const version = await this.repository.bumpCatalogue(tx, tx.now());
      const { row, audit } = await work(tx);
      await this.audit.record(tx, { ...audit, data: { ...audit.data, catalogueVersion: version } });
      return { row, version };
    });
    this.catalogue.changed(version);
    return row;
  }

  private entryAudit(change: string, before: FaqEntry | null, after: FaqEntry): AuditEventInput {
    const fields = ['questionsKo', 'questionsEn', 'answerKo', 'answerEn', 'priority', 'active'] as const;
    return {
      kind: AuditKind.FAQ_CHANGE,
      subjectType: 'FaqEntry',
      subjectId: after.id,
      data: {
        change,
        key: after.key,
        version: after.version,
        // The fields that changed, as they were and as they are now.
        before: before
          ? Object.fromEntries(fields.filter((f) => !same(before[f], after[f])).map((f) => [f, before[f]]))
          : null,
        after: Object.fromEntries(
          fields.filter((f) => !before || !same(before[f], after[f])).map((f) => [f, after[f]]),
        ),
      },
    };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function checkIntent(intent: string): void {
  if (!(COUNSEL_INTENTS as readonly string[]).includes(intent))
    throw badInput('intent', `unknown intent "${intent}"; one of ${COUNSEL_INTENTS.join(', ')}`);
}

function checkVariants(field: string, variants: string[]): string[] {
  if (variants.length > FAQ_LIMITS.maxVariants)
    throw badInput(field, `at most ${FAQ_LIMITS.maxVariants} question variants`);
  const seen = new Set<string>();
  return variants.map((raw, i) => {
    const v = raw.trim();
    if (!normaliseText(v)) throw badInput(`${field}[${i}]`, 'must not be empty');
    if (v.length > FAQ_LIMITS.maxVariantLength)
      throw badInput(`${field}[${i}]`, `at most ${FAQ_LIMITS.maxVariantLength} characters`);
    const n = normaliseText(v);
    if (seen.has(n)) throw badInput(`${field}[${i}]`, `repeats the variant "${v}"`);
    seen.add(n);
    return v;
  });
}

function checkAnswer(field: string, answer: string): string {
  const a = answer.trim();
  if (!a) throw badInput(field, 'must not be empty');
  if (a.length > FAQ_LIMITS.maxAnswerLength)
    throw badInput(field, `at most ${FAQ_LIMITS.maxAnswerLength} characters`);
  const problems = templateProblems(a);
  if (problems.length > 0)
    throw badInput(field, `${problems.join('; ')} (known: ${Object.keys(FAQ_PLACEHOLDERS).join(', ')})`);
  return a;
}

/** Field-named checks of an entry; returns it trimmed. */
function checkEntry(e: EntryWrite): EntryWrite {
  const questionsKo = checkVariants('questionsKo', e.questionsKo);
  const questionsEn = checkVariants('questionsEn', e.questionsEn);
  if (questionsKo.length + questionsEn.length === 0)
    throw badInput('questionsKo', 'give at least one question variant (Korean or English)');
  if (!Number.isInteger(e.priority) || e.priority < 0 || e.priority > 10_000)
    throw badInput('priority', 'must be a whole number from 0 to 10000');
  return {
    key: e.key.trim(),
    questionsKo,
    questionsEn,
    answerKo: checkAnswer('answerKo', e.answerKo),
    answerEn: checkAnswer('answerEn', e.answerEn),
    priority: e.priority,
  };
}
