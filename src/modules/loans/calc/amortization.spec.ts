import Decimal from 'decimal.js';
import { addDays, addMonths } from '../../../common/dates';
import { AppError } from '../../../common/errors';
import { RoundingMode, RoundingRule, toDecimal } from '../../../common/money';
import { createRng, Rng } from '../../../common/random';
import { InterestConvention, RepaymentMethod } from '../loan.enums';
import {
  accruedInterest,
  AmortizationSchedule,
  buildSchedule,
  LoanTermsInput,
  remainingBalanceAfter,
} from './amortization';

const { LEVEL_PAYMENT, EQUAL_PRINCIPAL, BULLET } = RepaymentMethod;
const { MONTHLY, DAILY_ACTUAL_365 } = InterestConvention;

const base = { principal: '12000000', annualRate: '0.06', termMonths: 12, disbursedOn: '2025-01-15' };
const rows = (schedule: AmortizationSchedule) =>
  schedule.installments.map((i) => [i.principal, i.interest, i.payment, i.balanceAfter]);

describe('buildSchedule — hand-checked KRW schedules', () => {
  it('LEVEL_PAYMENT: 12,000,000 over 12 months at 6 %', () => {
    // r = 0.06 ÷ 12 = 0.005; 1.005^12 = 1.0616778118644996…
    // payment = 12,000,000 × 0.005 × 1.0616778… ÷ (1.0616778… − 1) = 1,032,797.156… → truncated 1,032,797
    // row 1: interest 12,000,000 × 0.06 ÷ 12 = 60,000;      principal 1,032,797 − 60,000 = 972,797
    //        balance 12,000,000 − 972,797 = 11,027,203
    // row 2: interest 11,027,203 × 0.06 ÷ 12 = 55,136.015 → 55,136; principal 977,661; balance 10,049,542
    // row 12: interest 1,027,656 × 0.005 = 5,138.28 → 5,138; principal = the whole remaining 1,027,656,
    //        so the last payment is 1,032,794 (it absorbs the truncation remainders).
    const schedule = buildSchedule({ ...base, method: LEVEL_PAYMENT });
    expect(rows(schedule).slice(0, 2)).toEqual([
      ['972797', '60000', '1032797', '11027203'],
      ['977661', '55136', '1032797', '10049542'],
    ]);
    expect(rows(schedule)[11]).toEqual(['1027656', '5138', '1032794', '0']);
    expect(schedule.installments.slice(0, 11).every((i) => i.payment === '1032797')).toBe(true);
    // Σ payments = 11 × 1,032,797 + 1,032,794 = 12,393,561 → interest 393,561
    expect(schedule.totals).toEqual({ principal: '12000000', interest: '393561', payment: '12393561' });
  });

  it('EQUAL_PRINCIPAL: 12,000,000 over 12 months at 6 %', () => {
    // principal 12,000,000 ÷ 12 = 1,000,000 a month; interest on the balance at 0.5 % a month:
    // 60,000, 55,000, … 5,000 — in total 5,000 × (12 + 11 + … + 1) = 5,000 × 78 = 390,000.
    const schedule = buildSchedule({ ...base, method: EQUAL_PRINCIPAL });
    schedule.installments.forEach((row, i) => {
      expect(row.principal).toBe('1000000');
      expect(row.interest).toBe(String(60000 - 5000 * i));
      expect(row.balanceAfter).toBe(String(11000000 - 1000000 * i));
    });
    expect(schedule.totals.interest).toBe('390000');
  });

  it('BULLET: interest only, the principal with the last installment', () => {
    const schedule = buildSchedule({ ...base, method: BULLET });
    expect(rows(schedule)[0]).toEqual(['0', '60000', '60000', '12000000']);
    expect(rows(schedule)[11]).toEqual(['12000000', '60000', '12060000', '0']);
    expect(schedule.totals.interest).toBe('720000'); // 60,000 × 12
  });

  it('MONTHLY interest multiplies first and divides last: 300,000,000 at 4 % is exactly 1,000,000', () => {
    const schedule = buildSchedule({
      principal: '300000000',
      annualRate: '0.04',
      termMonths: 360,
      method: LEVEL_PAYMENT,
      disbursedOn: '2025-03-10',
    });
    expect(schedule.installments[0].interest).toBe('1000000');
    // Dividing first leaves 0.0033…(40 digits) × 300,000,000 = 999,999.99…, which truncates to 999,999.
    expect(toDecimal(300000000).times(toDecimal('0.04').div(12)).toFixed(0)).toBe('999999');
  });

  it('matches published mortgage tables ($536.82 per $100,000 at 5 %, $1,264.14 per $200,000 at 6.5 %, 30 years)', () => {
    const mortgage = (principal: string, annualRate: string, rounding?: RoundingRule) =>
      buildSchedule(
        { principal, annualRate, termMonths: 360, method: LEVEL_PAYMENT, disbursedOn: '2025-01-02' },
        { rounding },
      ).installments[0].payment;
    // 100,000,000 won at 5 %: 536,821.623… won
    expect(mortgage('100000000', '0.05')).toBe('536821');
    expect(mortgage('100000000', '0.05', { unit: 1, mode: 'ROUND_HALF_UP' })).toBe('536822');
    expect(mortgage('100000000', '0.05', { unit: 10, mode: 'TRUNCATE' })).toBe('536820');
    expect(mortgage('100000000', '0.05', { unit: 100, mode: 'CEIL' })).toBe('536900');
    // 200,000,000 won at 6.5 %: 1,264,136.05 won
    expect(mortgage('200000000', '0.065', { unit: 1, mode: 'ROUND_HALF_UP' })).toBe('1264136');
  });

  it('grace months pay interest only, then amortise over the rest of the term', () => {
    // term 14 with 2 months' grace = 2 × 60,000 interest, then the 12-month schedule above.
    const schedule = buildSchedule({ ...base, termMonths: 14, graceMonths: 2, method: LEVEL_PAYMENT });
    expect(rows(schedule).slice(0, 3)).toEqual([
      ['0', '60000', '60000', '12000000'],
      ['0', '60000', '60000', '12000000'],
      ['972797', '60000', '1032797', '11027203'],
    ]);
    expect(schedule.installments[13].balanceAfter).toBe('0');
  });

  it('EQUAL_PRINCIPAL with grace divides by the amortising installments only', () => {
    const schedule = buildSchedule({ ...base, termMonths: 15, graceMonths: 3, method: EQUAL_PRINCIPAL });
    expect(schedule.installments.map((i) => i.principal)).toEqual([
      ...['0', '0', '0'],
      ...Array<string>(12).fill('1000000'),
    ]);
  });

  it('DAILY_ACTUAL_365 splits a period at 31 December and uses 366 in a leap year', () => {
    // 36,500,000 × 4 % = 1,460,000 a year = 4,000 a day in 2023 (÷ 365), 3,989.07… a day in 2024 (÷ 366).
    // 2023-12-15 → 2024-01-15: 17 days in 2023 + 14 in 2024 = 68,000 + 55,846.99 = 123,846.99 → 123,846
    // 2024-01-15 → 2024-02-15: 31 × 1,460,000 ÷ 366 = 123,661.20 → 123,661
    // 2024-02-15 → 2024-03-15: 29 days (leap February) → 115,683.06 → 115,683
    const schedule = buildSchedule({
      principal: '36500000',
      annualRate: '0.04',
      termMonths: 3,
      method: BULLET,
      disbursedOn: '2023-12-15',
      convention: DAILY_ACTUAL_365,
    });
    expect(schedule.installments.map((i) => [i.days, i.interest])).toEqual([
      [31, '123846'],
      [31, '123661'],
      [29, '115683'],
    ]);
  });

  it('DAILY_ACTUAL_365 level payment keeps the monthly-rate payment; days move the split', () => {
    const schedule = buildSchedule({ ...base, method: LEVEL_PAYMENT, convention: DAILY_ACTUAL_365 });
    // 2025-01-15 → 02-15 is 31 days: 12,000,000 × 0.06 × 31 ÷ 365 = 61,150.68 → 61,150
    expect(rows(schedule)[0]).toEqual(['971647', '61150', '1032797', '11028353']);
    // 02-15 → 03-15 is 28 days: 11,028,353 × 0.06 × 28 ÷ 365 = 50,760.09 → 50,760
    expect(rows(schedule)[1]).toEqual(['982037', '50760', '1032797', '10046316']);
  });

  it('due dates keep the disbursement day, clamped to month end (never drifting)', () => {
    const schedule = buildSchedule({ ...base, termMonths: 4, method: BULLET, disbursedOn: '2024-01-31' });
    expect(schedule.installments.map((i) => i.dueDate)).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
    ]);
  });

  it('re-amortises a level payment when the rate changes', () => {
    // Rows 1–6 as in the 12-month schedule; balance after 6 = 6,089,767.
    // Row 7 at 12 %: interest 6,089,767 × 0.12 ÷ 12 = 60,897.67 → 60,897
    // new payment over the 6 remaining months at 1 % a month: 1.01^6 = 1.061520150601
    //   6,089,767 × 0.01 × 1.061520150601 ÷ 0.061520150601 = 1,050,779.3… → 1,050,779
    const schedule = buildSchedule({
      ...base,
      method: LEVEL_PAYMENT,
      rateChanges: [{ fromInstallment: 7, annualRate: '0.12' }],
    });
    expect(schedule.installments[5].balanceAfter).toBe('6089767');
    expect(schedule.installments[5].payment).toBe('1032797');
    expect(schedule.installments[6]).toMatchObject({
      annualRate: '0.12',
      interest: '60897',
      payment: '1050779',
      principal: '989882',
    });
    expect(schedule.installments[11].balanceAfter).toBe('0');
  });

  it('a rate change on EQUAL_PRINCIPAL changes interest, not principal', () => {
    const schedule = buildSchedule({
      ...base,
      method: EQUAL_PRINCIPAL,
      rateChanges: [{ fromInstallment: 2, annualRate: '0.03' }],
    });
    expect(rows(schedule)[1]).toEqual(['1000000', '27500', '1027500', '10000000']); // 11,000,000 × 0.03 ÷ 12
  });

  it('remainingBalanceAfter', () => {
    const schedule = buildSchedule({ ...base, method: LEVEL_PAYMENT });
    expect(remainingBalanceAfter(schedule, 0)).toBe('12000000');
    expect(remainingBalanceAfter(schedule, 1)).toBe('11027203');
    expect(remainingBalanceAfter(schedule, 12)).toBe('0');
    expect(remainingBalanceAfter(schedule, 99)).toBe('0');
    expect(() => remainingBalanceAfter(schedule, -1)).toThrow(AppError);
  });

  it('rejects bad input naming the field', () => {
    const bad = (patch: Partial<LoanTermsInput>, field: string) => {
      expect(() => buildSchedule({ ...base, method: LEVEL_PAYMENT, ...patch })).toThrow(
        expect.objectContaining({ details: { fields: [expect.objectContaining({ field })] } }),
      );
    };
    bad({ annualRate: '4.5%' }, 'annualRate');
    bad({ annualRate: '1.5' }, 'annualRate');
    bad({ principal: '0' }, 'principal');
    bad({ principal: '1000.5' }, 'principal');
    bad({ termMonths: 0 }, 'termMonths');
    bad({ graceMonths: 12 }, 'graceMonths');
    bad({ disbursedOn: '2025-02-30' }, 'disbursedOn');
    bad({ rateChanges: [{ fromInstallment: 13, annualRate: '0.05' }] }, 'rateChanges[0].fromInstallment');
  });
});

// ——— Properties over random loans ———

const MODES: RoundingMode[] = ['TRUNCATE', 'ROUND_HALF_UP', 'CEIL'];
const UNITS: RoundingRule['unit'][] = [1, 10, 100];

function randomRate(rng: Rng): string {
  if (rng.chance(0.05)) return '0';
  return toDecimal(rng.int(1, 200_000)).div(1_000_000).toString(); // 0.0001 % … 20 %
}

function randomLoan(rng: Rng): { loan: LoanTermsInput; rounding: RoundingRule } {
  const termMonths = rng.pick([1, 2, 3, 12, 36, 60, 120, 240, 360, rng.int(1, 480)]);
  const graceMonths = rng.chance(0.3) ? rng.int(0, Math.min(termMonths - 1, 36)) : 0;
  // Mostly realistic amounts, some tiny ones where coarse rounding outruns the balance.
  const principal = rng.chance(0.2) ? rng.int(1, 100_000) : rng.int(1_000_000, 2_000_000_000);
  const changes = rng.chance(0.3) ? rng.int(1, 3) : 0;
  const at = new Set<number>();
  for (let i = 0; i < changes; i++) at.add(rng.int(1, termMonths));
  return {
    loan: {
      principal: String(principal),
      annualRate: randomRate(rng),
      termMonths,
      graceMonths,
      method: rng.pick([LEVEL_PAYMENT, EQUAL_PRINCIPAL, BULLET]),
      disbursedOn: addDays('2000-01-01', rng.int(0, 11_000)),
      convention: rng.pick([MONTHLY, DAILY_ACTUAL_365]),
      rateChanges: [...at].map((fromInstallment) => ({ fromInstallment, annualRate: randomRate(rng) })),
    },
    rounding: { unit: rng.pick(UNITS), mode: rng.pick(MODES) },
  };
}

describe('buildSchedule — properties over 400 seeded random loans', () => {
  const rng = createRng('loans/calc/amortization');
  const cases = Array.from({ length: 400 }, () => randomLoan(rng));

  it('covers every method, convention and rounding rule', () => {
    const seen = new Set(
      cases.map(
        ({ loan, rounding }) => `${loan.method}/${loan.convention}/${rounding.unit}/${rounding.mode}`,
      ),
    );
    expect(seen.size).toBe(3 * 2 * 3 * 3);
  });

  /** Every broken invariant of one schedule, as readable strings (one expect per loan keeps 400 loans fast). */
  function violations({ loan, rounding }: (typeof cases)[number]): string[] {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    const schedule = buildSchedule(loan, { rounding });
    const principal = toDecimal(loan.principal);
    const unit = toDecimal(rounding.unit);
    let balance = principal;
    let principalSum = toDecimal(0);
    let interestSum = toDecimal(0);
    check(schedule.installments.length === loan.termMonths, 'one installment per month of the term');
    schedule.installments.forEach((row, index) => {
      const at = `installment ${row.number}`;
      const [p, i, pay, left] = [row.principal, row.interest, row.payment, row.balanceAfter].map(toDecimal);
      check(
        [p, i, pay, left].every((a) => !a.isNegative() && a.isInteger()),
        `${at}: whole, non-negative`,
      );
      check(pay.equals(p.plus(i)), `${at}: payment = principal + interest`);
      check(i.mod(unit).isZero(), `${at}: interest rounded to the unit`);
      balance = balance.minus(p);
      check(left.equals(balance), `${at}: balance carried forward`);
      check(row.dueDate === addMonths(loan.disbursedOn, index + 1), `${at}: due date`);
      const interestOnly =
        index < (loan.graceMonths ?? 0) || (loan.method === BULLET && index < loan.termMonths - 1);
      check(!interestOnly || p.isZero(), `${at}: interest only`);
      principalSum = principalSum.plus(p);
      interestSum = interestSum.plus(i);
    });
    check(principalSum.equals(principal), 'principal parts sum to the principal');
    check(schedule.installments[loan.termMonths - 1].balanceAfter === '0', 'balance ends at 0');
    check(schedule.totals.interest === interestSum.toFixed(0), 'total interest');
    check(schedule.totals.payment === principal.plus(interestSum).toFixed(0), 'total payment');
    check(remainingBalanceAfter(schedule, loan.termMonths) === '0', 'remainingBalanceAfter(term) = 0');
    return problems;
  }

  it.each(cases.map((c, i) => [i, c] as const))('loan %i keeps the schedule invariants', (_i, c) => {
    expect({ loan: c, problems: violations(c) }).toEqual({ loan: c, problems: [] });
  });

  it('level payments are level between rate changes (MONTHLY, no clamping)', () => {
    const level = cases.filter(
      ({ loan }) =>
        loan.method === LEVEL_PAYMENT &&
        loan.convention === MONTHLY &&
        toDecimal(loan.principal).gte(1_000_000),
    );
    expect(level.length).toBeGreaterThan(20);
    for (const { loan, rounding } of level) {
      const rows = buildSchedule(loan, { rounding }).installments;
      const changes = new Set((loan.rateChanges ?? []).map((c) => c.fromInstallment));
      const grace = loan.graceMonths ?? 0;
      for (let k = grace + 2; k < loan.termMonths; k++) {
        if (!changes.has(k)) expect([k, rows[k - 1].payment]).toEqual([k, rows[k - 2].payment]);
      }
    }
  });

  it('every amount is a Decimal-exact integer string (no float artefacts)', () => {
    const { loan, rounding } = cases[0];
    for (const row of buildSchedule(loan, { rounding }).installments) {
      for (const value of [row.principal, row.interest, row.payment, row.balanceAfter]) {
        expect(value).toMatch(/^\d+$/);
        expect(new Decimal(value).toFixed(0)).toBe(value);
      }
    }
  });
});

describe('accruedInterest — ACT/365 across 1 January (hand-checked)', () => {
  it('sums the year fractions before truncating: 300,000,000 × 4 % from 2025-02-01 to 2026-02-01 is 12,000,000', () => {
    // 334 days in 2025 + 31 days in 2026, both ÷ 365: exactly one year of interest, 300,000,000 × 0.04.
    const interest = accruedInterest(
      toDecimal('300000000'),
      toDecimal('0.04'),
      '2025-02-01',
      '2026-02-01',
      InterestConvention.DAILY_ACTUAL_365,
    );
    expect(interest.toFixed(0, Decimal.ROUND_DOWN)).toBe('12000000');
  });

  it('a leap-year split weighs each part by its own year: 2023-07-01 → 2024-07-01 on 36,500,000 at 10 %', () => {
    // 184 / 365 + 182 / 366 of 3,650,000 = 1,840,000 + 1,815,027.32… → 3,655,027 truncated.
    const interest = accruedInterest(
      toDecimal('36500000'),
      toDecimal('0.1'),
      '2023-07-01',
      '2024-07-01',
      InterestConvention.DAILY_ACTUAL_365,
    );
    expect(interest.toFixed(0, Decimal.ROUND_DOWN)).toBe('3655027');
  });
});
