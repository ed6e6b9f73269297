import { MigrationInterface, QueryRunner } from 'typeorm';

// Penalty interest (연체이자) is collected by repayments now, first after costs (여신거래기본약관 제13조): each
// repayment records how much of it went to penalty interest, and the amount is the sum of all four parts. Rows
// recorded before collected none (0), so they keep satisfying the check.
export class RepaymentPenalty1766000000000 implements MigrationInterface {
  name = 'RepaymentPenalty1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE repayment ADD COLUMN penalty_amount numeric(18, 0) NOT NULL DEFAULT 0 CHECK (penalty_amount >= 0)`,
    );
    await q.query(`ALTER TABLE repayment DROP CONSTRAINT repayment_check`);
    await q.query(
      `ALTER TABLE repayment ADD CONSTRAINT repayment_amount_parts
         CHECK (amount = principal_amount + interest_amount + fee_amount + penalty_amount)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE repayment DROP CONSTRAINT repayment_amount_parts`);
    await q.query(`ALTER TABLE repayment DROP COLUMN penalty_amount`);
    await q.query(
      `ALTER TABLE repayment ADD CONSTRAINT repayment_check CHECK (amount = principal_amount + interest_amount + fee_amount)`,
    );
  }
}
