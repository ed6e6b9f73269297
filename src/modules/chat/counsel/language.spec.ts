import { detectChatLanguage, hangulShare } from './language';

describe('detectChatLanguage', () => {
  it('reads the language from the Hangul share of the letters', () => {
    expect(detectChatLanguage('이번 달 대출 상환이 어려워요')).toBe('ko');
    expect(detectChatLanguage('How much do I still owe on my loans?')).toBe('en');
    // Korean with English terms stays Korean: 3 Hangul of 6 letters.
    expect(detectChatLanguage('DSR이 뭐야')).toBe('ko');
    // One Hangul word in an English sentence stays English: 2 of 27 letters.
    expect(detectChatLanguage('what is my 전세 loan balance now')).toBe('en');
    // A Korean predicate keeps a sentence Korean whatever Latin names it carries; a Korean name ending an English
    // sentence does not make it Korean.
    expect(detectChatLanguage('이 결제 뭐예요? UNIVERSAL STUDIOS')).toBe('ko');
    expect(detectChatLanguage('next payment 언제예요?')).toBe('ko');
    expect(detectChatLanguage('How much did I spend at 스타벅스?')).toBe('en');
    expect(hangulShare('DSR이 뭐야')).toBeCloseTo(3 / 6, 10);
    expect(hangulShare('12,000,000 ?!')).toBeNull();
  });

  it('takes a letterless message from the latest user turn, else Korean', () => {
    const history = [
      { role: 'user' as const, content: '대출 잔액 알려줘' },
      { role: 'assistant' as const, content: 'Your balance is …' },
      { role: 'user' as const, content: 'and the next payment?' },
    ];
    expect(detectChatLanguage('???', history)).toBe('en');
    expect(detectChatLanguage('3', history.slice(0, 2))).toBe('ko');
    expect(detectChatLanguage('👍')).toBe('ko');
  });
});

describe('QA round 26 (helper en1): a Korean name in an English question', () => {
  it('"what is 신용회복위원회?" is English; a Korean predicate keeps Korean', () => {
    expect(detectChatLanguage('what is 신용회복위원회?')).toBe('en');
    expect(detectChatLanguage('what does 전세 mean')).toBe('en');
    expect(detectChatLanguage('신용회복위원회가 뭐예요?')).toBe('ko');
    expect(detectChatLanguage('next payment 언제예요?')).toBe('ko');
  });
});
