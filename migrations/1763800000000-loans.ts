import { MigrationInterface, QueryRunner } from 'typeorm';

// Loans, their rate changes and repayments (loan-retention system). Amounts are whole KRW (numeric(18,0)),
// rates are decimals (0.045 = 4.5 %). The contractual schedule is computed, not stored.
export class Loans1763800000000 implements MigrationInterface {
  name = 'Loans1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE loan_number_seq`);
    await q.query(`
      CREATE TABLE loan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        loan_number text NOT NULL DEFAULT 'L' || lpad(nextval('loan_number_seq')::text, 9, '0'),
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('MORTGAGE', 'JEONSE', 'CREDIT', 'OVERDRAFT', 'CARD_LOAN', 'AUTO')),
        repayment_method text NOT NULL CHECK (repayment_method IN ('LEVEL_PAYMENT', 'EQUAL_PRINCIPAL', 'BULLET')),
        rate_type text NOT NULL CHECK (rate_type IN ('FIXED', 'VARIABLE', 'MIXED', 'PERIODIC_RESET')),
        fixed_period_months integer CHECK (fixed_period_months > 0),
        interest_convention text NOT NULL DEFAULT 'MONTHLY' CHECK (interest_convention IN ('MONTHLY', 'DAILY_ACTUAL_365')),
        lender text NOT NULL,
        lender_type text NOT NULL CHECK (lender_type IN ('BANK', 'NON_BANK')),
        principal numeric(18, 0) NOT NULL CHECK (principal > 0),
        credit_limit numeric(18, 0) CHECK (credit_limit > 0),
        annual_rate numeric(8, 6) NOT NULL CHECK (annual_rate >= 0 AND annual_rate < 1),
        term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 600),
        grace_months integer NOT NULL DEFAULT 0 CHECK (grace_months >= 0 AND grace_months < term_months),
        disbursed_on date NOT NULL,
        maturity_on date NOT NULL,
        collateral_value numeric(18, 0) CHECK (collateral_value > 0),
        -- Kept current by every repayment (same transaction), so balances and arrears filter in SQL.
        outstanding_principal numeric(18, 0) NOT NULL CHECK (outstanding_principal >= 0),
        paid_installments integer NOT NULL DEFAULT 0 CHECK (paid_installments >= 0),
        -- Paid toward the next instalment but not yet covering it.
        partial_credit numeric(18, 0) NOT NULL DEFAULT 0 CHECK (partial_credit >= 0),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED', 'WRITTEN_OFF')),
        closed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX loan_number_uq ON loan (loan_number)`);
    await q.query(`CREATE INDEX loan_customer_idx ON loan (customer_id)`);
    await q.query(`CREATE INDEX loan_status_kind_idx ON loan (status, kind)`);
    await q.query(`CREATE INDEX loan_created_idx ON loan (created_at, id)`);

    await q.query(`
      CREATE TABLE loan_rate_change (
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE CASCADE,
        from_installment integer NOT NULL CHECK (from_installment > 1),
        annual_rate numeric(8, 6) NOT NULL CHECK (annual_rate >= 0 AND annual_rate < 1),
        PRIMARY KEY (loan_id, from_installment)
      )`);

    await q.query(`
      CREATE TABLE repayment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE CASCADE,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 128),
        kind text NOT NULL CHECK (kind IN ('REGULAR', 'PARTIAL', 'FULL', 'PREPAYMENT')),
        paid_on date NOT NULL,
        amount numeric(18, 0) NOT NULL CHECK (amount > 0),
        principal_amount numeric(18, 0) NOT NULL CHECK (principal_amount >= 0),
        interest_amount numeric(18, 0) NOT NULL CHECK (interest_amount >= 0),
        fee_amount numeric(18, 0) NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),
        -- The dated prepayment-fee rule set a fee was computed with (null when no fee rule applied).
        fee_rule_set text,
        balance_after numeric(18, 0) NOT NULL CHECK (balance_after >= 0),
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (amount = principal_amount + interest_amount + fee_amount)
      )`);
    await q.query(`CREATE UNIQUE INDEX repayment_idempotency_uq ON repayment (loan_id, idempotency_key)`);
    await q.query(`CREATE INDEX repayment_loan_paid_idx ON repayment (loan_id, paid_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE repayment`);
    await q.query(`DROP TABLE loan_rate_change`);
    await q.query(`DROP TABLE loan`);
    await q.query(`DROP SEQUENCE loan_number_seq`);
  }
}
