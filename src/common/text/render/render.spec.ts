import {
  formatAnnualRate,
  formatChange,
  formatCount,
  formatOrdinal,
  formatDate,
  formatList,
  formatMonth,
  formatQuarter,
  formatWon,
  ko,
  particle,
  PARTICLE_FALLBACK,
  readIntegerTail,
  withParticle,
} from '.';

// Expected particles are written by hand from how a Korean speaker reads each word (not computed by the code).
describe('Korean particles from how the preceding word is read', () => {
  it.each([
    // [word, 이/가, 을/를, 은/는, 으로/로, 와/과]
    ['80,276,529원', '이', '을', '은', '으로', '과'], // …원 (ㄴ)
    ['3건', '이', '을', '은', '으로', '과'],
    ['과소비', '가', '를', '는', '로', '와'],
    ["'과소비'", '가', '를', '는', '로', '와'], // the quote is not read
    ['서울', '이', '을', '은', '로', '과'], // ㄹ takes 로
    ['1', '이', '을', '은', '로', '과'], // 일 (ㄹ)
    ['2', '가', '를', '는', '로', '와'], // 이
    ['3', '이', '을', '은', '으로', '과'], // 삼
    ['4', '가', '를', '는', '로', '와'], // 사
    ['5', '가', '를', '는', '로', '와'], // 오
    ['6', '이', '을', '은', '으로', '과'], // 육
    ['7', '이', '을', '은', '로', '과'], // 칠
    ['8', '이', '을', '은', '로', '과'], // 팔
    ['9', '가', '를', '는', '로', '와'], // 구
    ['0', '이', '을', '은', '으로', '과'], // 영
    ['10', '이', '을', '은', '으로', '과'], // 십
    ['100', '이', '을', '은', '으로', '과'], // 백
    ['1,000', '이', '을', '은', '으로', '과'], // 천
    ['20,000', '이', '을', '은', '으로', '과'], // 이만
    ['300,000,000', '이', '을', '은', '으로', '과'], // 삼억
    ['4.5', '가', '를', '는', '로', '와'], // 사 점 오
    ['41.2%', '가', '를', '는', '로', '와'], // 퍼센트
    ['DSR', '이', '을', '은', '로', '과'], // 디에스알
    ['LTV', '가', '를', '는', '로', '와'], // 엘티브이
    ['OTP', '가', '를', '는', '로', '와'], // 오티피
    ['KB국민', '이', '을', '은', '으로', '과'],
    ['Kakao', '가', '를', '는', '로', '와'], // 카카오
    ['Samsung', '이', '을', '은', '으로', '과'], // 삼성
    ['한도(DSR)', '가', '를', '는', '로', '와'], // the note is not read: 한도
    ['12월 22일 (월)', '이', '을', '은', '로', '과'], // …22일
    ['2026년 3분기', '가', '를', '는', '로', '와'],
  ])('%s', (word, i, eul, eun, euro, gwa) => {
    expect(particle(word, '이/가')).toBe(i);
    expect(particle(word, '을/를')).toBe(eul);
    expect(particle(word, '은/는')).toBe(eun);
    expect(particle(word, '으로/로')).toBe(euro);
    expect(particle(word, '와/과')).toBe(gwa);
    expect(particle(word, '과/와')).toBe(gwa);
  });

  it('reads the end of integers by place', () => {
    expect(readIntegerTail('80,276,529')).toBe('구');
    expect(readIntegerTail('1,000,000')).toBe('만');
    expect(readIntegerTail('120,000,000')).toBe('만'); // 일억 이천만
    expect(readIntegerTail('1,000,000,000,000')).toBe('조');
    expect(readIntegerTail('50')).toBe('십');
  });

  it('fills particle pairs after interpolations in a ko`` template', () => {
    const amount = formatWon('80276529', 'ko');
    expect(ko`최대 ${amount}으로/로 계산됩니다`).toBe('최대 80,276,529원으로 계산됩니다');
    expect(ko`현재 상황은 '${'과소비'}'으로/로 판단됩니다`).toBe("현재 상황은 '과소비'로 판단됩니다");
    expect(ko`${'DSR'}은/는 ${3}이/가 아니라 ${2}이/가 됩니다`).toBe('DSR은 3이 아니라 2가 됩니다');
    expect(ko`${'연체'}와/과 ${'원금'}와/과 함께`).toBe('연체와 원금과 함께');
    expect(ko`${'연체 금액'}과/와 ${'이자'}를/을`).toBe('연체 금액과 이자를/을'); // only known pairs are filled
    expect(ko`${12345}건이/가`).toBe('12,345건이/가'); // a pair must follow the value directly
    expect(withParticle('3건', '이/가')).toBe('3건이');
    expect(ko`'${'과소비'}'이지만/지만`).toBe("'과소비'지만");
    expect(ko`'${'부채 상환 부담'}'이지만/지만`).toBe("'부채 상환 부담'이지만");
    expect(ko`${'41.2%'}이며/며`).toBe('41.2%며');
  });

  it('recognises leftover fallback spellings', () => {
    for (const bad of ["'과소비'(으)로", '금액을(를)', '대출이/가', '3건(이)가', '점수은(는)'])
      expect(bad).toMatch(PARTICLE_FALLBACK);
    for (const good of ["'과소비'로", '금액을', '대출이', '한도(DSR)가', '(참고용)', '기준(월)'])
      expect(good).not.toMatch(PARTICLE_FALLBACK);
  });
});

describe('figures in Korean and English', () => {
  it('amounts: exact whole won', () => {
    expect(formatWon('80276529', 'ko')).toBe('80,276,529원');
    expect(formatWon('80276529', 'en')).toBe('₩80,276,529');
    expect(formatWon('-1109928.5', 'en')).toBe('-₩1,109,929');
    expect(formatWon('0', 'ko')).toBe('0원');
  });

  it('dates with weekday; the year only when it differs from the reference', () => {
    // Weekdays from a calendar: 2026-12-22 and 2027-01-05 are Tuesdays, 2024-02-29 a Thursday.
    expect(formatDate('2026-12-22', 'ko', '2026-11-22')).toBe('12월 22일 (화)');
    expect(formatDate('2026-12-22', 'en', '2026-11-22')).toBe('Tue 22 Dec');
    expect(formatDate('2027-01-05', 'ko', '2026-11-22')).toBe('2027년 1월 5일 (화)');
    expect(formatDate('2027-01-05', 'en')).toBe('Tue 5 Jan 2027');
    expect(formatDate('2024-02-29', 'ko')).toBe('2024년 2월 29일 (목)');
  });

  it('rates, changes, periods, counts and lists', () => {
    expect(formatAnnualRate('0.0450', 'ko')).toBe('연 4.5%');
    expect(formatAnnualRate('0.0525', 'en')).toBe('5.25% a year');
    expect(formatAnnualRate('0.072', 'ko')).toBe('연 7.2%');
    expect(formatChange(0.12)).toBe('+12.0%');
    expect(formatChange('-0.05')).toBe('-5.0%');
    expect(formatQuarter('2026Q3', 'ko')).toBe('2026년 3분기');
    expect(formatQuarter('2026Q3', 'en')).toBe('Q3 2026');
    expect(formatMonth('2026-03-01', 'ko')).toBe('2026년 3월');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatCount(3, 'loan', 'ko')).toBe('3건');
    expect(formatCount(1, 'loan', 'en')).toBe('1 loan');
    expect(formatCount(60, 'month', 'en')).toBe('60 months');
    expect(formatCount(1200, 'transaction', 'ko')).toBe('1,200건');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['가', '나'], 'ko')).toBe('가, 나');
  });
});

describe('formatOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [25, '25th'],
    [31, '31st'],
  ])('%d → %s', (n, text) => {
    expect(formatOrdinal(n)).toBe(text);
  });
});
