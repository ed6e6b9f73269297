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
  ])('%s → the crisis lines first', (text) => {
    expect(mentionsSelfHarm(text)).toBe(true);
  });

  it.each([
    '대출 이자 때문에 죽겠어요 ㅋㅋ 너무 비싸요', // a figure of speech about price, not self-harm
    '이번 달 카드값 얼마예요?',
    'how do I kill this subscription',
    'the deadline is killing me',
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
