// The reply language of a chat turn: the customer's language, by the share of Hangul among the letters.
import { countLetters } from '../../../common/text/features';
import type { ChatMessage } from '../../../platform/llm';
import type { ChatLanguage } from './counsellor';

/**
 * Hangul share of the letters (Hangul + Latin); null when the text has no letters (digits, emoji, punctuation).
 */
export function hangulShare(text: string): number | null {
  const { hangul, latin } = countLetters(text);
  return hangul + latin === 0 ? null : hangul / (hangul + latin);
}

/**
 * Korean when at least 30 % of the letters are Hangul (a Korean sentence keeps English terms such as "DSR" or
 * "KB카드"; an English one rarely has Hangul). A message without letters takes the language of the latest user
 * turn in the history that has letters, else Korean (the product's default).
 */
/**
 * A Korean predicate — a Hangul word with a verbal ending, closing a sentence: "next payment 언제예요?", "이 결제
 * 뭐예요? UNIVERSAL STUDIOS". A Korean name closing an English sentence ("How much did I spend at 스타벅스?") is not one.
 */
const KOREAN_PREDICATE = /[가-힣]+(?:요|까|죠|니|나|야|다|어|아|지|네|래|게|줘|음|죵|용|쥬)\s*(?:[?？!.~]|$)/;

/** An English question around a Korean term: "what is 신용회복위원회?", "what does 전세 mean". */
const ENGLISH_FRAME =
  /^\s*(?:what|who|how|where|when|why|which|is|are|can|could|do|does|should|tell me|explain)\b(?:\s+[a-z'’]+){1,6}\s+[가-힣]/i;

export function detectChatLanguage(text: string, history: readonly ChatMessage[] = []): ChatLanguage {
  const share = hangulShare(text);
  // "next payment 언제예요?", "이 결제 뭐예요? UNIVERSAL STUDIOS": English words in a Korean sentence — its predicate
  // is Korean.
  if (share !== null && share >= 0.15 && KOREAN_PREDICATE.test(text)) return 'ko';
  // QA round 26 (helper en1). "what is 신용회복위원회?": a Korean name in an English question, no Korean predicate.
  if (share !== null && ENGLISH_FRAME.test(text) && !KOREAN_PREDICATE.test(text)) return 'en';
  if (share !== null) return share >= 0.3 ? 'ko' : 'en';
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i];
    if (m.role !== 'user') continue;
    const s = hangulShare(m.content);
    if (s !== null) return s >= 0.3 ? 'ko' : 'en';
  }
  return 'ko';
}
