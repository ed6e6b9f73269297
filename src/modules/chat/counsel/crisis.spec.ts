import { crisisPreface, mentionsSelfHarm } from './crisis';

describe('words of self-harm', () => {
  it.each([
    '빚 때문에 너무 힘들어요. 죽고 싶어요',
    '자살까지 생각했어요',
    '그냥 다 끝내고 사라지고 싶어요',
    '살고 싶지 않아요',
    "I can't pay anything and I want to die",
    'I have been thinking about suicide',
    "honestly I'd be better off dead",
    // QA round 8: said without "end it all" or "die" (the second after the crisis lines, "i mean it").
    'i keep thinking about ending it all because of this loan',
    'i mean it. i dont want to be here',
    'everyone would be better off without me',
    '그냥 없어지고 싶어요',
    '이렇게 살아서 뭐해요',
  ])('%s → the crisis lines first', (text) => {
    expect(mentionsSelfHarm(text)).toBe(true);
  });

  it.each([
    '대출 이자 때문에 죽겠어요 ㅋㅋ 너무 비싸요', // a figure of speech about price, not self-harm
    '이번 달 카드값 얼마예요?',
    'how do I kill this subscription',
    'the deadline is killing me',
    '대출 다 끝내고 싶어요', // paying it all off
    "i don't want to be here when the bill comes, can i change the due date", // not about living
  ])('%s → no crisis preface', (text) => {
    expect(mentionsSelfHarm(text)).toBe(false);
  });

  it('names the 24-hour lines (109, 1577-0199) and the emergency numbers in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      const p = crisisPreface(lang);
      for (const n of ['109', '1577-0199', '112', '119']) expect(p).toContain(n);
    }
  });
});
