import type { QueryRunner } from 'typeorm';
import { LoanInstallments1766100000000 } from '../migrations/1766100000000-loan-installments';
import { installmentRows, replayLedger } from '../src/modules/loans/loan-ledger';
import { InterestConvention, RepaymentKind, RepaymentMethod } from '../src/modules/loans';

// The loan_installment migration backfills existing loans by replaying their repayments in value-date order:
// what it inserts must be exactly what the writers store (loan-ledger installmentRows), column for column.
describe('migration 1766100000000-loan-installments', () => {
  it('backfills every loan with the rows its repayments replay to', async () => {
    const loan = {
      id: '00000000-0000-4000-8000-000000000001',
      principal: '300000000',
      annualRate: '0.040000',
      termMonths: 360,
      graceMonths: 0,
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
      disbursedOn: '2026-01-10',
      interestConvention: InterestConvention.MONTHLY,
    };
    // Recorded out of value-date order (seq order): the replay sorts by value date.
    const repayments = [
      {
        kind: RepaymentKind.PREPAYMENT,
        paidOn: '2026-02-20',
        principalAmount: '100000000',
        interestAmount: '107526',
        penaltyAmount: '0',
      },
      {
        kind: RepaymentKind.REGULAR,
        paidOn: '2026-02-10',
        principalAmount: '432245',
        interestAmount: '1000000',
        penaltyAmount: '0',
      },
    ];
    const inserted: unknown[][] = [];
    const runner = {
      query: async (sql: string, params?: unknown[]) => {
        if (/FROM loan ORDER BY/.test(sql)) return [loan];
        if (/FROM loan_rate_change/.test(sql)) return [];
        if (/FROM repayment/.test(sql)) return repayments;
        if (/INSERT INTO loan_installment/.test(sql)) {
          for (let i = 0; i < params!.length; i += 11) inserted.push(params!.slice(i, i + 11));
        }
        return [];
      },
    } as unknown as QueryRunner;
    await new LoanInstallments1766100000000().up(runner);
    const expected = installmentRows(loan.id, replayLedger(loan, [], repayments)).map((r) => [
      r.loanId,
      r.number,
      r.dueDate,
      r.days,
      r.annualRate,
      r.principal,
      r.interest,
      r.payment,
      r.balanceAfter,
      r.principalPaid,
      r.interestPaid,
    ]);
    expect(inserted).toEqual(expected);
    expect(inserted).toHaveLength(360);
    // Instalment 1 paid in full; from instalment 2 on, re-amortised on 200,000,000 − 432,245 over 359 months.
    expect(inserted[0]).toEqual([
      loan.id,
      1,
      '2026-02-10',
      31,
      '0.04',
      '432245',
      '1000000',
      '1432245',
      '299567755',
      '432245',
      '1000000',
    ]);
    expect(inserted[1][6]).toBe('665225'); // 199,567,755 × 0.04 ÷ 12 = 665,225.85 → 665,225
  });
});
