// Keyword cues for the intent layer. The intent model is trained on a few hundred project-written lines, so
// unambiguous domain terms (대환, 연체, 한도, upload…) add a fixed boost to the model's log-odds: they fix the
// confident cases the small model misses, while the model covers paraphrases no keyword lists. Measured on the
// intent dev split by `npm run train:topic` (model alone vs hybrid); see docs/counselling.md.
import type { FinanceIntent } from './training/ko-finance';

export const KEYWORD_BOOST = 2.5;

export const INTENT_KEYWORDS: Record<FinanceIntent, RegExp> = {
  LOANS: /대출|주담대|마이너스\s?통장|loan|mortgage/i,
  REPAYMENT_TROUBLE:
    /연체|독촉|추심|못\s?갚|못\s?내|채무\s?조정|개인\s?회생|신용\s?회복|상환\s?(?:유예|연장)|돌려\s?막|overdue|missed .*payment|can'?t (?:afford|pay)|behind on/i,
  REFINANCE: /대환|갈아\s?타|갈아탈|재대출|리파이낸|refinanc|consolidat/i,
  LOAN_LIMIT: /한도|dsr|dti|ltv|얼마까지\s?(?:빌|대출)|borrow|limit/i,
  SPENDING: /지출|소비|썼|쓴\s?돈|가계부|과소비|spend|spent|expense/i,
  SAVING: /저축|적금|예금|모으|모아|비상금|잔고|잔액|sav(?:e|ing)|emergency fund/i,
  CARD: /카드|리볼빙|할부|card|pin/i,
  FORECAST: /전망|예측|예상|앞으로|오를까|내릴까|떨어질까|forecast|outlook|predict|will .*rates?/i,
  PRODUCT_QUESTION: /수수료|약관|가입\s?조건|우대\s?금리|예금자\s?보호|상품|복리|단리|fee|apr|terms/i,
  UPLOAD_FAQ: /업로드|csv|엑셀|xlsx|파일|upload|file|import/i,
};

/** Intents whose keyword matches the text. */
export function keywordIntents(text: string): FinanceIntent[] {
  return (Object.keys(INTENT_KEYWORDS) as FinanceIntent[]).filter((k) => INTENT_KEYWORDS[k].test(text));
}
