// Which FAQ entry a staff question asks, and which intent an example phrase names. Pure and deterministic
// (docs/faq.md):
// - Text is normalised: NFKC, lower case, punctuation removed, runs of spaces made one.
// - A Korean (Hangul) variant matches when it occurs in the question with all spaces removed from both
//   ("평균 주문" matches "평균주문금액은?"); any other variant matches where a word of the question starts
//   ("invoice" matches "invoices?", "row" does not match "borrow").
// - Of the entries with a matching variant, the lowest priority wins, then the smaller key.
// - An intent example phrase applies when the whole message equals the phrase after normalisation.
import type { FaqEntry, FaqLanguage, IntentPhrase } from './faq.model';

/** NFKC, lower case, punctuation → space, one space between words, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the variant occurs in the (raw) question under the rule above. */
export function variantMatches(question: string, variant: string): boolean {
  const q = normaliseText(question);
  const v = normaliseText(variant);
  if (!v) return false;
  if (HANGUL.test(v)) return q.replace(/ /g, '').includes(v.replace(/ /g, ''));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(v).replace(/ /g, '\\s+')}`, 'u').test(q);
}

/** The entry a question asks for, or null. Both languages' variants are tried (staff mix them). */
export function matchFaqEntry(entries: readonly FaqEntry[], question: string): FaqEntry | null {
  const hits = entries.filter(
    (e) => e.active && [...e.questionsKo, ...e.questionsEn].some((v) => variantMatches(question, v)),
  );
  hits.sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return hits[0] ?? null;
}

/** The intent of the example phrase the message is (after normalisation), or null. */
export function matchIntentPhrase(
  phrases: readonly IntentPhrase[],
  message: string,
  language?: FaqLanguage,
): IntentPhrase | null {
  const m = normaliseText(message);
  if (!m) return null;
  return (
    phrases.find(
      (p) => p.active && (!language || p.language === language) && normaliseText(p.phrase) === m,
    ) ?? null
  );
}
