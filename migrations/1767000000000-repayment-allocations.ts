import { MigrationInterface, QueryRunner } from 'typeorm';
import { replayLedger } from '../src/modules/loans/loan-ledger';
import type { LedgerEntry } from '../src/modules/loans/loan-ledger';
import type { LoanRateChangeEntity } from '../src/modules/loans/loan.entity';
import type { InterestConvention, RepaymentMethod } from '../src/modules/loans/loan.enums';

// Issue 13, the ledger's second half (DESIGN §9):
// - repayment_allocation: each transaction's allocation rows (fee, penalty interest, interest and principal by
//   instalment), written in the transaction that records it; Σ rows = the repayment's amount.
// - repayment.revision and repayment_reprocessing: a back-dated transaction re-allocates the later ones (Apache
//   Fineract's reprocessing); each change is kept — which transaction caused it, the parts before and after.
// Existing repayments get their allocation rows from the same pure replay the writers use (default rounding).
export class RepaymentAllocations1767000000000 implements MigrationInterface {
  name = 'RepaymentAllocations1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE repayment ADD COLUMN revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0)`,
    );
    await q.query(`
      CREATE TABLE repayment_allocation (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        repayment_id uuid NOT NULL REFERENCES repayment (id) ON DELETE CASCADE,
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE CASCADE,
        installment_number integer CHECK (installment_number >= 1),
        part text NOT NULL CHECK (part IN ('FEE', 'PENALTY', 'INTEREST', 'PRINCIPAL')),
        amount numeric(18, 0) NOT NULL CHECK (amount > 0)
      )`);
    await q.query(`CREATE INDEX repayment_allocation_repayment ON repayment_allocation (repayment_id)`);
    await q.query(`CREATE INDEX repayment_allocation_loan ON repayment_allocation (loan_id)`);
    await q.query(`
      CREATE TABLE repayment_reprocessing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE CASCADE,
        repayment_id uuid NOT NULL REFERENCES repayment (id) ON DELETE CASCADE,
        triggered_by uuid NOT NULL REFERENCES repayment (id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision >= 1),
        principal_before numeric(18, 0) NOT NULL,
        interest_before numeric(18, 0) NOT NULL,
        penalty_before numeric(18, 0) NOT NULL,
        balance_after_before numeric(18, 0) NOT NULL,
        principal_after numeric(18, 0) NOT NULL,
        interest_after numeric(18, 0) NOT NULL,
        penalty_after numeric(18, 0) NOT NULL,
        balance_after_after numeric(18, 0) NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (repayment_id, revision)
      )`);
    await q.query(`CREATE INDEX repayment_reprocessing_loan ON repayment_reprocessing (loan_id)`);

    const loans = (await q.query(
      `SELECT id, principal::text, annual_rate::text AS "annualRate", term_months AS "termMonths",
              grace_months AS "graceMonths", repayment_method AS "repaymentMethod",
              to_char(disbursed_on, 'YYYY-MM-DD') AS "disbursedOn", interest_convention AS "interestConvention"
         FROM loan WHERE EXISTS (SELECT 1 FROM repayment r WHERE r.loan_id = loan.id) ORDER BY id`,
    )) as {
      id: string;
      principal: string;
      annualRate: string;
      termMonths: number;
      graceMonths: number;
      repaymentMethod: RepaymentMethod;
      disbursedOn: string;
      interestConvention: InterestConvention;
    }[];
    for (const loan of loans) {
      const rateChanges = (await q.query(
        `SELECT loan_id AS "loanId", from_installment AS "fromInstallment", annual_rate::text AS "annualRate"
           FROM loan_rate_change WHERE loan_id = $1 ORDER BY from_installment`,
        [loan.id],
      )) as LoanRateChangeEntity[];
      const entries = (await q.query(
        `SELECT id, kind, to_char(paid_on, 'YYYY-MM-DD') AS "paidOn", principal_amount::text AS "principalAmount",
                interest_amount::text AS "interestAmount", penalty_amount::text AS "penaltyAmount",
                fee_amount::text AS "feeAmount"
           FROM repayment WHERE loan_id = $1 ORDER BY seq`,
        [loan.id],
      )) as (LedgerEntry & { id: string })[];
      const rows = replayLedger(loan, rateChanges, entries).allocations;
      for (let i = 0; i < rows.length; i += 1000) {
        const part = rows.slice(i, i + 1000);
        await q.query(
          `INSERT INTO repayment_allocation (repayment_id, loan_id, installment_number, part, amount)
           VALUES ${part.map((_r, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`).join(', ')}`,
          part.flatMap((a) => [entries[a.entry].id, loan.id, a.installmentNumber, a.part, a.amount]),
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE repayment_reprocessing`);
    await q.query(`DROP TABLE repayment_allocation`);
    await q.query(`ALTER TABLE repayment DROP COLUMN revision`);
  }
}
