// Pure text helpers of the chat engine: the offline tokenizer, the token estimate of the history budget, the
// normal form of a question for the answer cache, and the PII mask every logged chat text goes through.

/** Longest run of non-space characters sent as one token; longer runs (URLs, digit strings) are split. */
const MAX_CHUNK = 12;

/**
 * Splits text into word-ish tokens for streaming: each word with the whitespace that follows it (a leading
 * whitespace run is a token of its own). Works the same for Korean (어절) and English words. The concatenation of
 * the tokens is always exactly the input.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/\S+\s*|\s+/gu)) {
    const piece = match[0];
    const word = piece.trimEnd();
    if ([...word].length <= MAX_CHUNK) {
      tokens.push(piece);
      continue;
    }
    const chars = [...word];
    for (let i = 0; i < chars.length; i += MAX_CHUNK) tokens.push(chars.slice(i, i + MAX_CHUNK).join(''));
    tokens[tokens.length - 1] += piece.slice(word.length);
  }
  return tokens;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu;

/**
 * A model-independent estimate of a text's tokens: one per Hangul syllable or jamo (BPE vocabularies give
 * Korean about one token per syllable) plus one per four other non-space characters.
 */
export function estimateTokens(text: string): number {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const other = text.replace(HANGUL, '').replace(/\s+/gu, '').length;
  return hangul + Math.ceil(other / 4);
}

/** The cache form of a question: Unicode NFKC, lower case, single spaces, no trailing punctuation. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.?!~。？！]+$/u, '');
}

// Order matters: the specific patterns (resident number, card, phone) run before the generic account number.
const PII_RULES: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu, '[EMAIL]'],
  // 주민등록번호 / 외국인등록번호: YYMMDD-Gxxxxxx (G = 1–8), with or without the hyphen.
  [/(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-\s]?[1-8]\d{6}(?!\d)/gu, '[RRN]'],
  // Card numbers: 4-4-4-4 (or 4-6-5 Amex) with hyphens/spaces, or 15–16 digits in a row.
  [/(?<!\d)\d{4}[-\s]\d{4}[-\s]\d{4}[-\s]\d{4}(?!\d)/gu, '[CARD]'],
  [/(?<!\d)\d{4}[-\s]\d{6}[-\s]\d{5}(?!\d)/gu, '[CARD]'],
  [/(?<!\d)\d{15,16}(?!\d)/gu, '[CARD]'],
  // Phone numbers: mobile 010-1234-5678, landline 02-123-4567 / 031-1234-5678, +82 10 …
  [/(?<!\d)(?:\+82[-\s]?)?0?1[016789][-\s.]?\d{3,4}[-\s.]?\d{4}(?!\d)/gu, '[PHONE]'],
  [/(?<!\d)0(?:2|[3-6]\d)[-\s.)]\d{3,4}[-\s.]\d{4}(?!\d)/gu, '[PHONE]'],
  // Bank account numbers: 2–4 digit groups joined by hyphens with 10–14 digits in all, or 10–14 digits in a row.
  [/(?<!\d)\d{2,6}(?:-\d{2,8}){1,3}(?!\d)/gu, '[ACCOUNT]'],
  [/(?<!\d)\d{10,14}(?!\d)/gu, '[ACCOUNT]'],
];

/**
 * Masks personal data in free text before it is logged: Korean resident registration numbers, card numbers,
 * phone numbers, e-mail addresses and bank account numbers. Pure. Hyphenated digit groups with fewer than 10
 * digits (dates like 2025-01-02, amounts) are left alone.
 */
export function maskPii(text: string): string {
  let out = text;
  for (const [pattern, tag] of PII_RULES) {
    out = out.replace(pattern, (match) => {
      if (tag !== '[ACCOUNT]') return tag;
      const digits = match.replace(/\D/gu, '').length;
      return digits >= 10 && digits <= 14 ? tag : match;
    });
  }
  return out;
}
