import { MigrationInterface, QueryRunner } from 'typeorm';

// Repayments are settled in the order they were recorded, and a loan's schedule is rebuilt by replaying them in
// that order (prepayments re-amortise the rest of it). created_at can tie (one transaction, a frozen clock) and
// paid_on may be back-dated, so the order gets its own column: a sequence taken at insert.
export class RepaymentOrder1763850000000 implements MigrationInterface {
  name = 'RepaymentOrder1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE repayment ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`CREATE INDEX repayment_loan_seq_idx ON repayment (loan_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX repayment_loan_seq_idx`);
    await q.query(`ALTER TABLE repayment DROP COLUMN seq`);
  }
}
