import {
  extractDay,
  extractGetBy,
  extractPayday,
  extractQuotedRate,
  monthPair,
  extractIncomeChange,
  extractStatedIncome,
  withoutIncome,
  extractAmount,
  extractCategory,
  extractCount,
  extractForecastSubject,
  extractHardship,
  extractLateDays,
  extractLender,
  extractLoanKind,
  extractLoanNumber,
  extractMerchant,
  extractMonths,
  extractOverseas,
  extractPeriod,
  extractSlots,
  extractTermMonths,
  lenderMatches,
  maskSlotValues,
  slotPairs,
} from './slots';

describe('amounts → whole won', () => {
  it.each([
    ['1천만원 중도상환하면', '10000000'],
    ['3억', '300000000'],
    ['5,000만 원', '50000000'],
    ['2억 5천', '250000000'],
    ['2억5천만원 빌리고 싶어', '250000000'],
    ['1억 2000만원', '120000000'],
    ['1.5억', '150000000'],
    ['천만원', '10000000'],
    ['오백만원', '5000000'],
    ['50만원씩', '500000'],
    ['12,000원', '12000'],
    ['₩12,000,000', '12000000'],
    ['10 million won', '10000000'],
    ['KRW 5,000,000', '5000000'],
    ['50k', '50000'],
    ['1.2 million', '1200000'],
    ['3 billion won', '3000000000'],
  ])('%s → %s', (text, won) => {
    expect(extractAmount(text)).toBe(won);
  });

  it.each(['이번 달', '3개월', '30년', '이자만 내도', '백화점', '인천', '이만큼', '3천', 'next 6 payments'])(
    'no amount in %s',
    (text) => {
      expect(extractAmount(text)).toBeUndefined();
    },
  );
});

describe('periods', () => {
  it.each([
    ['이번 달 지출', { kind: 'THIS_MONTH' }],
    ['이번달', { kind: 'THIS_MONTH' }],
    ['지난달 식비', { kind: 'LAST_MONTH' }],
    ['저번 달', { kind: 'LAST_MONTH' }],
    ['지난 분기', { kind: 'LAST_QUARTER' }],
    ['이번 분기', { kind: 'THIS_QUARTER' }],
    ['올해', { kind: 'THIS_YEAR' }],
    ['작년', { kind: 'LAST_YEAR' }],
    ['상반기에 카드 얼마 썼어?', { kind: 'FIRST_HALF' }],
    ['하반기 식비는?', { kind: 'SECOND_HALF' }],
    ['작년 상반기', { kind: 'LAST_YEAR' }],
    ['spending in the first half of the year', { kind: 'FIRST_HALF' }],
    ['최근 3개월', { kind: 'LAST_N_MONTHS', months: 3 }],
    ['지난 석 달', { kind: 'LAST_N_MONTHS', months: 3 }],
    ['this month', { kind: 'THIS_MONTH' }],
    ['last month', { kind: 'LAST_MONTH' }],
    ['and last quarter?', { kind: 'LAST_QUARTER' }],
    ['this year', { kind: 'THIS_YEAR' }],
    ['last year', { kind: 'LAST_YEAR' }],
    ['over the last 3 months', { kind: 'LAST_N_MONTHS', months: 3 }],
    ['past six months', { kind: 'LAST_N_MONTHS', months: 6 }],
    ['지난주에 어디서 제일 많이 썼어?', { kind: 'LAST_WEEK' }],
    ['저번 주 식비', { kind: 'LAST_WEEK' }],
    ['지난 주말에 쓴 돈', { kind: 'LAST_WEEK' }],
    ['이번 주 얼마 썼지', { kind: 'THIS_WEEK' }],
    ['이번주에 교통비', { kind: 'THIS_WEEK' }],
    ['how much did I spend last week', { kind: 'LAST_WEEK' }],
    ['and this week?', { kind: 'THIS_WEEK' }],
    ['오늘 얼마 썼어?', { kind: 'TODAY' }],
    ['어제 뭐 샀지?', { kind: 'YESTERDAY' }],
    ['what did I buy yesterday', { kind: 'YESTERDAY' }],
    ['spent anything today?', { kind: 'TODAY' }],
    // The bigger period named wins over the day it runs to.
    ['이번 달 오늘까지 얼마 썼어', { kind: 'THIS_MONTH' }],
    ['이번 주 오늘까지', { kind: 'THIS_WEEK' }],
  ])('%s', (text, period) => {
    expect(extractPeriod(text)).toEqual(period);
  });

  it('no period in a question without one', () => {
    expect(extractPeriod('식비 얼마 썼어?')).toBeUndefined();
    // The syllable 주 after 지난/이번 that is not a week.
    expect(extractPeriod('지난 주식 투자 손실')).toBeUndefined();
    expect(extractPeriod('이번 주택담보대출 금리')).toBeUndefined();
  });
});

describe('categories', () => {
  it.each([
    ['식비', 'FOOD'],
    ['외식', 'FOOD'],
    ['밥값', 'FOOD'],
    ['커피', 'FOOD'],
    ['배달', 'FOOD'],
    ['마트', 'GROCERY'],
    ['편의점', 'GROCERY'],
    ['교통비', 'TRANSPORT'],
    ['택시', 'TRANSPORT'],
    ['지하철', 'TRANSPORT'],
    ['버스', 'TRANSPORT'],
    ['주유비', 'FUEL'],
    ['쇼핑', 'SHOPPING'],
    ['옷', 'SHOPPING'],
    ['온라인쇼핑', 'ONLINE_SHOPPING'],
    ['쿠팡', 'ONLINE_SHOPPING'],
    ['병원비', 'MEDICAL'],
    ['약국', 'MEDICAL'],
    ['학원비', 'EDUCATION'],
    ['교육비', 'EDUCATION'],
    ['여행', 'TRAVEL'],
    ['숙박', 'TRAVEL'],
    ['호텔', 'TRAVEL'],
    ['영화', 'LEISURE'],
    ['공연', 'LEISURE'],
    ['여가', 'LEISURE'],
    ['통신비', 'TELECOM'],
    ['휴대폰 요금', 'TELECOM'],
    ['보험료', 'INSURANCE'],
    ['공과금', 'UTILITIES'],
    ['관리비', 'UTILITIES'],
    ['food', 'FOOD'],
    ['eating out', 'FOOD'],
    ['groceries', 'GROCERY'],
    ['taxis', 'TRANSPORT'],
    ['fuel', 'FUEL'],
    ['clothes', 'SHOPPING'],
    ['online shopping', 'ONLINE_SHOPPING'],
    ['pharmacy', 'MEDICAL'],
    ['tuition', 'EDUCATION'],
    ['hotels', 'TRAVEL'],
    ['movies', 'LEISURE'],
    ['phone bill', 'TELECOM'],
    ['insurance', 'INSURANCE'],
    ['utility bills', 'UTILITIES'],
    ['gas bill', 'UTILITIES'],
  ])('%s → %s', (text, category) => {
    expect(extractCategory(text)).toBe(category);
  });
});

describe('loans', () => {
  it.each([
    ['주담대', 'MORTGAGE'],
    ['주택담보대출', 'MORTGAGE'],
    ['아파트 대출', 'MORTGAGE'],
    ['my mortgage', 'MORTGAGE'],
    ['home loan', 'MORTGAGE'],
    ['전세대출', 'JEONSE'],
    ['jeonse loan', 'JEONSE'],
    ['신용대출', 'CREDIT'],
    ['personal loan', 'CREDIT'],
    ['credit loan', 'CREDIT'],
    ['마통', 'OVERDRAFT'],
    ['마이너스통장', 'OVERDRAFT'],
    ['overdraft', 'OVERDRAFT'],
    ['카드론', 'CARD_LOAN'],
    ['card loan', 'CARD_LOAN'],
    ['자동차 대출', 'AUTO'],
    ['오토론', 'AUTO'],
    ['car loan', 'AUTO'],
    ['auto loan', 'AUTO'],
  ])('%s → %s', (text, kind) => {
    expect(extractLoanKind(text)).toBe(kind);
  });

  it.each([
    ['카카오 대출', 'kakao'],
    ['the Kakao one', 'kakao'],
    ['카뱅', 'kakao'],
    ['국민은행', 'kb'],
    ['신한카드 카드론', 'shinhan-card'],
    ['신한 대출', 'shinhan'],
    ['새마을금고', 'mg'],
    ['OK저축은행', 'ok-savings'],
    ['현대캐피탈', 'hyundai-capital'],
  ])('lender %s → %s', (text, key) => {
    expect(extractLender(text)).toBe(key);
  });

  it('does not read "우리" (we), "ok", 토스트 or words containing "kb" as a lender', () => {
    expect(extractLender('우리 집 대출')).toBeUndefined();
    expect(extractLender('ok thanks')).toBeUndefined();
    expect(extractLender('토스트 먹고 싶다')).toBeUndefined();
    expect(extractLender('5mg')).toBeUndefined();
    expect(extractLender('토스 대출')).toBe('toss');
    expect(extractLender('KB국민은행 주담대')).toBe('kb');
  });

  it('matches a lender slot against the stored lender names of the loans seed', () => {
    expect(lenderMatches('kakao', '카카오뱅크')).toBe(true);
    expect(lenderMatches('kakao', '케이뱅크')).toBe(false);
    expect(lenderMatches('nh', '지역농협')).toBe(true);
  });

  it('reads loan numbers in the loans table format', () => {
    expect(extractLoanNumber('L000000042 다음 납입')).toBe('L000000042');
    expect(extractLoanNumber('loan l000000317 payoff')).toBe('L000000317');
    expect(extractLoanNumber('L12345')).toBeUndefined();
  });
});

describe('counts, months, terms', () => {
  it.each([
    ['다음 3회', 3],
    ['3회차', 3],
    ['next 6 payments', 6],
    ['최근 거래 5건', 5],
    ['next four installments', 4],
  ])('count %s → %d', (text, n) => {
    expect(extractCount(text)).toBe(n);
  });

  it.each([
    ['6개월', 6],
    ['next 3 months', 3],
    ['석 달 뒤', 3],
    ['1년', 12],
    // "한 달에" is a rate: the span is the other one.
    ['1년 안에 천만원 모으려면 한 달에 얼마 모아야 돼?', 12],
    ['한 달에 50만원씩 6개월', 6],
    ['한 달 안에', 1],
  ])('months %s → %d', (text, n) => {
    expect(extractMonths(text)).toBe(n);
  });

  it.each([
    ['30년 만기', 360],
    ['5 years', 60],
    ['a 30-year mortgage', 360],
    ['36개월', 36],
  ])('term %s → %d', (text, n) => {
    expect(extractTermMonths(text)).toBe(n);
  });
});

describe('cards, hardship, forecasts', () => {
  it('merchants and overseas', () => {
    expect(extractMerchant('스벅에서 결제한 거')).toBe('스타벅스');
    expect(extractMerchant('transactions at Starbucks')).toBe('스타벅스');
    expect(extractMerchant('쿠팡 결제')).toBe('쿠팡');
    expect(extractMerchant('카드 내역')).toBeUndefined();
    // Coffee is the cafés (a kind of shop), a brand named beside it wins, caffeine is not coffee.
    expect(extractMerchant('how much did I spend on coffee last month?')).toBe('카페');
    expect(extractMerchant('커피값 한달에 얼마나 써요?')).toBe('카페');
    expect(extractMerchant('스타벅스 커피 얼마 썼어')).toBe('스타벅스');
    expect(extractMerchant('카페인 줄여야 하나')).toBeUndefined();
    expect(extractOverseas('해외 결제')).toBe(true);
    // Payments abroad left out, or at home named: the domestic ones.
    expect(extractOverseas('10월에 해외에서 긁은거 빼면 얼마 썼어?')).toBe(false);
    expect(extractOverseas('국내에서 쓴 돈 얼마야')).toBe(false);
    expect(extractOverseas('how much did i spend last month excluding overseas')).toBe(false);
    expect(extractOverseas('국내외 결제')).toBeUndefined();
    expect(extractOverseas('any overseas purchases?')).toBe(true);
    expect(extractOverseas('최근 결제')).toBeUndefined();
  });

  it.each([
    ['다음 달에 못 낼 것 같아요', 'CANT_PAY'],
    ["I can't pay this month", 'CANT_PAY'],
    ['실직했어요', 'LOST_JOB'],
    ['회사에서 해고됐어요', 'LOST_JOB'],
    ['I lost my job', 'LOST_JOB'],
    ['월급이 줄었어요', 'INCOME_DROP'],
    ['수입 감소', 'INCOME_DROP'],
    ['my income dropped', 'INCOME_DROP'],
    ['상환 유예 되나요', 'DEFER'],
    ['좀 미룰 수 있나요', 'DEFER'],
    ['can I defer', 'DEFER'],
    ['postpone my payment', 'DEFER'],
  ])('hardship %s → %s', (text, h) => {
    expect(extractHardship(text)).toBe(h);
  });

  it.each([
    ['내 지출 전망', 'SPENDING'],
    ['spending forecast', 'SPENDING'],
    ['빚 언제 줄어요', 'DEBT'],
    ['부채 전망', 'DEBT'],
    ['my debt outlook', 'DEBT'],
    ['잔액 예측', 'BALANCE'],
    ['balance forecast', 'BALANCE'],
    ['기준금리 내릴까요', 'BASE_RATE'],
    ['base rate outlook', 'BASE_RATE'],
    ['대출금리 전망', 'LENDING_RATE'],
    ['mortgage rates', 'LENDING_RATE'],
  ])('forecast subject %s → %s', (text, s) => {
    expect(extractForecastSubject(text)).toBe(s);
  });
});

describe('extractSlots keeps the slots the intent uses', () => {
  it('reads "6개월" as a horizon, a count or a term depending on the intent', () => {
    expect(extractSlots('6개월 지출 전망', 'FORECAST')).toEqual({ forecastSubject: 'SPENDING', months: 6 });
    expect(extractSlots('앞으로 6개월 상환 일정', 'REPAYMENT_SCHEDULE')).toEqual({ count: 6 });
    expect(extractSlots('6개월 대출 한도', 'LOAN_LIMIT')).toEqual({ termMonths: 6 });
  });

  it('a loan kind is the loan referred to, except in a limit question', () => {
    expect(extractSlots('주담대 다음 납입일', 'NEXT_PAYMENT')).toEqual({ loan: { kind: 'MORTGAGE' } });
    expect(extractSlots('주담대 한도', 'LOAN_LIMIT')).toEqual({ loanKind: 'MORTGAGE' });
  });

  it('slot pairs are the unit of slot F1', () => {
    expect(
      slotPairs({ loan: { kind: 'MORTGAGE', lender: 'kb' }, period: { kind: 'LAST_N_MONTHS', months: 3 } }),
    ).toEqual(['loan.kind=MORTGAGE', 'loan.lender=kb', 'period=LAST_N_MONTHS:3']);
  });

  it('masks slot values for the intent model', () => {
    expect(maskSlotValues('주담대 3억 한도')).toBe('Ⓛ 0억 한도');
    expect(maskSlotValues('지난달 식비')).toBe('지난달 Ⓒ');
  });
});

describe('extractLateDays: how many days late a payment would be', () => {
  it.each([
    ['하루 늦게 내면 연체 이자 얼마예요?', 1],
    ['사흘 밀리면 어떻게 돼요', 3],
    ['일주일 연체하면 이자 얼마', 7],
    ['2주 늦으면요', 14],
    ['한 달 늦으면요?', 30],
    ['두 달 밀리면 집 넘어가요?', 60],
    ['10일 지나면 연체이자?', 10],
    ['if I pay a week late how much is the penalty?', 7],
    ['What if I pay 3 days late?', 3],
    ['two days overdue', 2],
    ['a fortnight late', 14],
    ['late by one month', 30],
  ])('%s → %d', (text, days) => expect(extractLateDays(text)).toBe(days));

  it.each([
    '12월 17일 지나면 어떻게 돼요',
    '이번 달 늦게 내면',
    '이번 주 늦게 내도 돼요?',
    '연체하면 신용점수',
    'I paid late',
  ])('no span of days in "%s"', (text) => expect(extractLateDays(text)).toBeUndefined());
});

describe('income the customer states, and an income what-if', () => {
  it.each([
    // A bare figure after an income word counts in 만원, as it is said.
    ['연봉 5천인데 주담대 얼마까지 돼요?', { annual: '50000000' }],
    ['연봉이 4,500만원이에요', { annual: '45000000' }],
    ['연봉 1억 2천이면 한도는?', { annual: '120000000' }],
    ['월급이 200만원인데 대출 받을 수 있을까요?', { annual: '24000000', monthly: '2000000' }],
    ['월급 250인데요', { annual: '30000000', monthly: '2500000' }],
    ['월 300 버는데 신용대출 얼마 가능해요?', { annual: '36000000', monthly: '3000000' }],
    ['한 달에 250만원 받는데 대출 돼요?', { annual: '30000000', monthly: '2500000' }],
    // A bare income word: a month's pay below 15,000,000원, a year's from there.
    ['소득이 4천인데 3천만원 빌릴 수 있어요?', { annual: '40000000' }],
    ['급여 300인데 한도 얼마?', { annual: '36000000', monthly: '3000000' }],
    ['I earn 60 million won a year', { annual: '60000000' }],
    ['I make ₩3,000,000 a month', { annual: '36000000', monthly: '3000000' }],
    ['my monthly salary is ₩3M, can I borrow 20 million?', { annual: '36000000', monthly: '3000000' }],
    ['my salary is 50 million won', { annual: '50000000' }],
  ])('%s → %j', (text, income) => {
    expect(extractStatedIncome(text)).toEqual(income);
  });

  it.each([
    '3월 15일에 월급 들어와요', // a date, not a pay
    '월 30만원 적금 1년 들면 이자 얼마야?', // a saving without an earning verb
    '소득공제 받을 수 있나요',
    '연 5% 금리로 1억 빌리면?',
    '월급이 30% 깎였어요',
    'I earn points on my card',
    'I pay 500,000 won a month',
  ])('%s → no stated income', (text) => {
    expect(extractStatedIncome(text)).toBeUndefined();
  });

  it('reads a long run of digits after an income word in linear time (no nested repetition)', () => {
    expect(extractStatedIncome(`연봉 ${'1'.repeat(2000)}%`)).toBeUndefined();
    expect(extractStatedIncome(`월 ${'1,'.repeat(900)}원 벌어요`)).toBeUndefined();
  });

  it('keeps the pay out of the amount asked for', () => {
    expect(extractAmount(withoutIncome('월급이 200만원인데 대출 받을 수 있을까요?'))).toBeUndefined();
    expect(extractAmount(withoutIncome('소득이 4천인데 3천만원 빌릴 수 있어요?'))).toBe('30000000');
    expect(extractAmount(withoutIncome('I earn 60 million won a year, can I borrow 100 million?'))).toBe(
      '100000000',
    );
  });

  it.each([
    ['연봉이 10% 오르면 한도 얼마나 늘어요?', '0.10'],
    ['연봉이 오르면 한도 얼마나 늘어요?', '0.10'],
    ['승진하면 대출 더 받을 수 있어요?', '0.10'],
    ['What if my income goes up 10%?', '0.10'],
    ['what if my income goes up by 15%', '0.15'],
    ['a 5% raise', '0.05'],
    ['if I get a raise how much more can I borrow?', '0.10'],
    ['소득이 20% 줄면 한도는요?', '-0.20'],
    ['my income drops 20%', '-0.20'],
    ['월급이 30% 깎여서 대출금 못 내요', '-0.30'],
    ['수입이 줄어서 원리금 감당이 안 돼요', undefined], // a fall without a size is hardship
    ['금리가 1% 오르면 이자는요?', undefined],
  ])('%s → %s', (text, ratio) => {
    expect(extractIncomeChange(text)).toBe(ratio);
  });
});

describe('extractDay: the day a payoff is asked for', () => {
  it.each([
    ['12월 31일에 대출 다 갚으면 얼마예요?', { kind: 'DATE', month: 12, day: 31 }],
    ['What would it take to pay off my loan on Dec 10?', { kind: 'DATE', month: 12, day: 10 }],
    ['pay it off on the 3rd of March', { kind: 'DATE', month: 3, day: 3 }],
    ['연말에 다 갚으면?', { kind: 'DATE', month: 12, day: 31 }],
    ['다음 달 말에 갚으면요?', { kind: 'MONTH_END', monthsAhead: 1 }],
    ['이번 달 말까지 갚으려면', { kind: 'MONTH_END', monthsAhead: 0 }],
    ['at the end of next month', { kind: 'MONTH_END', monthsAhead: 1 }],
    ['2주 뒤에 갚으면', { kind: 'DAYS_AHEAD', days: 14 }],
    ['in 10 days', { kind: 'DAYS_AHEAD', days: 10 }],
    ['내일 갚으면 얼마?', { kind: 'DAYS_AHEAD', days: 1 }],
    ['30일에 다 갚으려면', { kind: 'DAY_OF_MONTH', day: 30 }],
    ['이번 주 금요일에 다 갚으면 얼마예요?', { kind: 'WEEKDAY', weekday: 5, weeksAhead: 0 }],
    ['다음주 월욜에 전액 상환하면?', { kind: 'WEEKDAY', weekday: 1, weeksAhead: 1 }],
    ['금요일에 갚으면', { kind: 'WEEKDAY', weekday: 5 }],
    ['How much to pay off my loan this Friday?', { kind: 'WEEKDAY', weekday: 5, weeksAhead: 0 }],
    ['if I pay it all off next Tuesday', { kind: 'WEEKDAY', weekday: 2, weeksAhead: 1 }],
    ['on Sunday', { kind: 'WEEKDAY', weekday: 7 }],
  ])('%s', (text, day) => {
    expect(extractDay(text)).toEqual(day);
  });
  it('reads no day where none is named', () => {
    expect(extractDay('오늘 대출 다 갚으면 얼마예요?')).toBeUndefined();
    expect(extractDay('How much to pay off my loan?')).toBeUndefined();
    // Every week, and "sat" as a verb, are no day.
    expect(extractDay('매주 금요일 얼마 써요?')).toBeUndefined();
    expect(extractDay('every Friday I spend too much')).toBeUndefined();
    expect(extractDay('I sat down with my loan papers')).toBeUndefined();
  });
});

describe('monthPair: two months in a row named together', () => {
  it.each([
    ['6월이랑 7월 중에 언제 더 많이 썼어?', 7],
    ['8월하고 9월 비교해줘', 9],
    ['Did I spend more in September or October?', 10],
    ['12월이랑 1월 비교', 1],
  ])('%s → %d', (text, month) => {
    expect(monthPair(text)).toBe(month);
  });
  it('none for one month, months apart, or a date', () => {
    expect(monthPair('10월에 얼마 썼어?')).toBeUndefined();
    expect(monthPair('3월이랑 7월 비교해줘')).toBeUndefined();
  });
});

describe('extractPayday / extractQuotedRate', () => {
  it.each([
    ['다음 달 이자 좀 늦게 내도 되나요? 월급이 25일에 들어와서요', 25],
    ['월급날이 10일이라서요', 10],
    ['I get paid on the 25th, can I pay my loan a bit late?', 25],
    ['대출 이자 늦게 내면 어떻게 돼요?', undefined],
  ])('payday: %s → %s', (text, day) => {
    expect(extractPayday(text)).toBe(day);
  });
  it.each([
    ['토스에서 대환대출 3.5%로 해준다는데 갈아타는 게 이득이야?', 3.5],
    ['신한은행은 3.2%라던데요?', 3.2],
    ['A bank offered me 3.3% to refinance', 3.3],
    // The customer's own rate, or a change by points, is not a quote.
    ['지금 금리 3.77%인데 갈아타는 게 나을까요?', undefined],
    ['my current rate is 4.1%, should I refinance?', undefined],
    ['금리가 1%p 내리면 갈아탈까요?', undefined],
  ])('quoted rate: %s → %s', (text, rate) => {
    expect(extractQuotedRate(text)).toBe(rate);
  });
});

describe("extractGetBy: an amount to live on to the month's end", () => {
  it.each([
    ['이번달 생활비 50만원으로 버틸 수 있을까?', '500000'],
    ['30만원 남았는데 이번 달 버틸 수 있어?', '300000'],
    ['10만원으로 월급날까지 살 수 있을까요', '100000'],
    ['can I get by on 300k won this month?', '300000'],
    ['Is ₩500,000 enough for the rest of the month?', '500000'],
  ])('%s → %s', (text, amount) => {
    expect(extractGetBy(text)).toBe(amount);
  });
  it('is no amount to live on when a loan is repaid or no amount is named', () => {
    expect(extractGetBy('50만원으로 대출 갚으면 충분할까?')).toBeUndefined();
    expect(extractGetBy('이번 달 버틸 수 있을까?')).toBeUndefined();
    expect(extractGetBy('500만원 중도상환하면 될까요?')).toBeUndefined();
  });
});
