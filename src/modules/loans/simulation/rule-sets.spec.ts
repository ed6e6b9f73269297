import { AppError, ErrorCode } from '../../../common/errors';
import { isValidIsoDate } from '../../../common/dates';
import { isDecimalString } from '../../../common/money';
import { LenderType } from '../loan.enums';
import { RULE_SETS, RuleSet, selectRuleSet } from './rule-sets';

describe('selectRuleSet', () => {
  it.each([
    ['2022-07-01', 'KR-DSR-2022-07'],
    ['2024-02-25', 'KR-DSR-2022-07'],
    ['2024-02-26', 'KR-SDSR-P1-2024-02'],
    ['2024-08-31', 'KR-SDSR-P1-2024-02'],
    ['2024-09-01', 'KR-SDSR-P2-2024-09'],
    ['2025-06-30', 'KR-SDSR-P2-2024-09'],
    ['2025-07-01', 'KR-SDSR-P3-2025-07'],
    ['2025-10-15', 'KR-SDSR-P3-2025-07'],
    ['2025-10-16', 'KR-SDSR-P3-1015-2025-10'],
    ['2030-01-01', 'KR-SDSR-P3-1015-2025-10'],
  ])('on %s picks %s (the day before / the day of each change)', (date, id) => {
    expect(selectRuleSet(date).id).toBe(id);
  });

  it('rejects dates before every rule set and malformed dates with BAD_USER_INPUT', () => {
    for (const date of ['2022-06-30', '2025-02-29', '20250701']) {
      let error: unknown;
      try {
        selectRuleSet(date);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as AppError).details.fields?.[0].field).toBe('evaluationDate');
    }
  });

  it('takes the newest effective set whatever the order of the list', () => {
    const a = { ...RULE_SETS[0], id: 'A', effectiveFrom: '2020-01-01' } as RuleSet;
    const b = { ...RULE_SETS[0], id: 'B', effectiveFrom: '2021-01-01' } as RuleSet;
    expect(selectRuleSet('2021-06-01', [b, a]).id).toBe('B');
    expect(selectRuleSet('2020-06-01', [b, a]).id).toBe('A');
  });
});

describe('RULE_SETS data', () => {
  it('has unique ids, valid ascending dates and sources', () => {
    const ids = RULE_SETS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 0; i < RULE_SETS.length; i++) {
      expect(isValidIsoDate(RULE_SETS[i].effectiveFrom)).toBe(true);
      expect(RULE_SETS[i].sources.length).toBeGreaterThan(0);
      if (i > 0) expect(RULE_SETS[i].effectiveFrom > RULE_SETS[i - 1].effectiveFrom).toBe(true);
    }
  });

  it('states every number as a decimal string', () => {
    for (const set of RULE_SETS) {
      const numbers = [
        set.dsrCaps[LenderType.BANK],
        set.dsrCaps[LenderType.NON_BANK],
        set.debtService.cardDebt.assumedAnnualRate,
        set.stress.rateTypeFactors.fixed,
        set.stress.rateTypeFactors.variable,
        ...set.stress.rateTypeFactors.mixed.map((b) => b.factor),
        ...set.stress.rateTypeFactors.periodicReset.map((b) => b.factor),
        ...set.stress.rules.map((r) => r.addOn),
        ...set.stress.floors.map((f) => f.floor),
      ];
      for (const n of numbers) expect(isDecimalString(n)).toBe(true);
    }
  });

  it('keeps the DSR caps at 40 % for banks and 50 % for non-banks', () => {
    for (const set of RULE_SETS) expect(set.dsrCaps).toEqual({ BANK: '0.40', NON_BANK: '0.50' });
  });

  it('starts every factor table at 0 months so every fixed period has a band', () => {
    for (const set of RULE_SETS) {
      expect(set.stress.rateTypeFactors.mixed[0].fromFixedMonths).toBe(0);
      expect(set.stress.rateTypeFactors.periodicReset[0].fromFixedMonths).toBe(0);
    }
  });
});
