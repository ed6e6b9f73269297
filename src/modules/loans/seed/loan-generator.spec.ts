import Decimal from 'decimal.js';
import { daysBetween, koreanDate } from '../../../common/dates';
import { createRng } from '../../../common/random';
import { generateCustomers, type SeededCustomer } from '../../customers';
import { LenderType, LoanKind, LoanStatus, RepaymentKind } from '../loan.enums';
import { currentSchedule } from '../loan-ledger';
import { type GeneratedLoan, generateLoans } from './loan-generator';

const NOW = new Date('2026-11-20T15:00:00Z'); // 2026-11-21 00:00 in Korea
const TODAY = koreanDate(NOW);
const N = 5_000;

const customers: SeededCustomer[] = [
  ...generateCustomers(createRng('fingraph').fork('customers'), N, { now: NOW, startNumber: 1 }),
].map(({ name: _n, email: _e, updatedAt: _u, ...c }) => c);
const loans: GeneratedLoan[] = [
  ...generateLoans(createRng('fingraph').fork('loans'), customers, { now: NOW }),
];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const of = (kind: LoanKind, lender?: LenderType) =>
  loans.filter((g) => g.loan.kind === kind && (!lender || g.loan.lenderType === lender));

describe('generateLoans', () => {
  it('gives about 45 % of adults a loan, about 1.45 loans each', () => {
    const borrowers = new Set(loans.map((g) => g.loan.customerId)).size;
    expect(borrowers / N).toBeGreaterThan(0.4);
    expect(borrowers / N).toBeLessThan(0.5);
    expect(loans.length / borrowers).toBeGreaterThan(1.2);
    expect(loans.length / borrowers).toBeLessThan(1.8);
  });

  it('prices loans like 2024–2026 Korean lenders', () => {
    const recent = (g: GeneratedLoan) => g.loan.disbursedOn >= '2024-01-01';
    const rate = (rows: GeneratedLoan[]) => median(rows.filter(recent).map((g) => Number(g.loan.annualRate)));
    expect(rate(of(LoanKind.MORTGAGE, LenderType.BANK))).toBeGreaterThan(0.037);
    expect(rate(of(LoanKind.MORTGAGE, LenderType.BANK))).toBeLessThan(0.045);
    expect(rate(of(LoanKind.CREDIT, LenderType.BANK))).toBeGreaterThan(0.05);
    expect(rate(of(LoanKind.CREDIT, LenderType.BANK))).toBeLessThan(0.065);
    expect(rate(of(LoanKind.CREDIT, LenderType.NON_BANK))).toBeGreaterThan(0.13);
    expect(rate(of(LoanKind.CARD_LOAN))).toBeGreaterThan(0.13);
    expect(rate(of(LoanKind.CARD_LOAN))).toBeLessThan(0.17);
    expect(Math.max(...loans.map((g) => Number(g.loan.annualRate)))).toBeLessThan(0.2); // legal maximum
    const amount = (kind: LoanKind) => median(of(kind).map((g) => Number(g.loan.principal)));
    expect(amount(LoanKind.MORTGAGE)).toBeGreaterThan(100_000_000);
    expect(amount(LoanKind.MORTGAGE)).toBeLessThan(200_000_000);
    expect(amount(LoanKind.CARD_LOAN)).toBeGreaterThan(4_500_000);
    expect(amount(LoanKind.CARD_LOAN)).toBeLessThan(5_500_000);
    for (const g of of(LoanKind.OVERDRAFT))
      expect(BigInt(g.loan.creditLimit!) >= BigInt(g.loan.principal)).toBe(true);
  });

  it('lets a few percent of active loans fall 10–200 days behind, and keeps every other one paid up', () => {
    const active = loans.filter((g) => g.loan.status === LoanStatus.ACTIVE);
    const late = active.filter((g) => g.outcome === 'DELINQUENT');
    expect(late.length / active.length).toBeGreaterThan(0.015);
    expect(late.length / active.length).toBeLessThan(0.06);
    for (const g of active) {
      const schedule = currentSchedule(g.loan, [], g.repayments);
      const next = schedule[g.loan.paidInstallments];
      const daysLate = next && next.dueDate < TODAY ? daysBetween(next.dueDate, TODAY) : 0;
      if (g.outcome === 'DELINQUENT') {
        expect(daysLate).toBeGreaterThanOrEqual(10);
        expect(daysLate).toBeLessThanOrEqual(200);
      } else {
        expect(daysLate).toBe(0);
      }
    }
  });

  it('posts prepayments with the interest accrued on the prepaid principal and the dated fee, and pays off with interest accrued since the last due date', () => {
    const prepaid = loans.filter((g) => g.outcome === 'PREPAID');
    const paidOff = loans.filter((g) => g.outcome === 'PAID_OFF');
    expect(prepaid.length).toBeGreaterThan(50);
    expect(paidOff.length).toBeGreaterThan(50);
    for (const g of prepaid) {
      const p = g.repayments.at(-1)!;
      expect(p.kind).toBe(RepaymentKind.PREPAYMENT);
      expect(p.feeRuleSet).toMatch(/^KR-BANK-PREPAYMENT-FEE/);
      expect(
        new Decimal(p.amount).eq(new Decimal(p.principalAmount).plus(p.interestAmount).plus(p.feeAmount)),
      ).toBe(true);
      // The prepaid principal's interest from the start of its period to the value date; MONTHLY loans pro rata
      // to the period's days: P × rate ÷ 12 × elapsed ÷ period days, truncated.
      const rows = currentSchedule(g.loan, [], g.repayments.slice(0, -1));
      const k = rows.findIndex((r) => r.dueDate >= p.paidOn);
      const start = k === 0 ? g.loan.disbursedOn : rows[k - 1].dueDate;
      if (g.loan.interestConvention === 'MONTHLY') {
        const expected = new Decimal(p.principalAmount)
          .times(g.loan.annualRate)
          .times(daysBetween(start, p.paidOn))
          .div(12 * daysBetween(start, rows[k].dueDate))
          .floor();
        expect(p.interestAmount).toBe(expected.toFixed(0));
      }
      expect(BigInt(p.interestAmount)).toBeGreaterThan(0n);
    }
    // A fixed-rate (or mixed / periodic-reset) bank mortgage prepaid within 3 years of a 2025 contract pays 0.56 % × days left ÷ 1,095.
    const mortgageFees = prepaid.filter(
      (g) =>
        g.loan.kind === LoanKind.MORTGAGE &&
        g.loan.rateType === 'FIXED' &&
        g.loan.disbursedOn >= '2025-01-13',
    );
    expect(mortgageFees.length).toBeGreaterThan(3);
    for (const g of mortgageFees) {
      const p = g.repayments.at(-1)!;
      const left = 1095 - daysBetween(g.loan.disbursedOn, p.paidOn);
      const expected = new Decimal(p.principalAmount).times('0.0056').times(left).div(1095).floor();
      expect(p.feeAmount).toBe(expected.toFixed(0));
    }
    for (const g of paidOff) {
      const full = g.repayments.at(-1)!;
      expect(full.kind).toBe(RepaymentKind.FULL);
      expect(g.loan).toMatchObject({
        status: LoanStatus.CLOSED,
        closedOn: full.paidOn,
        outstandingPrincipal: '0',
      });
      expect(BigInt(full.interestAmount)).toBeGreaterThan(0n);
    }
  });
});
