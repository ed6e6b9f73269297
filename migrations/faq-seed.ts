import { randomUUID } from 'node:crypto';
import { QueryRunner } from 'typeorm';

/** One seeded FAQ entry: key, priority, Korean and English question variants, Korean and English answers. */
export type FaqSeed = [string, number, string[], string[], string, string];

/**
 * Seeds FAQ entries an admin has not already made under the same keys (those are left as they are) and bumps the
 * catalogue version: replicas cache the catalogue by it.
 */
export async function seedFaqEntries(q: QueryRunner, seed: readonly FaqSeed[]): Promise<void> {
  for (const [key, priority, ko, en, answerKo, answerEn] of seed)
    await q.query(
      `INSERT INTO faq_entry (id, key, questions_ko, questions_en, answer_ko, answer_en, priority, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())
       ON CONFLICT (key) DO NOTHING`,
      [randomUUID(), key, ko, en, answerKo, answerEn, priority],
    );
  await q.query(`UPDATE faq_catalogue SET version = version + 1, updated_at = now()`);
}

/** Removes the seeded keys and bumps the catalogue version. */
export async function unseedFaqEntries(q: QueryRunner, seed: readonly FaqSeed[]): Promise<void> {
  await q.query(`DELETE FROM faq_entry WHERE key = ANY($1)`, [seed.map(([key]) => key)]);
  await q.query(`UPDATE faq_catalogue SET version = version + 1, updated_at = now()`);
}
