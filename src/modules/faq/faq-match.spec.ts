import { matchFaqEntry, matchIntentPhrase, normaliseText, variantMatches } from './faq-match';
import type { FaqEntry, IntentPhrase } from './faq.model';

const entry = (key: string, priority: number, questionsKo: string[], questionsEn: string[]): FaqEntry => ({
  id: key,
  key,
  questionsKo,
  questionsEn,
  answerKo: key,
  answerEn: key,
  priority,
  active: true,
  version: 1,
  updatedAt: new Date(0),
});

describe('FAQ matching', () => {
  it('normalises case, width, punctuation and spaces', () => {
    expect(normaliseText('  Ｈｏｗ   many  ROWS?! ')).toBe('how many rows');
    expect(normaliseText('고객수는?')).toBe('고객수는');
  });

  it('matches Hangul variants ignoring spaces, other variants where a word starts', () => {
    expect(variantMatches('평균주문금액은?', '평균 주문')).toBe(true);
    expect(variantMatches('고객 수 알려줘', '고객수')).toBe(true);
    expect(variantMatches('how many invoices?', 'invoice')).toBe(true);
    expect(variantMatches('how much can I borrow', 'row')).toBe(false);
    expect(variantMatches('Total   amount please', 'total amount')).toBe(true);
    expect(variantMatches('anything', '  ')).toBe(false);
  });

  it('picks the lowest priority, then the smaller key; retired entries never answer', () => {
    const avg = entry('average-order', 10, ['평균 주문'], ['average order']);
    const revenue = entry('revenue', 60, ['금액'], ['revenue']);
    const same = entry('a-revenue', 60, ['금액'], []);
    expect(matchFaqEntry([revenue, avg], '평균 주문금액은?')?.key).toBe('average-order');
    expect(matchFaqEntry([revenue, same], '총 금액')?.key).toBe('a-revenue');
    expect(matchFaqEntry([{ ...avg, active: false }, revenue], '평균 주문금액')?.key).toBe('revenue');
    expect(matchFaqEntry([avg, revenue], '날씨 어때?')).toBeNull();
  });

  it('an intent phrase applies to the whole message only', () => {
    const phrases: IntentPhrase[] = [
      {
        id: '1',
        intent: 'NEXT_PAYMENT',
        language: 'ko',
        phrase: '이번 달 얼마 빠져요',
        active: true,
        version: 1,
        updatedAt: new Date(0),
      },
      {
        id: '2',
        intent: 'SPENDING',
        language: 'en',
        phrase: 'where did it go',
        active: false,
        version: 2,
        updatedAt: new Date(0),
      },
    ];
    expect(matchIntentPhrase(phrases, '이번 달  얼마 빠져요?')?.intent).toBe('NEXT_PAYMENT');
    expect(matchIntentPhrase(phrases, '이번 달 얼마 빠져요? 그리고 잔액은')).toBeNull();
    expect(matchIntentPhrase(phrases, 'Where did it go?')).toBeNull(); // retired
  });
});
