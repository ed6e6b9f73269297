import { toDecimal } from '../../../common/money';
import { smallestReaching } from './advice';
import {
  AdviceGoal,
  AdviceRequestInput,
  AdviceResult,
  AdviceStatus,
  BindingConstraint,
  ExistingLoanInput,
  LenderType,
  LoanKind,
  LoanLimitSimulation,
  LoanLimitSimulationInput,
  RateType,
  Region,
  RepaymentMethod,
  simulateLoanLimit,
} from './index';

const CREDIT: ExistingLoanInput = {
  id: 'credit',
  kind: LoanKind.CREDIT,
  balance: '30000000',
  annualRate: '0.06',
  repaymentMethod: RepaymentMethod.BULLET,
};
const PROVIDED: ExistingLoanInput = {
  id: 'auto',
  label: '자동차 할부',
  kind: LoanKind.AUTO,
  balance: '18000000',
  annualRate: '0.058',
  repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
  annualDebtService: '4700000',
};

function input(over: Partial<LoanLimitSimulationInput> = {}): LoanLimitSimulationInput {
  return {
    evaluationDate: '2025-11-01',
    annualIncome: '50000000',
    lenderType: LenderType.BANK,
    region: Region.SEOUL,
    existingLoans: [CREDIT, PROVIDED],
    cardDebt: { revolvingBalance: '5000000' },
    newLoan: {
      kind: LoanKind.MORTGAGE,
      termMonths: 360,
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
      rateType: RateType.VARIABLE,
      annualRate: '0.042',
    },
    ...over,
  };
}

function sim(i: LoanLimitSimulationInput): LoanLimitSimulation {
  const r = simulateLoanLimit(i);
  if (r.type !== 'LoanLimitSimulation') throw new Error(r.message);
  return r;
}

function advise(
  i: LoanLimitSimulationInput,
  request: AdviceRequestInput,
): [LoanLimitSimulation, AdviceResult] {
  const r = sim({ ...i, advice: [request] });
  return [r, r.advice[0]];
}

/** The limit after repaying `amount` of a loan or of card debt, through the public what-if path. */
function limitAfterRepaying(
  i: LoanLimitSimulationInput,
  goal: AdviceGoal,
  loanId: string | null,
  amount: bigint,
) {
  const scenario =
    goal === AdviceGoal.REPAY_LOAN
      ? { id: 'x', loanRepayments: [{ loanId: loanId!, amount: amount.toString() }] }
      : { id: 'x', cardDebtRepayment: { amount: amount.toString() } };
  return BigInt(sim({ ...i, scenarios: [scenario] }).scenarios[0].maxLoan);
}

function limitAtIncome(i: LoanLimitSimulationInput, income: bigint) {
  return BigInt(sim({ ...i, annualIncome: income.toString() }).maxLoan);
}

describe('smallestReaching', () => {
  it('finds the exact threshold of a monotone predicate', () => {
    const at = (t: number) => (x: { gte(v: number): boolean }) => x.gte(t);
    expect(smallestReaching(at(12_345), toDecimal(1_000_000))?.toFixed(0)).toBe('12345');
    expect(smallestReaching(at(1), toDecimal(1_000_000))?.toFixed(0)).toBe('1');
    expect(smallestReaching(at(1_000_000), toDecimal(1_000_000))?.toFixed(0)).toBe('1000000');
    expect(smallestReaching(at(1_000_001), toDecimal(1_000_000))).toBeNull();
  });
});

describe('advice: smallest loan repayment', () => {
  it('states the exact repayment, in numbers, in Korean and English', () => {
    const base = input();
    const baseline = BigInt(sim(base).maxLoan);
    const target = baseline + 50_000_000n;
    const [, a] = advise(base, {
      id: 'a1',
      goal: AdviceGoal.REPAY_LOAN,
      loanId: 'credit',
      targetLimit: target.toString(),
    });
    expect(a).toMatchObject({
      id: 'a1',
      goal: AdviceGoal.REPAY_LOAN,
      loanId: 'credit',
      status: AdviceStatus.REACHABLE,
    });
    const x = BigInt(a.requiredAmount!);
    expect(x > 0n && x < 30_000_000n).toBe(true);
    // Minimal: x reaches the target, one won less does not.
    expect(limitAfterRepaying(base, AdviceGoal.REPAY_LOAN, 'credit', x) >= target).toBe(true);
    expect(limitAfterRepaying(base, AdviceGoal.REPAY_LOAN, 'credit', x - 1n) < target).toBe(true);
    expect(BigInt(a.resultingLimit)).toBe(limitAfterRepaying(base, AdviceGoal.REPAY_LOAN, 'credit', x));
    expect(BigInt(a.limitIncrease)).toBe(BigInt(a.resultingLimit) - baseline);
    const won = (v: bigint) => v.toLocaleString('en-US');
    expect(a.messageEn).toBe(
      `Repaying ₩${won(x)} of the credit loan raises your limit by ₩${won(BigInt(a.limitIncrease))} to ` +
        `₩${won(BigInt(a.resultingLimit))}, reaching your ₩${won(target)} target.`,
    );
    expect(a.messageKo).toBe(
      `신용대출을 ${won(x)}원 상환하면 한도가 ${won(BigInt(a.limitIncrease))}원 늘어 ` +
        `${won(BigInt(a.resultingLimit))}원이 되어 목표 ${won(target)}원에 도달합니다.`,
    );
  });

  it.each([
    ['credit loan, 1 won rounding', {}, 'credit'],
    ['loan with a provided debt service', {}, 'auto'],
    ['₩10,000 rounding unit', { roundingUnit: '10000' }, 'credit'],
    [
      'non-bank, outside the capital region',
      { lenderType: LenderType.NON_BANK, region: Region.NON_CAPITAL },
      'auto',
    ],
    [
      'new credit loan across the stress threshold',
      {
        annualIncome: '150000000',
        newLoan: {
          kind: LoanKind.CREDIT,
          termMonths: 12,
          repaymentMethod: RepaymentMethod.BULLET,
          rateType: RateType.VARIABLE,
          annualRate: '0.05',
        },
      },
      'credit',
    ],
  ] as [string, Partial<LoanLimitSimulationInput>, string][])(
    'is minimal for several targets — %s',
    (_name, over, loanId) => {
      const base = input(over);
      const baseline = BigInt(sim(base).maxLoan);
      const full = limitAfterRepaying(
        base,
        AdviceGoal.REPAY_LOAN,
        loanId,
        BigInt(loanId === 'credit' ? 30_000_000 : 18_000_000),
      );
      for (const fraction of [1n, 10n, 50n, 99n, 100n]) {
        const target = baseline + ((full - baseline) * fraction) / 100n;
        if (target <= baseline) continue;
        const [, a] = advise(base, { goal: AdviceGoal.REPAY_LOAN, loanId, targetLimit: target.toString() });
        expect(a.status).toBe(AdviceStatus.REACHABLE);
        const x = BigInt(a.requiredAmount!);
        expect(limitAfterRepaying(base, AdviceGoal.REPAY_LOAN, loanId, x) >= target).toBe(true);
        expect(limitAfterRepaying(base, AdviceGoal.REPAY_LOAN, loanId, x - 1n) < target).toBe(true);
      }
    },
  );

  it('says when the target is already met', () => {
    const [r, a] = advise(input(), { goal: AdviceGoal.REPAY_LOAN, loanId: 'credit', targetLimit: '1000000' });
    expect(a).toMatchObject({ status: AdviceStatus.ALREADY_MET, requiredAmount: '0', limitIncrease: '0' });
    expect(a.resultingLimit).toBe(r.maxLoan);
    expect(a.messageEn).toContain('no repayment is needed');
    expect(a.messageKo).toContain('상환이 필요하지 않습니다');
  });

  it('says when even full repayment is not enough, with the best limit', () => {
    const [, a] = advise(input(), { goal: AdviceGoal.REPAY_LOAN, loanId: 'auto', targetLimit: '900000000' });
    expect(a.status).toBe(AdviceStatus.UNREACHABLE);
    expect(a.requiredAmount).toBeNull();
    expect(BigInt(a.resultingLimit)).toBe(
      limitAfterRepaying(input(), AdviceGoal.REPAY_LOAN, 'auto', 18_000_000n),
    );
    expect(a.messageKo).toContain('자동차 할부를 전액(18,000,000원) 상환해도');
    expect(a.messageEn).toContain('Even repaying 자동차 할부 in full (₩18,000,000)');
  });

  it('uses the requested amount as the default target', () => {
    const i = input();
    const requested = (BigInt(sim(i).maxLoan) + 10_000_000n).toString();
    const [r, a] = advise(
      { ...i, newLoan: { ...i.newLoan, requestedAmount: requested } },
      {
        goal: AdviceGoal.REPAY_LOAN,
        loanId: 'credit',
      },
    );
    expect(r.bindingConstraint).toBe(BindingConstraint.DSR);
    expect(a.targetLimit).toBe(requested);
    expect(a.status).toBe(AdviceStatus.REACHABLE);
    expect(a.bindingConstraint).toBe(BindingConstraint.NONE); // the request now fits
  });

  it('rejects advice on an unknown loan or without a target', () => {
    expect(() => advise(input(), { goal: AdviceGoal.REPAY_LOAN, loanId: 'nope', targetLimit: '1' })).toThrow(
      /nope/,
    );
    expect(() => advise(input(), { goal: AdviceGoal.REPAY_LOAN, loanId: 'credit' })).toThrow(/targetLimit/);
    expect(() =>
      advise(input({ cardDebt: null }), { goal: AdviceGoal.REPAY_CARD_DEBT, targetLimit: '1' }),
    ).toThrow(/card debt/);
  });
});

describe('advice: smallest card-debt repayment', () => {
  it('is minimal', () => {
    const base = input();
    const baseline = BigInt(sim(base).maxLoan);
    const full = limitAfterRepaying(base, AdviceGoal.REPAY_CARD_DEBT, null, 5_000_000n);
    const target = (baseline + full) / 2n;
    const [, a] = advise(base, { goal: AdviceGoal.REPAY_CARD_DEBT, targetLimit: target.toString() });
    const x = BigInt(a.requiredAmount!);
    expect(limitAfterRepaying(base, AdviceGoal.REPAY_CARD_DEBT, null, x) >= target).toBe(true);
    expect(limitAfterRepaying(base, AdviceGoal.REPAY_CARD_DEBT, null, x - 1n) < target).toBe(true);
    expect(a.messageKo).toMatch(/^카드 리볼빙 잔액을 [\d,]+원 상환하면/);
    expect(a.messageEn).toMatch(/^Repaying ₩[\d,]+ of the card debt raises your limit/);
  });
});

describe('advice: smallest income rise', () => {
  it.each([
    ['bank', {}],
    ['non-bank, ₩10,000 rounding', { lenderType: LenderType.NON_BANK, roundingUnit: '10000' }],
  ] as [string, Partial<LoanLimitSimulationInput>][])('is minimal to the won — %s', (_name, over) => {
    const base = input(over);
    const income = 50_000_000n;
    const baseline = BigInt(sim(base).maxLoan);
    for (const extra of [1n, 12_345_678n, 100_000_000n, 400_000_000n]) {
      const target = baseline + extra;
      const [, a] = advise(base, { goal: AdviceGoal.RAISE_INCOME, targetLimit: target.toString() });
      expect(a.status).toBe(AdviceStatus.REACHABLE);
      const x = BigInt(a.requiredAmount!);
      expect(a.resultingIncome).toBe((income + x).toString());
      expect(limitAtIncome(base, income + x) >= target).toBe(true);
      expect(limitAtIncome(base, income + x - 1n) < target).toBe(true);
    }
  });

  it('states the rise in won and percent', () => {
    const base = input();
    const target = (BigInt(sim(base).maxLoan) + 100_000_000n).toString();
    const [, a] = advise(base, { goal: AdviceGoal.RAISE_INCOME, targetLimit: target });
    expect(a.messageEn).toMatch(
      /^An income rise of ₩[\d,]+ \(\+[\d.]+%, to ₩[\d,]+ a year\) raises your limit by ₩/,
    );
    expect(a.messageKo).toMatch(/^연소득이 [\d,]+원\(\+[\d.]+%\) 늘어 [\d,]+원이 되면 한도가/);
  });

  it('is unreachable when the LTV limit is below the target', () => {
    const base = input({ collateral: { value: '300000000', ltvRatio: '0.5' } });
    const [, a] = advise(base, { goal: AdviceGoal.RAISE_INCOME, targetLimit: '150000001' });
    expect(a).toMatchObject({
      status: AdviceStatus.UNREACHABLE,
      requiredAmount: null,
      resultingLimit: '150000000',
      bindingConstraint: BindingConstraint.LTV,
    });
    expect(a.messageEn).toContain('No income rise reaches the ₩150,000,001 target');
  });
});
