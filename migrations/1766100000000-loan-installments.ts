import { MigrationInterface, QueryRunner } from 'typeorm';
import { installmentRows, replayLedger } from '../src/modules/loans/loan-ledger';
import type { LedgerEntry } from '../src/modules/loans/loan-ledger';
import type { LoanRateChangeEntity } from '../src/modules/loans/loan.entity';
import type { InterestConvention, RepaymentMethod } from '../src/modules/loans/loan.enums';

// The stored schedule (DESIGN §9, issue 13): one row per instalment as it stands, with what has been paid toward
// it, rewritten in the transaction of every event that changes it (booking, rate change, repayment). Reads serve
// these rows instead of replaying the repayments. Existing loans are backfilled here by replaying their
// repayments in value-date order with the default rounding (whole won, truncated); a deployment with another
// MONEY_ROUNDING_* rule rebuilds them by recording nothing new — the next event on a loan rewrites its rows.
export class LoanInstallments1766100000000 implements MigrationInterface {
  name = 'LoanInstallments1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loan_installment (
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        due_date date NOT NULL,
        days integer NOT NULL CHECK (days >= 0),
        annual_rate numeric(8, 6) NOT NULL,
        principal numeric(18, 0) NOT NULL CHECK (principal >= 0),
        interest numeric(18, 0) NOT NULL CHECK (interest >= 0),
        payment numeric(18, 0) NOT NULL,
        balance_after numeric(18, 0) NOT NULL CHECK (balance_after >= 0),
        principal_paid numeric(18, 0) NOT NULL DEFAULT 0 CHECK (principal_paid >= 0),
        interest_paid numeric(18, 0) NOT NULL DEFAULT 0 CHECK (interest_paid >= 0),
        PRIMARY KEY (loan_id, number),
        CHECK (payment = principal + interest)
      )`);
    const loans = (await q.query(
      `SELECT id, principal::text, annual_rate::text AS "annualRate", term_months AS "termMonths",
              grace_months AS "graceMonths", repayment_method AS "repaymentMethod",
              to_char(disbursed_on, 'YYYY-MM-DD') AS "disbursedOn", interest_convention AS "interestConvention"
         FROM loan ORDER BY id`,
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
        `SELECT kind, to_char(paid_on, 'YYYY-MM-DD') AS "paidOn", principal_amount::text AS "principalAmount",
                interest_amount::text AS "interestAmount", penalty_amount::text AS "penaltyAmount"
           FROM repayment WHERE loan_id = $1 ORDER BY seq`,
        [loan.id],
      )) as LedgerEntry[];
      const rows = installmentRows(loan.id, replayLedger(loan, rateChanges, entries));
      for (let i = 0; i < rows.length; i += 500) {
        const part = rows.slice(i, i + 500);
        const values = part.map(
          (_r, j) => `(${Array.from({ length: 11 }, (_x, c) => `$${j * 11 + c + 1}`).join(', ')})`,
        );
        await q.query(
          `INSERT INTO loan_installment (loan_id, number, due_date, days, annual_rate, principal, interest, payment,
             balance_after, principal_paid, interest_paid) VALUES ${values.join(', ')}`,
          part.flatMap((r) => [
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
          ]),
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE loan_installment`);
  }
}
