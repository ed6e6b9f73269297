import { AppError } from '../../../common/errors';
import { LoanKind, RateType } from '../loan.enums';
import {
  DEFAULT_PREPAYMENT_FEE_RULE_SETS,
  KR_BANK_PREPAYMENT_FEES_2025_REFORM,
  KR_BANK_PREPAYMENT_FEES_PRE_2025,
  prepaymentFee,
  PrepaymentFeeInput,
  PrepaymentFeeRuleSet,
  selectRuleSet,
} from './prepayment-fee';

const PRE = KR_BANK_PREPAYMENT_FEES_PRE_2025.id;
const REFORM = KR_BANK_PREPAYMENT_FEES_2025_REFORM.id;

const mortgage = (patch: Partial<PrepaymentFeeInput>): PrepaymentFeeInput => ({
  prepaidAmount: '100000000',
  disbursedOn: '2023-06-01',
  prepaidOn: '2024-05-31',
  kind: LoanKind.MORTGAGE,
  rateType: RateType.FIXED,
  ...patch,
});

describe('selectRuleSet', () => {
  it('picks the newest set in force on the date; the reform starts on 2025-01-13', () => {
    expect(selectRuleSet(DEFAULT_PREPAYMENT_FEE_RULE_SETS, '2025-01-12').id).toBe(PRE);
    expect(selectRuleSet(DEFAULT_PREPAYMENT_FEE_RULE_SETS, '2025-01-13').id).toBe(REFORM);
    expect(selectRuleSet([...DEFAULT_PREPAYMENT_FEE_RULE_SETS].reverse(), '2030-01-01').id).toBe(REFORM);
  });

  it('refuses a date before every set, and two sets starting the same day', () => {
    expect(() => selectRuleSet([KR_BANK_PREPAYMENT_FEES_2025_REFORM], '2024-12-31')).toThrow(AppError);
    const twin = { ...KR_BANK_PREPAYMENT_FEES_2025_REFORM, id: 'twin' };
    expect(() => selectRuleSet([KR_BANK_PREPAYMENT_FEES_2025_REFORM, twin], '2025-06-01')).toThrow(
      /same day/,
    );
  });
});

describe('prepaymentFee — hand-checked', () => {
  it('pre-reform fixed-rate mortgage, 100,000,000 prepaid after 365 days', () => {
    // 2023-06-01 → 2024-05-31 is 365 days (2024-02-29 included); 1,095 − 365 = 730 days left.
    // 100,000,000 × 1.4 % × 730 ÷ 1,095 = 1,400,000 × 2/3 = 933,333.33 → 933,333
    expect(prepaymentFee(mortgage({}))).toEqual({
      ruleSetId: PRE,
      status: 'WITHIN_WINDOW',
      feeRate: '0.014',
      windowDays: 1095,
      daysElapsed: 365,
      remainingDays: 730,
      fee: '933333',
    });
  });

  it('post-reform fixed-rate mortgage, same amount and time: 0.56 %', () => {
    // 2025-02-01 → 2026-02-01 = 365 days. 100,000,000 × 0.56 % × 730 ÷ 1,095 = 560,000 × 2/3 → 373,333
    const result = prepaymentFee(mortgage({ disbursedOn: '2025-02-01', prepaidOn: '2026-02-01' }));
    expect(result).toMatchObject({ ruleSetId: REFORM, feeRate: '0.0056', daysElapsed: 365, fee: '373333' });
  });

  it('variable-rate mortgage: 1.2 % before, 0.5 % after', () => {
    const day0 = { prepaidAmount: '50000000', rateType: RateType.VARIABLE };
    // prepaid on the disbursement day: the full rate. 50,000,000 × 1.2 % = 600,000; × 0.5 % = 250,000
    expect(prepaymentFee(mortgage({ ...day0, prepaidOn: '2023-06-01' })).fee).toBe('600000');
    expect(prepaymentFee(mortgage({ ...day0, disbursedOn: '2025-03-01', prepaidOn: '2025-03-01' })).fee).toBe(
      '250000',
    );
  });

  it('credit loans', () => {
    const credit = (patch: Partial<PrepaymentFeeInput>) =>
      prepaymentFee(mortgage({ prepaidAmount: '30000000', kind: LoanKind.CREDIT, ...patch }));
    // 2025-03-01 → 2025-06-09 = 100 days. 30,000,000 × 0.11 % × 995 ÷ 1,095 = 33,000 × 0.90867… = 29,986.30
    expect(
      credit({ rateType: RateType.VARIABLE, disbursedOn: '2025-03-01', prepaidOn: '2025-06-09' }),
    ).toMatchObject({ ruleSetId: REFORM, daysElapsed: 100, fee: '29986' });
    // pre-reform fixed 0.8 %, 2024-01-01 → 2024-04-10 = 100 days: 240,000 × 995 ÷ 1,095 = 218,082.19
    expect(credit({ rateType: RateType.FIXED, disbursedOn: '2024-01-01', prepaidOn: '2024-04-10' }).fee).toBe(
      '218082',
    );
  });

  it('mixed and periodic-reset loans pay the fixed-rate fee', () => {
    for (const rateType of [RateType.MIXED, RateType.PERIODIC_RESET]) {
      expect(prepaymentFee(mortgage({ rateType })).fee).toBe('933333');
    }
  });

  it('is zero from day 1,095 on; day 1,094 still pays one day', () => {
    // 2023-06-01 + 1,095 days = 2026-05-31 (2024 has 366 days).
    expect(prepaymentFee(mortgage({ prepaidOn: '2026-05-31' }))).toMatchObject({
      status: 'WINDOW_ELAPSED',
      daysElapsed: 1095,
      remainingDays: 0,
      fee: '0',
    });
    // 100,000,000 × 1.4 % × 1 ÷ 1,095 = 1,278.54 → 1,278
    expect(prepaymentFee(mortgage({ prepaidOn: '2026-05-30' })).fee).toBe('1278');
    expect(prepaymentFee(mortgage({ prepaidOn: '2030-01-01' })).fee).toBe('0');
  });

  it('the contract date, not the prepayment date, picks the rule set', () => {
    // Borrowed 2024-12-01 (old terms), prepaid after the reform: still 1.4 %.
    const result = prepaymentFee(mortgage({ disbursedOn: '2024-12-01', prepaidOn: '2025-06-01' }));
    expect(result).toMatchObject({ ruleSetId: PRE, feeRate: '0.014' });
    // A renewal signed after the reform on a loan first disbursed before it.
    const renewed = prepaymentFee(
      mortgage({ disbursedOn: '2024-12-01', contractedOn: '2025-02-01', prepaidOn: '2025-06-01' }),
    );
    expect(renewed).toMatchObject({ ruleSetId: REFORM, feeRate: '0.0056' });
  });

  it('reports loans without a configured rate instead of guessing', () => {
    expect(prepaymentFee(mortgage({ kind: LoanKind.JEONSE }))).toMatchObject({
      ruleSetId: PRE,
      status: 'NO_RATE_CONFIGURED',
      fee: '0',
    });
  });

  it('takes any rule sets and rounding as configuration', () => {
    const custom: PrepaymentFeeRuleSet = {
      id: 'SAVINGS-BANK-2025',
      effectiveFrom: '2025-01-13',
      windowDays: 1095,
      rates: { [LoanKind.MORTGAGE]: { [RateType.FIXED]: '0.0124' } },
      description: 'savings bank, fixed-rate mortgage (reported average 1.64 % → 1.24 %)',
    };
    const input = mortgage({ disbursedOn: '2025-02-01', prepaidOn: '2026-02-01' });
    // 100,000,000 × 1.24 % × 730 ÷ 1,095 = 826,666.67
    expect(prepaymentFee(input, [custom])).toMatchObject({ ruleSetId: 'SAVINGS-BANK-2025', fee: '826666' });
    expect(prepaymentFee(input, [custom], { unit: 10, mode: 'ROUND_HALF_UP' }).fee).toBe('826670');
  });

  it('rejects a prepayment before the disbursement', () => {
    expect(() => prepaymentFee(mortgage({ prepaidOn: '2023-05-31' }))).toThrow(/prepaidOn/);
  });
});
