import type { RequestContext } from '../../common/context';
import type { FaqEntry, FaqLanguage, IntentPhrase } from './faq.model';

const ENTRY_COLUMNS = `id, key, questions_ko AS "questionsKo", questions_en AS "questionsEn", answer_ko AS "answerKo",
  answer_en AS "answerEn", priority, active, version, updated_at AS "updatedAt"`;
const PHRASE_COLUMNS = `id, intent, language, phrase, active, version, updated_at AS "updatedAt"`;

export interface EntryWrite {
  key: string;
  questionsKo: string[];
  questionsEn: string[];
  answerKo: string;
  answerEn: string;
  priority: number;
}

/** The FAQ catalogue's rows, always on ctx.manager (callers open the transaction). */
export class FaqRepository {
  async catalogueVersion(ctx: RequestContext): Promise<number> {
    const [row] = (await ctx.manager.query(`SELECT version FROM faq_catalogue`)) as { version: number }[];
    return row?.version ?? 0;
  }

  /** Bumps the catalogue version under a row lock (changes are serialised); returns the new version. */
  async bumpCatalogue(ctx: RequestContext, at: Date): Promise<number> {
    const [rows] = (await ctx.manager.query(
      `UPDATE faq_catalogue SET version = version + 1, updated_at = $1 RETURNING version`,
      [at],
    )) as [{ version: number }[], number];
    return rows[0].version;
  }

  async entries(ctx: RequestContext, activeOnly: boolean): Promise<FaqEntry[]> {
    return (await ctx.manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM faq_entry WHERE ($1::boolean IS FALSE OR active) ORDER BY priority, key`,
      [activeOnly],
    )) as FaqEntry[];
  }

  async entryForUpdate(ctx: RequestContext, id: string): Promise<FaqEntry | null> {
    const [row] = (await ctx.manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM faq_entry WHERE id = $1 FOR UPDATE`,
      [id],
    )) as FaqEntry[];
    return row ?? null;
  }

  async keyTaken(ctx: RequestContext, key: string): Promise<boolean> {
    return (
      ((await ctx.manager.query(`SELECT 1 FROM faq_entry WHERE key = $1`, [key])) as unknown[]).length > 0
    );
  }

  async countActiveEntries(ctx: RequestContext): Promise<number> {
    const [row] = (await ctx.manager.query(`SELECT count(*)::int AS n FROM faq_entry WHERE active`)) as {
      n: number;
    }[];
    return row.n;
  }

  async insertEntry(ctx: RequestContext, id: string, e: EntryWrite, at: Date): Promise<FaqEntry> {
    const [row] = (await ctx.manager.query(
      `INSERT INTO faq_entry (id, key, questions_ko, questions_en, answer_ko, answer_en, priority, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${ENTRY_COLUMNS}`,
      [id, e.key, e.questionsKo, e.questionsEn, e.answerKo, e.answerEn, e.priority, at],
    )) as FaqEntry[];
    return row;
  }

  async updateEntry(
    ctx: RequestContext,
    id: string,
    e: EntryWrite,
    active: boolean,
    at: Date,
  ): Promise<FaqEntry> {
    // UPDATE … RETURNING comes back from TypeORM's pg driver as [rows, count].
    const [rows] = (await ctx.manager.query(
      `UPDATE faq_entry SET questions_ko = $2, questions_en = $3, answer_ko = $4, answer_en = $5, priority = $6,
              active = $7, version = version + 1, updated_at = $8
        WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [id, e.questionsKo, e.questionsEn, e.answerKo, e.answerEn, e.priority, active, at],
    )) as [FaqEntry[], number];
    return rows[0];
  }

  async phrases(ctx: RequestContext, activeOnly: boolean, intent: string | null): Promise<IntentPhrase[]> {
    return (await ctx.manager.query(
      `SELECT ${PHRASE_COLUMNS} FROM intent_phrase
        WHERE ($1::boolean IS FALSE OR active) AND ($2::text IS NULL OR intent = $2)
        ORDER BY intent, language, phrase, id`,
      [activeOnly, intent],
    )) as IntentPhrase[];
  }

  async phraseForUpdate(ctx: RequestContext, id: string): Promise<IntentPhrase | null> {
    const [row] = (await ctx.manager.query(
      `SELECT ${PHRASE_COLUMNS} FROM intent_phrase WHERE id = $1 FOR UPDATE`,
      [id],
    )) as IntentPhrase[];
    return row ?? null;
  }

  /** The active phrase with this normalised text, if any (another intent may not claim the same words). */
  async activePhraseByText(ctx: RequestContext, normalised: string): Promise<IntentPhrase | null> {
    const [row] = (await ctx.manager.query(
      `SELECT ${PHRASE_COLUMNS} FROM intent_phrase WHERE normalised = $1 AND active`,
      [normalised],
    )) as IntentPhrase[];
    return row ?? null;
  }

  async insertPhrase(
    ctx: RequestContext,
    id: string,
    p: { intent: string; language: FaqLanguage; phrase: string; normalised: string },
    at: Date,
  ): Promise<IntentPhrase> {
    const [row] = (await ctx.manager.query(
      `INSERT INTO intent_phrase (id, intent, language, phrase, normalised, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${PHRASE_COLUMNS}`,
      [id, p.intent, p.language, p.phrase, p.normalised, at],
    )) as IntentPhrase[];
    return row;
  }

  async retirePhrase(ctx: RequestContext, id: string, at: Date): Promise<IntentPhrase> {
    const result = (await ctx.manager.query(
      `UPDATE intent_phrase SET active = false, version = version + 1, updated_at = $2
        WHERE id = $1 RETURNING ${PHRASE_COLUMNS}`,
      [id, at],
    )) as [IntentPhrase[], number];
    return result[0][0];
  }
}
