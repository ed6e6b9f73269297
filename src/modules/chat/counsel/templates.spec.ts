import fs from 'node:fs';
import path from 'node:path';
import type { TurnScenario } from './counsellor';
import type { ForecastData, ImportFigures, TurnData } from './data';
import { UCI_SAMPLE_IMPORT } from './import-figures.fixture';
import { renderingErrors } from './render';
import { formatKrw } from './format';
import {
  koreanFailureReason,
  koreanRowReason,
  composeCounselReply,
  composeImportStatusReply,
  composeFaqReply,
  composeForecastReply,
  DISCLAIMER,
  faqMetricOf,
  forecastTrend,
  listedPoints,
  generalReply,
  metricLine,
  OPENINGS,
  refusalReply,
  SCENARIO_STEPS,
  staffOnlyReply,
  topicParticle,
} from './templates';

const k = (amount: string) => ({ amount, text: formatKrw(amount, 'ko') });
const e = (amount: string) => ({ amount, text: formatKrw(amount, 'en') });

const DEBT: TurnScenario = {
  label: 'DEBT_BURDEN',
  probability: 0.8808,
  calibrated: false,
  thresholdVersion: 'v3-2026-11-01',
  keyMetrics: [{ name: 'dsr', value: 0.52, threshold: 0.4, direction: 'ABOVE', triggered: true }],
};

function loansData(m: typeof k): TurnData {
  const NO_ARREARS = {
    overdueInstallments: 0,
    oldestUnpaidDueDate: null,
    penaltyInterest: m('0'),
    penaltyRate: '0.0820',
  };
  return {
    asOf: '2026-11-21',
    loans: {
      asOf: '2026-11-21',
      count: 2,
      activeCount: 2,
      totalOutstanding: m('35250000'),
      nextPaymentsTotal: m('1234567'),
      loans: [
        {
          loanId: 'TG9hbjox',
          loanNumber: 'L000000001',
          kind: 'CREDIT',
          lender: '한빛은행',
          status: 'ACTIVE',
          outstandingPrincipal: m('20000000'),
          principal: m('30000000'),
          annualRate: '0.0720',
          rateType: 'FIXED',
          repaymentMethod: 'LEVEL_PAYMENT',
          graceMonths: 0,
          maturityOn: '2029-01-10',
          disbursedOn: '2024-01-10',
          remainingInstallments: 16,
          remainingInterest: m('6789'),
          nextPayment: {
            number: 7,
            dueDate: '2026-12-10',
            payment: m('734567'),
            principal: m('614567'),
            interest: m('120000'),
            days: 30,
          },
          interestConvention: 'MONTHLY',
          fixedPeriodMonths: null,
          rateHistory: [{ fromInstallment: 1, dueDate: '2026-06-10', annualRate: '0.0720' }],
          previousPayment: null,
          delinquency: { daysPastDue: 0, overdueAmount: m('0'), assetClass: 'NORMAL', ...NO_ARREARS },
        },
        {
          loanId: 'TG9hbjoy',
          loanNumber: 'L000000002',
          kind: 'AUTO',
          lender: '새봄캐피탈',
          status: 'ACTIVE',
          outstandingPrincipal: m('15250000'),
          principal: m('20000000'),
          annualRate: '0.0590',
          rateType: 'FIXED',
          repaymentMethod: 'LEVEL_PAYMENT',
          graceMonths: 0,
          maturityOn: '2028-05-01',
          disbursedOn: '2023-05-01',
          remainingInstallments: 18,
          remainingInterest: m('812345'),
          nextPayment: {
            number: 3,
            dueDate: '2026-12-01',
            payment: m('500000'),
            principal: m('425000'),
            interest: m('75000'),
            days: 30,
          },
          interestConvention: 'MONTHLY',
          fixedPeriodMonths: null,
          rateHistory: [{ fromInstallment: 1, dueDate: '2026-10-01', annualRate: '0.0590' }],
          previousPayment: null,
          delinquency: { daysPastDue: 0, overdueAmount: m('0'), assetClass: 'NORMAL', ...NO_ARREARS },
        },
      ],
      delinquency: {
        delinquentLoans: 0,
        totalOverdue: m('0'),
        totalPenaltyInterest: m('0'),
        maxDaysPastDue: 0,
        worstAssetClass: 'NORMAL',
      },
    },
  };
}

describe('offline counsellor templates', () => {
  it('composes a scenario × emotion reply with the figures, the thresholds, the steps and the hedge (ko)', () => {
    const reply = composeCounselReply({
      language: 'ko',
      emotion: { label: 'ANXIOUS', intensity: 0.8 },
      scenario: DEBT,
      intent: 'LOANS',
      data: loansData(k),
    });
    expect(reply.startsWith(OPENINGS.ANXIOUS.strong.ko)).toBe(true);
    expect(reply).toContain(
      '보유 대출 2건(상환 중 2건), 잔액 합계 35,250,000원, 다음 납입할 회차 합계 1,234,567원.',
    );
    expect(reply).toContain(
      '- L000000001 한빛은행 신용대출: 잔액 20,000,000원, 금리 연 7.2%, 다음 납입 12월 10일 (목) 734,567원',
    );
    expect(reply).not.toContain('추정 확률'); // the model's probability is not the customer's figure
    expect(reply).toContain('- DSR(총부채원리금상환비율): 52.0% (주의 기준 40.0%보다 높음)');
    expect(reply).toContain(`1. ${SCENARIO_STEPS.DEBT_BURDEN.ko[0]}`);
    expect(reply).toContain('현재 연체는 없습니다');
    expect(reply.endsWith(DISCLAIMER.ko)).toBe(true);
  });

  it('uses the mild opening below intensity 0.6 and English with English figures', () => {
    const reply = composeCounselReply({
      language: 'en',
      emotion: { label: 'FRUSTRATED', intensity: 0.3 },
      scenario: DEBT,
      intent: 'LOANS',
      data: loansData(e),
    });
    expect(reply.startsWith(OPENINGS.FRUSTRATED.mild.en)).toBe(true);
    expect(reply).toContain('total outstanding ₩35,250,000, next instalments together ₩1,234,567.');
    expect(reply).toContain('- DSR (yearly debt repayments ÷ income): 52.0% (above the 40.0% warning level)');
    expect(reply).toContain('Nothing is overdue.');
    expect(reply.replace(/한빛은행|새봄캐피탈/g, '')).not.toMatch(/[가-힣]/); // lender names are data
  });

  it('states a scenario below even odds as one to watch, not as the situation (ko and en)', () => {
    const watch: TurnScenario = {
      ...DEBT,
      probability: 0.35,
      keyMetrics: [{ name: 'dsr', value: 0.336, threshold: 0.4, direction: 'ABOVE', triggered: false }],
    };
    const input = { emotion: null, scenario: watch, intent: 'LOANS' as const };
    const ko = composeCounselReply({ ...input, language: 'ko', data: loansData(k) });
    expect(ko).toContain(
      "■ 지금 가장 살펴볼 만한 부분은 '부채 상환 부담'이지만, 현재 지표는 아직 기준 안쪽입니다. 아래는 예방 차원의 안내입니다.",
    );
    expect(ko).not.toContain('부담이 큰 상황입니다');
    const en = composeCounselReply({ ...input, language: 'en', data: loansData(e) });
    expect(en).toContain(
      'The situation most worth watching is heavy debt repayments, but your figures are still within',
    );
    expect(en).not.toContain('Your debt repayments are heavy relative to income');
  });

  it('writes key metrics in their units and the relation to the threshold', () => {
    expect(
      metricLine(
        { name: 'maxDaysPastDue', value: 45, threshold: 30, direction: 'ABOVE', triggered: true },
        'ko',
      ),
    ).toBe('- 최장 연체 일수: 45일 (주의 기준 30일보다 높음)');
    expect(
      metricLine(
        { name: 'liquidityMonths', value: 1.25, threshold: 3, direction: 'BELOW', triggered: true },
        'en',
      ),
    ).toBe('- cash buffer (months of spending): 1.3 months (below the 3.0 months warning level)');
    expect(
      metricLine(
        { name: 'overdueAmount', value: 1109928, threshold: 0, direction: 'ABOVE', triggered: true },
        'ko',
      ),
    ).toBe('- 연체 금액: 1,109,928원 (주의 기준 0원보다 높음)');
  });

  it('gives the two-stage forecast answer: summary with horizon, points, 80 % interval and method, then narrative', () => {
    const f: ForecastData = {
      kind: 'CUSTOMER',
      series: 'SPENDING',
      label: '월 카드 소비',
      unit: 'KRW',
      method: 'THETA',
      horizon: 2,
      lastObservedPeriod: '2026-10-01',
      observations: 12,
      version: null,
      points: [
        {
          period: '2026-11-01',
          mean: '800000',
          lower80: '700000',
          upper80: '900000',
          lower95: '650000',
          upper95: '950000',
        },
        {
          period: '2026-12-01',
          mean: '900000',
          lower80: '760000',
          upper80: '1040000',
          lower95: '690000',
          upper95: '1110000',
        },
      ],
    };
    expect(forecastTrend(f)).toBe('UP');
    const reply = composeForecastReply({
      language: 'ko',
      emotion: { label: 'NEUTRAL', intensity: 0 },
      scenario: { ...DEBT, label: 'OVERSPENDING' },
      intent: 'FORECAST',
      data: { asOf: '2026-11-21', forecasts: [f] },
    });
    const summary = reply.indexOf(
      '【예측 요약】 월 카드 소비: 앞으로 2개월, 예측 방법: 세타(Theta) 방법 (12개월 관측, 마지막 관측 2026년 10월)',
    );
    // A neutral question gets no filler before the figures (the answer's own lead comes first, answers.ts).
    expect(summary).toBe(0);
    expect(reply).toContain('- 2026년 11월: 800,000원 (80% 확률 구간 700,000원 ~ 900,000원)');
    expect(reply).toContain('- 2026년 12월: 900,000원 (80% 확률 구간 760,000원 ~ 1,040,000원)');
    const narrative = reply.indexOf('【시나리오 해설】 월 카드 소비는 앞으로 늘어나는 흐름으로 예측됩니다.');
    expect(narrative).toBeGreaterThan(summary);
    expect(reply).toContain("현재 상황은 '과소비'로 판단되므로");
    expect(reply).not.toMatch(/THETA|\(으\)로/);
    expect(reply).toContain('통계 모형에 따른 추정치');
    // A forecast of one's own card spending is not a lender's decision: no approval hedge.
    expect(reply).not.toContain('심사 결과에 따라');
  });

  it('says a series that cannot move once, lists a long horizon in six months, and hedges a debt forecast', () => {
    const month = (i: number) =>
      `${2026 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, '0')}-01`;
    const flat: ForecastData = {
      kind: 'CUSTOMER',
      series: 'DEBT',
      label: '월말 대출 잔액',
      unit: 'KRW',
      method: 'THETA',
      horizon: 14,
      lastObservedPeriod: '2026-10-01',
      observations: 8,
      version: null,
      points: Array.from({ length: 14 }, (_, i) => ({
        period: month(i),
        mean: '169000000',
        lower80: '169000000',
        upper80: '169000000',
        lower95: '169000000',
        upper95: '169000000',
      })),
    };
    const input = (f: ForecastData) => ({
      language: 'ko' as const,
      emotion: { label: 'NEUTRAL' as const, intensity: 0 },
      scenario: null,
      intent: 'FORECAST' as const,
      data: { asOf: '2026-11-28', forecasts: [f] },
    });
    const reply = composeForecastReply(input(flat));
    expect(reply).toContain('- 2026년 11월 ~ 2027년 12월: 매달 169,000,000원 (변동 없음)');
    // Not fourteen equal lines, and no "between X and X" range.
    expect(reply.match(/169,000,000원/g)).toHaveLength(1);
    expect(reply).not.toContain('확률로');
    expect(reply).toContain('심사 결과에 따라 달라질 수 있습니다');

    const rising: ForecastData = {
      ...flat,
      points: flat.points.map((p, i) => ({
        ...p,
        mean: String(100000 * (i + 1)),
        lower80: String(90000 * (i + 1)),
        upper80: String(110000 * (i + 1)),
      })),
    };
    const lines = composeForecastReply(input(rising))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('- 2026년 11월: 100,000원 (80% 확률 구간 90,000원 ~ 110,000원)');
    expect(lines[5]).toBe('- 2027년 12월: 1,400,000원 (80% 확률 구간 1,260,000원 ~ 1,540,000원)');
    expect(composeForecastReply(input(rising))).toContain('(14개월 중 6개월만 보여 드렸습니다.)');
    expect(listedPoints([1, 2, 3])).toEqual([1, 2, 3]);
    expect(listedPoints(Array.from({ length: 12 }, (_, i) => i))).toEqual([0, 2, 4, 7, 9, 11]);
  });

  it('answers staff FAQ questions from an import summary with the source', () => {
    const f: ImportFigures = UCI_SAMPLE_IMPORT;
    expect(faqMetricOf('총매출?')).toBe('REVENUE');
    expect(faqMetricOf('고객수?')).toBe('CUSTOMERS');
    expect(faqMetricOf('how many invoices?')).toBe('INVOICES');
    expect(faqMetricOf('평균 주문금액')).toBe('AVERAGE_ORDER');
    expect(faqMetricOf('top category?')).toBe('TOP');
    const src =
      '(출처: 매출 업로드 “online_retail_sample.csv”, 2026년 11월 21일 (토), 업로드 번호 SW1wb3J0OjE)';
    expect(composeFaqReply(f, 'REVENUE', 'ko')).toBe(
      `최신 매출 업로드의 총액(총매출)은 4,542.13 GBP입니다. ${src}`,
    );
    expect(composeFaqReply(f, 'CUSTOMERS', 'ko')).toBe(`고객 수(중복 제외)는 14명입니다. ${src}`);
    // 4542.13 ÷ 21 = 216.2919… → 216.29
    expect(composeFaqReply(f, 'AVERAGE_ORDER', 'en')).toContain(
      'Average order value (total ÷ invoices): 216.29 GBP.',
    );
    expect(composeFaqReply(f, 'TOP', 'en')).toContain(
      'Top country: “United Kingdom” with 180 rows, amount 3,686.27 GBP.',
    );
    expect(composeFaqReply(null, 'REVENUE', 'en')).toMatch(/no finished import/);
    // KRW imports are written in won.
    expect(
      composeFaqReply(
        { ...f, target: 'TRANSACTIONS', currency: 'KRW', totalAmount: '1234567' },
        'REVENUE',
        'ko',
      ),
    ).toContain('1,234,567원');
  });

  it('has general, refusal and staff-only replies in both languages', () => {
    expect(generalReply('안녕하세요', 'ko')).toMatch(/^안녕하세요!/);
    expect(generalReply('thanks a lot', 'en')).toMatch(/^You’re welcome/);
    // A person asked for: where one is reached (this assistant connects no one); a complaint: sorry, and a way on.
    expect(generalReply('챗봇 말고 상담원 연결해 주세요', 'ko')).toMatch(
      /^제가 상담원을 직접 연결해 드릴 수는 없어요.+1397/,
    );
    expect(generalReply('can i talk to a human', 'en')).toMatch(
      /^I can’t put you through to a person myself/,
    );
    expect(generalReply('ugh this app is useless', 'en')).toMatch(/^Sorry this hasn’t helped/);
    expect(generalReply('오늘 점심 뭐 먹지', 'ko')).toContain('금융 상담 도우미');
    expect(generalReply('1지망 학교 떨어졌어', 'ko', 'SAD')).toMatch(/^속상하셨겠어요/);
    // A low mood is met and offered help with what may weigh on it, not told that small talk is kept short.
    expect(generalReply('1지망 학교 떨어졌어', 'ko', 'SAD')).toContain('혼자 떠안지 않으셔도');
    expect(generalReply('I feel like a failure', 'en', 'SAD')).toMatch(/^I’m sorry you’re feeling this way/);
    expect(generalReply('I feel like a failure', 'en', 'SAD')).not.toContain('small talk');
    expect(refusalReply('OTHER_CUSTOMER', 'ko')).toContain('다른 고객님의 정보');
    expect(refusalReply('INSTRUCTION_OVERRIDE', 'en')).toMatch(/^I’m sorry/);
    expect(staffOnlyReply('ko')).toContain('직원 전용');
    expect(topicParticle('월 카드 소비')).toBe('는');
    expect(topicParticle('월말 대출 잔액')).toBe('은');
    expect(topicParticle('BOK rate')).toBe('는');
  });
});

describe('composeImportStatusReply (staff: "why did my import fail?")', () => {
  const base = {
    importId: 'SW1wb3J0OjE',
    target: 'SALES',
    fileName: 'online_retail.csv',
    phase: 'DONE',
    failureReason: null,
    rowsRead: 1000,
    rowsValid: 990,
    rowsBad: 10,
    rowsInserted: 985,
    rowsDuplicate: 5,
    createdAt: '2026-11-25T01:00:00.000Z',
    finishedAt: '2026-11-25T01:00:09.000Z',
    errors: [{ line: 12, column: 'Quantity', value: 'abc', reason: 'Quantity is not a whole number' }],
  };
  it('a finished import: rows read, inserted, skipped and rejected, then the rejected rows and what to do', () => {
    for (const language of ['ko', 'en'] as const) {
      const text = composeImportStatusReply({ ...base, status: 'SUCCEEDED' }, language);
      expect(renderingErrors(text)).toEqual([]);
      expect(text.split('\n')[0]).toBe(
        language === 'ko'
          ? '마지막 가져오기(매출, “online_retail.csv”, 업로드 번호 SW1wb3J0OjE)는 완료되었습니다: 읽은 1,000행 중 985행을 넣었고, 이미 있던 5행은 건너뛰었고, 오류로 빠진 행은 10행입니다.'
          : 'The latest import (sales, “online_retail.csv”, import no. SW1wb3J0OjE) finished: of 1,000 rows read it inserted 985, skipped 5 rows already there, and rejected 10.',
      );
      expect(text).toContain(
        language === 'ko' ? '- 12행 “Quantity” “abc”: ' : '- line 12 “Quantity” “abc”: ',
      );
    }
  });
  it('a failed import: the reason, that nothing was written; a running one; none at all', () => {
    const failed = composeImportStatusReply(
      {
        ...base,
        status: 'FAILED',
        rowsInserted: 0,
        rowsDuplicate: 0,
        failureReason: 'The file is empty: no header line',
      },
      'ko',
    );
    expect(failed.split('\n').slice(0, 3)).toEqual([
      '마지막 가져오기(매출, “online_retail.csv”, 업로드 번호 SW1wb3J0OjE)는 실패했습니다: 파일이 비어 있습니다 (헤더 줄 없음).',
      '(가져오기 기록의 원문: The file is empty: no header line)',
      '실패한 가져오기는 한 행도 저장하지 않습니다 (읽은 1,000행, 오류 10행).',
    ]);
    expect(composeImportStatusReply({ ...base, status: 'RUNNING', finishedAt: null }, 'en')).toBe(
      'The latest import (sales, “online_retail.csv”, import no. SW1wb3J0OjE) is still running (1,000 rows read so far). Ask again when it has finished.',
    );
    expect(composeImportStatusReply(null, 'ko')).toBe('아직 가져오기 기록이 없습니다.');
    for (const text of [failed]) expect(renderingErrors(text)).toEqual([]);
  });
});

describe("koreanFailureReason: the importer's failure reasons in Korean", () => {
  it.each([
    [
      '3 of 10 rows (30.0 %) are bad, more than the allowed 5.0 %: nothing was imported; see the row errors',
      '잘못된 행이 10행 중 3행(30.0%)으로 허용 한도 5.0%를 넘어, 한 행도 가져오지 않았습니다',
    ],
    ['The file has a header but no data rows', '헤더만 있고 데이터 행이 없습니다'],
    [
      'Column "amount" of the mapping is not in the header (line 1), which has 1 column: "a;b"',
      "매핑에 적은 열 'amount'가 파일 첫 줄(헤더)에 없습니다",
    ],
    [
      'The XLSX file is truncated or corrupt (the zip archive has no readable end record)',
      'XLSX 파일이 잘렸거나 손상되었습니다',
    ],
    [
      'The XLSX file expands to more than 100 MiB (IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES); refused before parsing',
      'XLSX 파일이 압축을 풀면 허용 한도보다 커서 읽기 전에 거부되었습니다',
    ],
  ])('%s', (reason, korean) => {
    expect(koreanFailureReason(reason)).toBe(korean);
    expect(renderingErrors(korean)).toEqual([]);
  });

  it('leaves an unknown reason to be shown as written', () => {
    expect(koreanFailureReason('refused by the test')).toBeNull();
  });
});

describe("koreanRowReason: a rejected row's reason in Korean", () => {
  it.each([
    ['customer_number is not a known customer', 'customer_number', '등록된 고객이 아닙니다'],
    ['card_id is not a card of this customer', 'card_id', '이 고객의 카드가 아닙니다'],
    ['amount is required', 'amount', '값이 비어 있습니다'],
    [
      'amount "1000.5" has a fraction; whole units expected',
      'amount',
      '소수점이 있습니다 (정수로 적어야 합니다)',
    ],
    ['occurred_at "2025-02-30" is not a valid date', 'occurred_at', '올바른 날짜가 아닙니다'],
    ['instalment_months 40 is outside 0..36', 'instalment_months', '0~36 범위를 벗어났습니다'],
    ['currency "GB1" is not a currency code', 'currency', '통화 코드가 아닙니다'],
    [
      'the customer has no card (give card_id)',
      null,
      '고객에게 등록된 카드가 없습니다 (card_id를 적어 주세요)',
    ],
  ])('%s', (reason, field, text) => {
    expect(koreanRowReason(reason)).toEqual({ field, text });
    expect(renderingErrors(text)).toEqual([]);
  });

  it('leaves a reason it does not know to be shown as written', () => {
    expect(koreanRowReason('refused by the test')).toBeNull();
    expect(koreanRowReason('amount looks odd today')).toBeNull();
  });
});

describe('generalReply: a heavy heart (QA round 18)', () => {
  it('meets distress with the crisis line, not "힘내세요"', () => {
    const ko = generalReply('가족한테 말도 못하고 너무 힘들어요', 'ko', 'SAD');
    expect(ko).toMatch(/^많이 힘드시죠/);
    expect(ko).toContain('1577-0199');
    expect(ko).not.toContain('힘내세요');
    expect(generalReply("i can't cope anymore", 'en', 'ANXIOUS')).toContain('1577-0199');
    expect(generalReply('1지망 학교 떨어졌어', 'ko', 'SAD')).not.toContain('1577-0199');
  });
});

describe('QA round 24 (plan24): the internal product name never reaches a customer', () => {
  const INTERNAL = /fingraph/i;
  it('the general replies (who am I, exchange rates, shares, greetings) do not name it, in either language', () => {
    for (const text of [
      '너 사람이야 AI야?',
      'are you a bot?',
      '오늘 환율 얼마야',
      "what's the exchange rate today",
      '삼성전자 주식 사도 돼?',
      '돈 좀 보내줘',
      '안녕하세요',
      'hello',
      '오늘 점심 뭐 먹지',
    ])
      for (const lang of ['ko', 'en'] as const) expect(generalReply(text, lang)).not.toMatch(INTERNAL);
  });
  it('no customer-facing text of the counsellor names it (comments and identifiers aside)', () => {
    // The answer, template and glossary texts: every line that is code, not a comment, carrying a string.
    const dir = path.join(__dirname);
    for (const file of ['answers.ts', 'templates.ts', 'glossary.ts', 'crisis.ts', 'review.ts']) {
      const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
      const leaks = lines.filter((l) => {
        const code = l.trim();
        if (
          code.startsWith('//') ||
          code.startsWith('*') ||
          code.startsWith('/*') ||
          code.startsWith('import')
        )
          return false;
        return INTERNAL.test(code.replace(/\/\/.*$/, ''));
      });
      expect({ file, leaks }).toEqual({ file, leaks: [] });
    }
  });
});
