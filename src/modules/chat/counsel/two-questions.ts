/**
 * QA round 24 (fu24). Two questions joined in one message by a question word's connective: "다음 납입일 언제고 이번달
 * 편의점 얼마 썼어요?", "대출 이자 얼마고 카드값은 언제 나가요?". The first clause ends on its question word + 고/이고/구; the
 * second is a question of its own. Messages already answered together by one intent ("중도상환수수료 있어요? 그리고 지금
 * 5천 갚으면…", "대출 잔액이랑 이번달 카드 쓴거 같이") are not split here.
 */
const JOINED = /^(.{2,}?(?:언제|얼마|몇\s?[가-힣]{0,2}|뭐|어디|어떻게))\s?(?:이)?(?:고|구)\s+(.{4,})$/u;

/** The two clauses of a message that asks two questions, or null. */
export function twoQuestionsOf(text: string): [string, string] | null {
  const m = JOINED.exec(text.trim());
  if (!m) return null;
  const [first, second] = [m[1].trim(), m[2].trim()];
  // The second clause asks something itself (a question word or a question mark).
  if (!/얼마|언제|몇|뭐|어디|어떻게|있어|\?|？/.test(second)) return null;
  return [first, second];
}
