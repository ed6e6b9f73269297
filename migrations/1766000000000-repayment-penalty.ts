import { MigrationInterface, QueryRunner } from 'typeorm';

// Penalty interest (연체이자) is collected by repayments now, first after costs (여신거래기본약관 제13조): each
// repayment records how much of it went to penalty interest. Rows recorded before collected none (0). The index
// on (loan_id, paid_on, seq) serves the value-dated replay and the "as of" views.
export class RepaymentPenalty1766000000000 implements MigrationInterface {
  name = 'RepaymentPenalty1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE repayment ADD COLUMN penalty_amount numeric(18, 0) NOT NULL DEFAULT 0 CHECK (penalty_amount >= 0)`,
    );
    await q.query(`CREATE INDEX repayment_loan_value_date_idx ON repayment (loan_id, paid_on, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX repayment_loan_value_date_idx`);
    await q.query(`ALTER TABLE repayment DROP COLUMN penalty_amount`);
  }
}
