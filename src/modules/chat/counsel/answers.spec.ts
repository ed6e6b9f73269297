import type { CounselIntent, CounselSlots } from '../../topics';
import { composeIntentReply, savingsInterest } from './answers';
import type {
  LoanLine,
  RefinanceChoiceData,
  RefinanceData,
  ScheduleData,
  SimulationData,
  SpendingSummaryData,
  TurnData,
} from './data';
import { formatKrw } from './format';
import { renderingErrors } from './render';

// What the first sentences of the loan answers say for loans the demo portfolio does not have: an amortising loan
// asked to pay interest only, and maturities years, days, zero days and already past from today.

const won = (amount: string) => ({ amount, text: formatKrw(amount, 'ko') });

function loan(over: Partial<LoanLine>): LoanLine {
  return {
    loanId: 'TG9hbjox',
    loanNumber: 'L000000001',
    kind: 'CREDIT',
    lender: '한빛은행',
    status: 'ACTIVE',
    outstandingPrincipal: won('12000000'),
    principal: won('12000000'),
    annualRate: '0.0690',
    rateType: 'FIXED',
    repaymentMethod: 'LEVEL_PAYMENT',
    graceMonths: 0,
    maturityOn: '2029-03-10',
    disbursedOn: '2024-03-10',
    remainingInstallments: 28,
    remainingInterest: won('1012345'),
    nextPayment: {
      number: 9,
      dueDate: '2026-12-10',
      payment: won('370000'),
      principal: won('301000'),
      interest: won('69000'),
      days: 30,
    },
    interestConvention: 'MONTHLY',
    fixedPeriodMonths: null,
    rateHistory: [{ fromInstallment: 1, dueDate: '2026-04-10', annualRate: '0.0690' }],
    previousPayment: null,
    delinquency: {
      daysPastDue: 0,
      overdueAmount: won('0'),
      assetClass: 'NORMAL',
      overdueInstallments: 0,
      oldestUnpaidDueDate: null,
      penaltyInterest: won('0'),
      penaltyRate: '0.0990',
    },
    ...over,
  };
}

/** The loans read for a turn on 2026-11-25: these, all active, none overdue. */
function loansData(loans: LoanLine[]): NonNullable<TurnData['loans']> {
  const sum = (pick: (l: LoanLine) => string) =>
    won(loans.reduce((a, l) => a + BigInt(pick(l)), 0n).toString());
  return {
    asOf: '2026-11-25',
    count: loans.length,
    activeCount: loans.length,
    totalOutstanding: sum((l) => l.outstandingPrincipal.amount),
    nextPaymentsTotal: sum((l) => l.nextPayment?.payment.amount ?? '0'),
    loans,
    delinquency: {
      delinquentLoans: 0,
      totalOverdue: won('0'),
      totalPenaltyInterest: won('0'),
      maxDaysPastDue: 0,
      worstAssetClass: 'NORMAL',
    },
  };
}

/** The Korean answer to one understood question over these active loans (none overdue), the first one asked about. */
function replyOver(loans: LoanLine[], intent: CounselIntent, slots: CounselSlots): string {
  const data: TurnData = { asOf: '2026-11-25', loans: loansData(loans) };
  const text = composeIntentReply({
    language: 'ko',
    understanding: { intent, slots },
    emotion: null,
    scenario: null,
    data,
    loan: loans[0],
    loanNotFound: false,
  });
  expect(renderingErrors(text)).toEqual([]);
  return text;
}

const reply = (l: LoanLine, intent: CounselIntent, slots: CounselSlots) => replyOver([l], intent, slots);

describe('loan answers for shapes the demo portfolio lacks', () => {
  it('"이번 달 이자만 내도 되나요?" on an amortising loan: the principal left unpaid becomes arrears; ask to defer', () => {
    const text = reply(loan({}), 'NEXT_PAYMENT', { request: 'INTEREST_ONLY' });
    expect(text.split('\n')[0]).toBe(
      '한빛은행 신용대출의 다음 납입일 12월 10일 (목)에 내실 금액은 원금 301,000원과 이자 69,000원입니다. ' +
        '이자만 내시면 원금 301,000원이 연체로 잡혀 연 9.9%의 연체이자가 붙습니다.',
    );
    expect(text).toContain('10만원 이상을 5영업일 이상 연체하면');
    expect(text).toContain('한빛은행에 상환유예(원금 유예)를 신청하세요');
  });

  it('"이번 달 이자만 내도 되나요?" in a grace period: yes, the instalment has no principal', () => {
    const l = loan({
      graceMonths: 12,
      nextPayment: {
        number: 3,
        dueDate: '2026-12-10',
        payment: won('69000'),
        principal: won('0'),
        interest: won('69000'),
        days: 30,
      },
    });
    const text = reply(l, 'NEXT_PAYMENT', { request: 'INTEREST_ONLY' });
    expect(text.split('\n')[0]).toBe(
      '네, 한빛은행 신용대출의 다음 납입일 12월 10일 (목)에는 원래 원금 없이 이자 69,000원만 내시면 됩니다.',
    );
    expect(text).toContain('거치기간이 끝난 뒤부터');
  });

  it('"제 대출 금리 언제 바뀌어요?": none for a fixed rate, the end of a mixed rate\'s fixed months, the next cycle of a periodic reset', () => {
    const slots: CounselSlots = { rateChange: true, nextReset: true };
    expect(reply(loan({}), 'LOAN_BALANCE', slots).split('\n')[0]).toBe(
      '한빛은행 신용대출은 고정금리라 만기(2029년 3월 10일 (토))까지 금리가 연 6.9% 그대로입니다.',
    );
    // Disbursed 2024-03-10, fixed for 60 months: the fixed period ends 2029-03-10.
    const mixed = loan({ rateType: 'MIXED', fixedPeriodMonths: 60, maturityOn: '2049-03-10' });
    expect(reply(mixed, 'LOAN_BALANCE', slots).split('\n')[0]).toBe(
      '한빛은행 신용대출의 금리는 2029년 3월 10일 (토)에 다시 정해집니다 (고정 기간 60개월이 끝나는 날, 지금 연 6.9%).',
    );
    // Reset every 12 months from 2024-03-10: 2025-03-10 and 2026-03-10 are past on 2026-11-25, next 2027-03-10.
    const periodic = loan({ rateType: 'PERIODIC_RESET', fixedPeriodMonths: 12 });
    expect(reply(periodic, 'LOAN_BALANCE', slots).split('\n')[0]).toBe(
      '한빛은행 신용대출의 금리는 2027년 3월 10일 (수)에 다시 정해집니다 (12개월마다 재산정, 지금 연 6.9%).',
    );
    const variable = loan({ rateType: 'VARIABLE' });
    expect(reply(variable, 'LOAN_BALANCE', slots).split('\n')[0]).toMatch(
      /^한빛은행 신용대출은 변동금리라 약정서에 정한 주기.*다음 변경일은 이 앱에 없어 한빛은행 앱이나 대출 약정서에서/,
    );
  });

  it('"뭐부터 갚아요?" ranks the loans by rate, highest first; one loan is said to be the only one', () => {
    const credit = loan({});
    const card = loan({
      loanId: 'TG9hbjoy',
      loanNumber: 'L000000002',
      kind: 'CARD_LOAN',
      lender: '새봄카드',
      annualRate: '0.1450',
      outstandingPrincipal: won('3000000'),
    });
    const mortgage = loan({
      loanId: 'TG9hbjoz',
      loanNumber: 'L000000003',
      kind: 'MORTGAGE',
      annualRate: '0.0410',
    });
    const text = replyOver([credit, mortgage, card], 'PREPAYMENT_EFFECT', { payoffOrder: true });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '금리가 높은 대출부터 갚는 것이 이자를 가장 많이 줄입니다: 먼저 새봄카드 카드론(연 14.5%)입니다.',
    );
    expect(lines.slice(1, 4).map((l) => l.slice(0, 3))).toEqual(['1) ', '2) ', '3) ']);
    expect(lines[1]).toContain('연 14.5%');
    expect(lines[2]).toContain('연 6.9%');
    expect(lines[3]).toContain('연 4.1%');
    expect(reply(credit, 'PREPAYMENT_EFFECT', { payoffOrder: true }).split('\n')[0]).toBe(
      '상환 중인 대출은 한빛은행 신용대출(연 6.9%) 하나뿐이라 순서를 정할 필요 없이 이 대출을 갚으시면 됩니다.',
    );
  });

  it('"연체되면 집 넘어가요?": a mortgage can lose its term and go to auction; without one, no home is at stake', () => {
    const mortgage = loan({ kind: 'MORTGAGE', outstandingPrincipal: won('250000000') });
    expect(reply(mortgage, 'ARREARS', { foreclosure: true }).split('\n')[0]).toBe(
      '한빛은행 주택담보대출은 집을 담보로 한 대출이라, 이자를 2개월 넘게 내지 못하면 남은 원금을 한꺼번에 갚아야 하고(기한의 이익 상실) 금융회사가 집의 경매를 신청할 수 있습니다. 그 전에 연락하면 상환유예나 채무조정으로 막을 방법이 있습니다.',
    );
    expect(reply(loan({}), 'HARDSHIP', { foreclosure: true })).toContain(
      '집을 담보로 잡은 주택담보대출은 없어, 연체만으로 집이 경매에 넘어가지는 않습니다',
    );
  });

  it('"원금 상환은 언제부터?": after a grace period, already now, or all at maturity for a bullet loan', () => {
    const row = (n: number, dueDate: string, principal: string) => ({
      number: n,
      dueDate,
      payment: won(String(69000 + Number(principal))),
      principal: won(principal),
      interest: won('69000'),
      balance: won('12000000'),
    });
    const ask = (l: LoanLine, rows: ScheduleData['rows']) => {
      const text = composeIntentReply({
        language: 'ko',
        understanding: { intent: 'REPAYMENT_SCHEDULE', slots: { principalStart: true } },
        emotion: null,
        scenario: null,
        data: { asOf: '2026-11-25', schedule: { loanId: l.loanId, loanNumber: l.loanNumber, rows } },
        loan: l,
        loanNotFound: false,
      });
      expect(renderingErrors(text)).toEqual([]);
      return text;
    };
    const grace = loan({ graceMonths: 12 });
    expect(
      ask(grace, [row(3, '2026-12-10', '0'), row(4, '2027-01-10', '0'), row(5, '2027-02-10', '331000')]),
    ).toBe(
      '한빛은행 신용대출의 원금 상환은 2027년 2월 10일 (수) 회차부터 시작됩니다 (그 회차 원금 331,000원). 그 전까지는 이자만 냅니다.',
    );
    expect(ask(grace, [row(3, '2026-12-10', '0')])).toContain('앞으로 1회 동안 이자만 내는 거치기간이고');
    expect(ask(loan({}), [row(9, '2026-12-10', '301000')])).toContain(
      '이미 매 회차 원금을 함께 갚고 계십니다',
    );
    expect(ask(loan({ repaymentMethod: 'BULLET' }), [row(9, '2026-12-10', '0')])).toBe(
      '한빛은행 신용대출은 만기일시상환이라 원금 12,000,000원은 만기(2029년 3월 10일 (토))에 한 번에 갚고, 그 전까지는 매달 이자만 냅니다.',
    );
  });

  it.each([
    ['2029-03-10', '만기는 2029년 3월 10일 (토)입니다. 약 2년 3개월 남았고, 남은 납입은 28회'],
    ['2026-12-10', '만기는 12월 10일 (목)입니다. 15일 남았고'],
    ['2026-11-25', '만기는 오늘(11월 25일 (수))이고, 남은 원금은 12,000,000원입니다.'],
    [
      '2026-10-10',
      '한빛은행 신용대출은 10월 10일 (토)에 만기가 지났지만 남은 원금 12,000,000원이 아직 있습니다.',
    ],
  ])('"만기 언제예요?" with maturity %s', (maturityOn, expected) => {
    const text = reply(loan({ maturityOn }), 'LOAN_BALANCE', { maturity: true });
    expect(text.split('\n')[0]).toContain(expected);
  });
});

describe('savingsInterest: a savings plan (적금) and a deposit (예금), simple interest, 15.4 % tax', () => {
  it('matches the published worked examples', () => {
    // 적금: 월 10만원 × 연 3% × 12개월 — 100,000 × 0.03 ÷ 12 × 78 = 19,500원, 세금 3,003원, 세후 16,497원.
    expect(savingsInterest('INSTALMENT', '100000', '0.03', 12)).toEqual({
      paidIn: '1200000',
      gross: '19500',
      tax: '3003',
      net: '16497',
    });
    // 예금: 1천만원 × 연 3% × 1년 = 300,000원, 세금 46,200원, 세후 253,800원.
    expect(savingsInterest('LUMP_SUM', '10000000', '0.03', 12)).toEqual({
      paidIn: '10000000',
      gross: '300000',
      tax: '46200',
      net: '253800',
    });
  });

  it('truncates each figure to the won and earns over the months each payment stays', () => {
    // 6 months of 436,508: 436,508 × 0.0025 × 21 = 22,916.67 → 22,916; tax 3,529.06 → 3,529.
    expect(savingsInterest('INSTALMENT', '436508', '0.03', 6)).toEqual({
      paidIn: '2619048',
      gross: '22916',
      tax: '3529',
      net: '19387',
    });
    expect(savingsInterest('LUMP_SUM', '1', '0.03', 1).gross).toBe('0');
  });
});

describe('QA round 19 (r19-loans): a fixed-rate switch, a rate judged, a second-tier lender', () => {
  const choice = (annualRate: string, fee = '0'): RefinanceChoiceData => ({
    lender: '바다은행',
    productName: '바다 갈아타기',
    annualRate,
    newPayment: won('350000'),
    monthlySaving: won('20000'),
    prepaymentFee: won(fee),
    totalCost: won(String(Number(fee) + 50000)),
    breakEvenMonth: 6,
    lifetimeSaving: won('400000'),
  });
  const refinance = (l: LoanLine, options: { stay?: string; sw?: string; fee?: string }): RefinanceData => ({
    loanId: l.loanId,
    loanNumber: l.loanNumber,
    kind: l.kind,
    lender: l.lender,
    asOf: '2026-11-25',
    unavailableReason: null,
    currentRate: l.annualRate,
    currentPayment: won('370000'),
    balance: l.outstandingPrincipal,
    remainingMonths: 28,
    best: options.sw ? 'SWITCH_LENDER' : options.stay ? 'STAY_REDUCED_RATE' : 'KEEP_CURRENT',
    bestSwitch: options.sw ? choice(options.sw, options.fee) : null,
    stay: options.stay ? choice(options.stay) : null,
    eligibleOffers: options.sw ? 1 : 0,
    quoted: null,
  });
  function answer(
    l: LoanLine,
    intent: CounselIntent,
    slots: CounselSlots,
    extra: Partial<TurnData>,
    language: 'ko' | 'en' = 'ko',
  ): string {
    const text = composeIntentReply({
      language,
      understanding: { intent, slots },
      emotion: null,
      scenario: null,
      data: {
        asOf: '2026-11-25',
        loans: loansData([l]),
        ...extra,
      },
      loan: l,
      loanNotFound: false,
    });
    expect(renderingErrors(text)).toEqual([]);
    return text;
  }
  const first = (text: string) => text.split('\n')[0];

  it('"고정금리로 바꿀 수 있어요?": a variable loan — yes, by a new contract or a switch, with the fee; a fixed one already is', () => {
    const variable = loan({ rateType: 'VARIABLE' });
    const slots: CounselSlots = { productTopic: 'RATE_TYPES', canSwitch: true };
    const yes = answer(variable, 'REFINANCE', slots, {
      refinance: refinance(variable, { sw: '0.0600', fee: '120000' }),
    });
    expect(first(yes)).toMatch(
      /^네, 한빛은행 신용대출은 지금 변동금리\(연 6\.9%\)지만 고정금리로 바꿀 수 있습니다: /,
    );
    expect(first(yes)).toContain('중도상환수수료 120,000원을 포함해 170,000원이 듭니다.');
    const fixed = answer(loan({}), 'REFINANCE', slots, { refinance: refinance(loan({}), {}) });
    expect(first(fixed)).toMatch(
      /^한빛은행 신용대출은 이미 고정금리\(연 6\.9%\)라 만기까지 금리가 바뀌지 않습니다\./,
    );
    const en = answer(
      variable,
      'REFINANCE',
      slots,
      { refinance: refinance(variable, { sw: '0.0600' }) },
      'en',
    );
    expect(first(en)).toMatch(
      /^Yes: your 한빛은행 credit loan \(variable rate, 6\.9% a year now\) can move to a fixed rate/,
    );
  });

  it('"3.77%면 괜찮은 금리예요?": no with the gap above the lowest on offer, yes at or below it, no verdict without offers', () => {
    const l = loan({});
    const offers = { refinance: refinance(l, { stay: '0.0650', sw: '0.0600' }) };
    expect(first(answer(l, 'REFINANCE', { rateJudged: 6.5 }, offers))).toBe(
      '아니요, 연 6.5%는 가장 좋은 금리는 아닙니다: 지금 고객님이 받을 수 있는 가장 낮은 금리 연 6%보다 0.50%p 높습니다. 고객님 대출과 비교하면 한빛은행 신용대출의 지금 금리(연 6.9%)보다 0.40%p 낮습니다.',
    );
    expect(first(answer(l, 'REFINANCE', { rateJudged: 5.9 }, offers))).toMatch(
      /^네, 연 5\.9%는 괜찮은 금리입니다: 지금 고객님이 받을 수 있는 가장 낮은 금리\(연 6%\)보다 0\.10%p 낮습니다\./,
    );
    expect(first(answer(l, 'REFINANCE', { rateJudged: 6.9 }, { refinance: refinance(l, {}) }))).toBe(
      '연 6.9%는 지금 비교할 수 있는 대출 상품이 없어 좋고 나쁨을 가를 수 없습니다. 고객님 대출과 비교하면 한빛은행 신용대출의 지금 금리(연 6.9%)와 같습니다.',
    );
    expect(first(answer(l, 'REFINANCE', { rateJudged: 6.9 }, offers, 'en'))).toMatch(
      /^No: 6\.9% a year is not the best you can get — it is 0\.90%p above the lowest rate on offer to you now \(6% a year\)\./,
    );
  });

  it('"2금융권에서는 얼마까지?": the non-bank limit with the bank one beside it, or the same when another cap binds', () => {
    const sim = (maxLoan: string, bankMax: string): SimulationData => ({
      ok: true,
      reason: null,
      evaluationDate: '2026-11-25',
      assumedLoan: { kind: 'CREDIT', termMonths: 60, annualRate: '0.055', repaymentMethod: 'LEVEL_PAYMENT' },
      requestedAmount: null,
      requestedPayment: null,
      maxLoan: won(maxLoan),
      dsrBefore: '0.2',
      dsrAfter: '0.5',
      dsrCapRatio: '0.50',
      bindingConstraint: 'DSR',
      existingAnnualDebtService: won('1000000'),
      annualIncome: won('30000000'),
      limitPayment: null,
      incomeStated: false,
      incomeOnFile: null,
      home: null,
      incomeWhatIf: null,
      bank: { maxLoan: won(bankMax), dsrCapRatio: '0.40' },
    });
    const l = loan({});
    expect(
      first(answer(l, 'LOAN_LIMIT', { nonBank: true }, { simulation: sim('30000000', '20000000') })),
    ).toMatch(
      /^2금융권\(저축은행·캐피탈 등\)에서는 신용대출이 최대 30,000,000원까지 가능한 것으로 계산됩니다: DSR 한도가 연소득의 50%로 은행\(40%, 최대 20,000,000원\)보다 높아 10,000,000원 더 빌릴 수 있습니다 \(60개월, 연 5\.5% 가정\)\. 다만 2금융권 금리는/,
    );
    expect(
      first(answer(l, 'LOAN_LIMIT', { nonBank: true }, { simulation: sim('20000000', '20000000') })),
    ).toMatch(
      /^2금융권\(저축은행·캐피탈 등\)에서도 신용대출은 은행과 같은 최대 20,000,000원까지로 계산됩니다/,
    );
    // "대출 더 받을 수 있어요?": yes with the limit; no when it is nothing.
    expect(
      first(
        answer(
          l,
          'LOAN_LIMIT',
          { canBorrow: true, nonBank: true },
          { simulation: sim('30000000', '20000000') },
        ),
      ),
    ).toMatch(/^네, 2금융권\(저축은행·캐피탈 등\)에서는 신용대출이 최대 30,000,000원까지/);
    expect(
      first(answer(l, 'LOAN_LIMIT', { canBorrow: true }, { simulation: { ...sim('0', '0'), bank: null } })),
    ).toBe('아니요, 지금 소득과 대출로는 신용대출 한도가 나오지 않습니다 (60개월, 연 5.5% 가정).');
  });
});

describe('QA round 19 (r19-shops): several shops, a date that does not exist, spending asked as yes or no', () => {
  const summary = (over: Partial<SpendingSummaryData>): SpendingSummaryData => ({
    period: 'LAST_MONTH',
    months: null,
    from: '2026-10-01',
    through: '2026-10-31',
    complete: true,
    category: null,
    merchant: null,
    locality: null,
    channel: null,
    days: null,
    total: won('0'),
    purchaseCount: 0,
    byCategory: [],
    ...over,
  });
  // The API prints each amount in the customer's language: the Korean figures of the data reprinted for English.
  const inLanguage = <T>(x: T, language: 'ko' | 'en'): T =>
    JSON.parse(JSON.stringify(x), (key, v) =>
      v && typeof v === 'object' && typeof v.amount === 'string' && typeof v.text === 'string'
        ? { amount: v.amount, text: formatKrw(v.amount, language) }
        : v,
    ) as T;
  const answer = (slots: CounselSlots, data: Partial<TurnData>, language: 'ko' | 'en' = 'ko') => {
    const text = composeIntentReply({
      language,
      understanding: { intent: 'SPENDING', slots },
      emotion: null,
      scenario: null,
      data: { asOf: '2026-11-28', ...inLanguage(data, language) },
      loan: null,
      loanNotFound: false,
    });
    expect(renderingErrors(text)).toEqual([]);
    return text.split('\n')[0];
  };
  const shops = {
    spendingSummary: summary({ merchant: '쿠팡', total: won('30000'), purchaseCount: 2 }),
    spendingAlso: summary({ merchant: '배달의민족' }),
    spendingMore: [summary({ merchant: '롯데마트', total: won('13200'), purchaseCount: 1 })],
  };
  const period = { kind: 'LAST_MONTH' } as const;

  it('three shops: the sum first, each one after it, a shop with nothing said as 0원', () => {
    const slots = {
      period,
      merchant: '쿠팡',
      alsoMerchant: '배달의민족',
      moreMerchants: ['롯데마트'],
      together: true,
    };
    expect(answer(slots, shops)).toBe(
      '지난달 쿠팡, 배달의민족, 롯데마트에서 쓰신 카드 금액은 합쳐서 43,200원입니다: 쿠팡 30,000원(2건), ' +
        '배달의민족 0원(결제 내역 없음), 롯데마트 13,200원(1건) (10월 1일 (목) ~ 10월 31일 (토)).',
    );
    expect(answer({ ...slots, together: false }, shops, 'en')).toMatch(
      /^You spent the most at Coupang last month of the 3: ₩30,000 — Coupang ₩30,000 \(2 transactions\), Baemin ₩0 \(no payments there\), Lotte Mart ₩13,200 \(1 transaction\)/,
    );
  });

  it('three categories: the sum first with 에 / on, or the one that took most of the 업종', () => {
    const data = {
      spendingSummary: summary({ category: 'FOOD', total: won('200000'), purchaseCount: 5 }),
      spendingAlso: summary({ category: 'SHOPPING', total: won('490700'), purchaseCount: 3 }),
      spendingMore: [summary({ category: 'TRANSPORT' })],
    };
    const slots: CounselSlots = {
      period,
      category: 'FOOD',
      alsoCategory: 'SHOPPING',
      moreCategories: ['TRANSPORT'],
    };
    expect(answer({ ...slots, together: true }, data)).toMatch(
      /^지난달 식비, 쇼핑, 교통에 쓰신 카드 금액은 합쳐서 690,700원입니다: 식비 200,000원\(5건\), 쇼핑 490,700원\(3건\), 교통 0원\(결제 내역 없음\)/,
    );
    expect(answer(slots, data)).toMatch(/^지난달 3개 업종 중 가장 많이 쓰신 업종은 쇼핑\(490,700원\)입니다/);
    expect(answer({ ...slots, together: true }, data, 'en')).toMatch(/^You spent ₩690,700 on /);
  });

  it('a date that does not exist is said so, whatever was read', () => {
    expect(answer({ noSuchDate: '32일' }, shops)).toMatch(/^32일은 없는 날짜입니다/);
    expect(answer({ noSuchDate: 'oct 32' }, shops, 'en')).toMatch(/^There is no such date as “oct 32”/);
  });

  it('an amount asked as yes or no: 네/아니요, Yes/No with the total and by how much', () => {
    const data = {
      spendingSummary: summary({ category: 'SHOPPING', total: won('490700'), purchaseCount: 3 }),
    };
    expect(answer({ period, category: 'SHOPPING', spentOver: '500000' }, data)).toMatch(
      /^아니요, 지난달 쇼핑 카드 지출은 490,700원으로 500,000원을 넘지 않았습니다: 9,300원 남았습니다/,
    );
    expect(answer({ period, category: 'SHOPPING', spentOver: '400000' }, data, 'en')).toMatch(
      /^Yes: your card spending on shopping last month is ₩490,700, ₩90,700 over ₩400,000/,
    );
  });

  it('"지난달보다 더 썼어?": 네 when more, 아니요 when less', () => {
    const data = {
      spendingSummary: summary({
        period: 'THIS_MONTH',
        from: '2026-11-01',
        through: '2026-11-28',
        total: won('173540'),
      }),
      spendingPrevious: summary({ total: won('2324660') }),
    };
    expect(answer({ period, compare: true, moreAsked: 'MORE' }, data)).toMatch(
      /^아니요, 이번 달 카드 지출은 173,540원/,
    );
    expect(answer({ period, compare: true, moreAsked: 'LESS' }, data)).toMatch(
      /^네, 이번 달 카드 지출은 173,540원/,
    );
    expect(answer({ period, compare: true, moreAsked: 'LESS' }, data, 'en')).toMatch(
      /^Yes: your card spending this month is ₩173,540/,
    );
  });
});
