import Decimal from 'decimal.js';
import { RepaymentAllocations1767000000000 } from '../migrations/1767000000000-repayment-allocations';
import { installmentRows, replayLedger } from '../src/modules/loans/loan-ledger';
import type { LoanRateChangeEntity } from '../src/modules/loans';
import { startTestApp, TestApp } from './support/app';

// Issue 13: the stored ledger is what the pure replay says, for every seeded loan. The demo portfolio is written
// by the seed (loan, repayment, loan_installment, repayment_allocation); here every loan's stored instalment rows
// and allocation rows are compared with a replay of its repayments, Σ allocations = Σ payments per repayment and
// per loan, and the allocation migration's backfill (down, then up on the seeded database) writes the same rows.

type Row = Record<string, unknown>;

describe('stored ledger = recomputed ledger, for every seeded loan', () => {
  let t: TestApp;
  const sql = (text: string, params?: unknown[]) =>
    t.app.container.dataSource.query(text, params) as Promise<Row[]>;

  const storedAllocations = async () =>
    (await sql(
      `SELECT repayment_id AS "repaymentId", installment_number AS "installmentNumber", part, amount::text
         FROM repayment_allocation ORDER BY repayment_id, id`,
    )) as { repaymentId: string; installmentNumber: number | null; part: string; amount: string }[];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('Σ allocation rows = amount for every repayment, and Σ allocations = Σ payments for every loan', async () => {
    const perRepayment = await sql(
      `SELECT r.id, r.amount::text AS amount, COALESCE(sum(a.amount), 0)::text AS allocated,
              COALESCE(sum(a.amount) FILTER (WHERE a.part = 'PRINCIPAL'), 0)::text AS principal,
              r.principal_amount::text AS "principalAmount"
         FROM repayment r LEFT JOIN repayment_allocation a ON a.repayment_id = r.id
        GROUP BY r.id`,
    );
    expect(perRepayment.length).toBeGreaterThan(100);
    for (const r of perRepayment) {
      expect(r.allocated).toBe(r.amount);
      expect(r.principal).toBe(r.principalAmount);
    }
    const perLoan = await sql(
      `SELECT l.id,
              (SELECT COALESCE(sum(amount), 0) FROM repayment WHERE loan_id = l.id)::text AS paid,
              (SELECT COALESCE(sum(amount), 0) FROM repayment_allocation WHERE loan_id = l.id)::text AS allocated
         FROM loan l`,
    );
    for (const l of perLoan) expect(l.allocated).toBe(l.paid);
  });

  it('stored instalment and allocation rows equal a replay of each loan, and the migration backfills the same', async () => {
    const loans = await sql(
      `SELECT id, principal::text, annual_rate::text AS "annualRate", term_months AS "termMonths",
              grace_months AS "graceMonths", repayment_method AS "repaymentMethod",
              to_char(disbursed_on, 'YYYY-MM-DD') AS "disbursedOn", interest_convention AS "interestConvention"
         FROM loan ORDER BY id`,
    );
    const rateChanges = (await sql(
      `SELECT loan_id AS "loanId", from_installment AS "fromInstallment", annual_rate::text AS "annualRate"
         FROM loan_rate_change ORDER BY loan_id, from_installment`,
    )) as unknown as LoanRateChangeEntity[];
    const repayments = await sql(
      `SELECT id, loan_id AS "loanId", kind, to_char(paid_on, 'YYYY-MM-DD') AS "paidOn",
              principal_amount::text AS "principalAmount", interest_amount::text AS "interestAmount",
              penalty_amount::text AS "penaltyAmount", fee_amount::text AS "feeAmount"
         FROM repayment ORDER BY loan_id, seq`,
    );
    const installments = await sql(
      `SELECT loan_id AS "loanId", number, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", days,
              annual_rate::text AS "annualRate", principal::text, interest::text, payment::text,
              balance_after::text AS "balanceAfter", principal_paid::text AS "principalPaid",
              interest_paid::text AS "interestPaid"
         FROM loan_installment ORDER BY loan_id, number`,
    );
    const group = <T extends Row>(rows: T[], key: string) => {
      const m = new Map<string, T[]>();
      for (const r of rows) m.set(r[key] as string, [...(m.get(r[key] as string) ?? []), r]);
      return m;
    };
    const repaymentsBy = group(repayments, 'loanId');
    const installmentsBy = group(installments, 'loanId');
    const rateChangesBy = group(rateChanges as unknown as Row[], 'loanId');
    const expectedAllocations: {
      repaymentId: string;
      installmentNumber: number | null;
      part: string;
      amount: string;
    }[] = [];
    let compared = 0;
    for (const loan of loans) {
      const entries = (repaymentsBy.get(loan.id as string) ?? []) as never[];
      const state = replayLedger(
        loan as never,
        (rateChangesBy.get(loan.id as string) ?? []) as never[],
        entries,
      );
      const stored = installmentsBy.get(loan.id as string) ?? [];
      if (stored.length === 0) continue; // a loan written without rows is replayed on read (none in the seed)
      // numeric(8, 6) prints trailing zeros: compare rates as decimals.
      const rate = (r: object) => {
        const row = r as Row;
        return { ...row, annualRate: new Decimal(row.annualRate as string).toFixed() };
      };
      expect(stored.map(rate)).toEqual(installmentRows(loan.id as string, state).map(rate));
      compared++;
      for (const a of state.allocations) {
        expectedAllocations.push({
          repaymentId: (entries[a.entry] as { id: string }).id,
          installmentNumber: a.installmentNumber,
          part: a.part,
          amount: a.amount,
        });
      }
    }
    expect(compared).toBe(loans.length);
    const order = (rows: typeof expectedAllocations) =>
      [...rows].sort((x, y) => (x.repaymentId < y.repaymentId ? -1 : x.repaymentId > y.repaymentId ? 1 : 0));
    const seeded = await storedAllocations();
    expect(seeded).toEqual(order(expectedAllocations));

    // The migration's backfill on this database writes exactly the rows the seed wrote.
    const runner = t.app.container.dataSource.createQueryRunner();
    try {
      const migration = new RepaymentAllocations1767000000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await storedAllocations()).toEqual(seeded);
  });
});
