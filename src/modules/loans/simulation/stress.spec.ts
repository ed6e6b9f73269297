import { LenderType, LoanKind, RateType } from '../loan.enums';
import { RULE_SETS, selectRuleSet } from './rule-sets';
import { rateTypeFactor, resolveStress, StressSubject } from './stress';
import { LoanPurpose } from './types';

const mortgage: StressSubject = {
  lenderType: LenderType.BANK,
  capitalRegion: true,
  kind: LoanKind.MORTGAGE,
  rateType: RateType.VARIABLE,
  fixedPeriodMonths: null,
  termMonths: 360,
  purpose: LoanPurpose.OTHER,
};

function addOn(date: string, subject: Partial<StressSubject> = {}): string {
  return resolveStress(selectRuleSet(date), { ...mortgage, ...subject }).appliedAddOn.toFixed();
}

describe('stress add-on by phase (variable rate, factor 100 %)', () => {
  it('phase 1 (2024-02-26): banks’ mortgages 0.38 %p; nothing the day before', () => {
    expect(addOn('2024-02-25')).toBe('0');
    expect(addOn('2024-02-26')).toBe('0.0038');
    expect(addOn('2024-02-26', { capitalRegion: false })).toBe('0.0038');
    expect(addOn('2024-02-26', { lenderType: LenderType.NON_BANK })).toBe('0');
    expect(addOn('2024-02-26', { kind: LoanKind.CREDIT })).toBe('0');
  });

  it('phase 2 (2024-09-01): 1.20 %p for banks’ capital-region mortgages, 0.75 %p elsewhere', () => {
    expect(addOn('2024-08-31')).toBe('0.0038');
    expect(addOn('2024-09-01')).toBe('0.012');
    expect(addOn('2024-08-31', { capitalRegion: false })).toBe('0.0038');
    expect(addOn('2024-09-01', { capitalRegion: false })).toBe('0.0075');
    expect(addOn('2024-08-31', { lenderType: LenderType.NON_BANK })).toBe('0');
    expect(addOn('2024-09-01', { lenderType: LenderType.NON_BANK })).toBe('0.0075');
    expect(addOn('2024-09-01', { lenderType: LenderType.NON_BANK, capitalRegion: false })).toBe('0.0075');
  });

  it('phase 2 credit loans: banks only, above the ₩100,000,000 credit threshold', () => {
    const bank = resolveStress(selectRuleSet('2024-09-01'), { ...mortgage, kind: LoanKind.CREDIT });
    expect(bank.appliedAddOn.toFixed()).toBe('0.0075');
    expect(bank.creditBalanceThreshold?.toFixed()).toBe('100000000');
    expect(addOn('2024-09-01', { kind: LoanKind.CREDIT, lenderType: LenderType.NON_BANK })).toBe('0');
  });

  it('phase 3 (2025-07-01): 1.50 %p in every sector; non-capital mortgages stay at 0.75 %p', () => {
    expect(addOn('2025-06-30')).toBe('0.012');
    expect(addOn('2025-07-01')).toBe('0.015');
    expect(addOn('2025-06-30', { lenderType: LenderType.NON_BANK })).toBe('0.0075');
    expect(addOn('2025-07-01', { lenderType: LenderType.NON_BANK })).toBe('0.015');
    expect(addOn('2025-06-30', { capitalRegion: false })).toBe('0.0075');
    expect(addOn('2025-07-01', { capitalRegion: false })).toBe('0.0075');
    expect(addOn('2025-06-30', { kind: LoanKind.CREDIT, lenderType: LenderType.NON_BANK })).toBe('0');
    expect(addOn('2025-07-01', { kind: LoanKind.CREDIT, lenderType: LenderType.NON_BANK })).toBe('0.015');
    expect(addOn('2025-06-30', { kind: LoanKind.AUTO })).toBe('0');
    expect(addOn('2025-07-01', { kind: LoanKind.AUTO })).toBe('0.015');
  });

  it('10·15 measures (2025-10-16): 3.0 %p floor for capital-region purchase mortgages only', () => {
    const purchase = { purpose: LoanPurpose.PURCHASE };
    expect(addOn('2025-10-15', purchase)).toBe('0.015');
    expect(addOn('2025-10-16', purchase)).toBe('0.03');
    expect(addOn('2025-10-16', { ...purchase, lenderType: LenderType.NON_BANK })).toBe('0.03');
    expect(addOn('2025-10-16')).toBe('0.015'); // not a purchase
    expect(addOn('2025-10-16', { ...purchase, capitalRegion: false })).toBe('0.0075');
    const r = resolveStress(selectRuleSet('2025-10-16'), { ...mortgage, ...purchase });
    expect(r.rule?.id).toBe('P3-MORTGAGE');
    expect(r.floorRule?.id).toBe('1015-CAPITAL-PURCHASE-FLOOR');
    expect(r.phaseAddOn.toFixed()).toBe('0.015');
    expect(r.baseAddOn.toFixed()).toBe('0.03');
  });

  it('never stresses jeonse loans', () => {
    expect(addOn('2025-10-16', { kind: LoanKind.JEONSE })).toBe('0');
  });
});

describe('rate-type factors', () => {
  const f2024 = selectRuleSet('2024-09-01').stress.rateTypeFactors;
  const f2025 = selectRuleSet('2025-07-01').stress.rateTypeFactors;
  const factor = (f: typeof f2024, t: RateType, fixed: number | null, term = 360) =>
    rateTypeFactor(f, t, fixed, term).toFixed();

  it('VARIABLE 100 %, FIXED 0 %', () => {
    expect(factor(f2024, RateType.VARIABLE, null)).toBe('1');
    expect(factor(f2024, RateType.FIXED, null)).toBe('0');
  });

  it('MIXED by fixed period: < 5 y as variable, 5–9 y 60 %, 9–15 y 40 %, 15 y+ 20 % (2024 table)', () => {
    expect(factor(f2024, RateType.MIXED, 59)).toBe('1');
    expect(factor(f2024, RateType.MIXED, 60)).toBe('0.6');
    expect(factor(f2024, RateType.MIXED, 107)).toBe('0.6');
    expect(factor(f2024, RateType.MIXED, 108)).toBe('0.4');
    expect(factor(f2024, RateType.MIXED, 179)).toBe('0.4');
    expect(factor(f2024, RateType.MIXED, 180)).toBe('0.2');
  });

  it('MIXED ratios rise in phase 3: 80 % / 60 % / 40 %', () => {
    expect(factor(f2025, RateType.MIXED, 60)).toBe('0.8');
    expect(factor(f2025, RateType.MIXED, 108)).toBe('0.6');
    expect(factor(f2025, RateType.MIXED, 180)).toBe('0.4');
  });

  it('PERIODIC_RESET by reset period in phase 2: 5–9 y 30 %, 9–15 y 20 %, 15 y+ 10 %', () => {
    expect(factor(f2024, RateType.PERIODIC_RESET, 36)).toBe('1');
    expect(factor(f2024, RateType.PERIODIC_RESET, 60)).toBe('0.3');
    expect(factor(f2024, RateType.PERIODIC_RESET, 108)).toBe('0.2');
    expect(factor(f2024, RateType.PERIODIC_RESET, 180)).toBe('0.1');
  });

  // FSC 2025-05-20 「3단계 스트레스 DSR 시행방안」: variable 100 %; mixed 60/40/20 → 80/60/40 %;
  // periodic-reset (주기형) 30/20/10 → 40/30/20 %.
  it('PERIODIC_RESET ratios rise in phase 3 (FSC 2025-05-20): 40 % / 30 % / 20 %, variable stays 100 %', () => {
    for (const f of [f2025, selectRuleSet('2025-10-16').stress.rateTypeFactors]) {
      expect(factor(f, RateType.VARIABLE, null)).toBe('1');
      expect(factor(f, RateType.PERIODIC_RESET, 36)).toBe('1');
      expect(factor(f, RateType.PERIODIC_RESET, 60)).toBe('0.4');
      expect(factor(f, RateType.PERIODIC_RESET, 108)).toBe('0.3');
      expect(factor(f, RateType.PERIODIC_RESET, 180)).toBe('0.2');
    }
  });

  it('a fixed period covering the whole term is FIXED', () => {
    expect(factor(f2024, RateType.MIXED, 60, 60)).toBe('0');
    expect(factor(f2024, RateType.PERIODIC_RESET, 120, 60)).toBe('0');
  });

  it('requires the fixed period for MIXED and PERIODIC_RESET', () => {
    expect(() => rateTypeFactor(f2024, RateType.MIXED, null, 360)).toThrow(RangeError);
  });

  it('scales the add-on: phase 2 capital bank MIXED 5 y → 1.20 × 60 % = 0.72 %p; 10·15 PERIODIC 5 y → 3.0 × 40 %', () => {
    expect(addOn('2024-09-01', { rateType: RateType.MIXED, fixedPeriodMonths: 60 })).toBe('0.0072');
    expect(
      addOn('2025-10-16', {
        rateType: RateType.PERIODIC_RESET,
        fixedPeriodMonths: 60,
        purpose: LoanPurpose.PURCHASE,
      }),
    ).toBe('0.012');
    expect(addOn('2025-10-16', { rateType: RateType.FIXED, purpose: LoanPurpose.PURCHASE })).toBe('0');
  });

  it('every rule set resolves for every kind, lender and region', () => {
    for (const set of RULE_SETS) {
      for (const kind of Object.values(LoanKind)) {
        for (const lenderType of Object.values(LenderType)) {
          for (const capitalRegion of [true, false]) {
            const r = resolveStress(set, { ...mortgage, kind, lenderType, capitalRegion });
            expect(r.appliedAddOn.gte(0)).toBe(true);
          }
        }
      }
    }
  });
});
