import { estimateTokens, maskPii, normaliseQuestion, tokenize } from './chat-text';

describe('tokenize', () => {
  it('splits Korean and English into words with their trailing spaces, losslessly', () => {
    const text = '대출 상환이 너무 걱정돼요. Your DSR is 42%,\n and the limit  holds.';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens.slice(0, 4)).toEqual(['대출 ', '상환이 ', '너무 ', '걱정돼요. ']);
    expect(tokens).toContain('holds.');
    expect(tokens).toContain('limit  ');
  });

  it('keeps leading whitespace as its own token and splits very long runs', () => {
    expect(tokenize('  hi')).toEqual(['  ', 'hi']);
    const url = 'https://example.com/a/very/long/path';
    const tokens = tokenize(`${url} end`);
    expect(tokens.join('')).toBe(`${url} end`);
    expect(tokens.every((t) => t.trimEnd().length <= 12)).toBe(true);
    expect(tokens.length).toBe(Math.ceil(url.length / 12) + 1);
    expect(tokenize('')).toEqual([]);
  });
});

describe('estimateTokens', () => {
  it('counts a Hangul syllable as one token and four other characters as one', () => {
    expect(estimateTokens('대출 상환')).toBe(4);
    expect(estimateTokens('abcd efgh')).toBe(2);
    expect(estimateTokens('대출 abcde')).toBe(2 + 2);
  });
});

describe('normaliseQuestion', () => {
  it('folds width, case, spacing and trailing punctuation', () => {
    expect(normaliseQuestion('  대출   상환이 걱정돼요?? ')).toBe('대출 상환이 걱정돼요');
    expect(normaliseQuestion('What is my DSR?')).toBe(normaliseQuestion('what  is my ＤＳＲ'));
  });
});

describe('maskPii', () => {
  it('masks resident registration, card, phone, e-mail and account numbers', () => {
    expect(maskPii('주민번호 900101-1234567 입니다')).toBe('주민번호 [RRN] 입니다');
    expect(maskPii('9001012345678')).toBe('[RRN]');
    expect(maskPii('카드 1234-5678-9012-3456 결제')).toBe('카드 [CARD] 결제');
    expect(maskPii('card 4111111111111111')).toBe('card [CARD]');
    expect(maskPii('연락처 010-1234-5678, 02-123-4567')).toBe('연락처 [PHONE], [PHONE]');
    expect(maskPii('+82 10 1234 5678')).toBe('[PHONE]');
    expect(maskPii('mail kim.minsu@example.co.kr now')).toBe('mail [EMAIL] now');
    expect(maskPii('계좌 110-123-456789 로')).toBe('계좌 [ACCOUNT] 로');
    expect(maskPii('account 12345678901234')).toBe('account [ACCOUNT]');
  });

  it('leaves dates, amounts and short numbers alone', () => {
    const text = '2025-01-02에 1,250,000원을 갚았고 금리는 5.2%, 12개월 남았어요';
    expect(maskPii(text)).toBe(text);
  });
});
