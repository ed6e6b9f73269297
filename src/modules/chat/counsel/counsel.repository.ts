// The two cheap reads of the counselling pipeline that no service offers: the customer's data version (one
// statement of counts and maxima over what an answer depends on) and the check that a message names another
// customer (by name or customer number).
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../../common/context';

export class CounselRepository {
  /** A fingerprint of the customer's loans, repayments, rate changes, quarters and transactions. */
  async customerDataStamp(ctx: RequestContext, customerId: string): Promise<string> {
    const rows = (await ctx.manager.query(
      `SELECT
         (SELECT updated_at::text FROM customer WHERE id = $1) AS customer,
         (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') FROM loan WHERE customer_id = $1) AS loans,
         (SELECT count(*)::text || ':' || coalesce(max(r.seq)::text, '')
            FROM repayment r JOIN loan l ON l.id = r.loan_id WHERE l.customer_id = $1) AS repayments,
         (SELECT count(*)::text || ':' || coalesce(sum(c.from_installment)::text, '') || ':' || coalesce(sum(c.annual_rate)::text, '')
            FROM loan_rate_change c JOIN loan l ON l.id = c.loan_id WHERE l.customer_id = $1) AS rate_changes,
         (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(total_amount)::text, '')
                 || ':' || coalesce(sum(income)::text, '') || ':' || coalesce(sum(deposit_balance)::text, '')
            FROM customer_quarter WHERE customer_id = $1) AS quarters,
         (SELECT count(*)::text || ':' || coalesce(max(id)::text, '') FROM card_transaction WHERE customer_id = $1) AS transactions`,
      [customerId],
    )) as Record<string, string | null>[];
    return createHash('sha256')
      .update(JSON.stringify(rows[0] ?? {}))
      .digest('hex')
      .slice(0, 24);
  }

  /**
   * True when the text contains the name (2+ characters) or the customer number of a customer other than
   * `customerId` (a namesake of the session customer does not count). Names are compared without spaces.
   */
  async mentionsOtherCustomer(
    ctx: RequestContext,
    text: string,
    customerId: string | null,
    ownName: string | null,
  ): Promise<boolean> {
    const squeezed = text.replace(/\s+/g, '');
    if (squeezed.length === 0) return false;
    const rows = (await ctx.manager.query(
      `SELECT 1 FROM customer
        WHERE ($1::uuid IS NULL OR id <> $1::uuid)
          AND ((length(name) >= 3 AND position(replace(name, ' ', '') IN $2) > 0
                AND replace(name, ' ', '') <> coalesce($3, ''))
               OR position(upper(customer_number) IN upper($2)) > 0)
        LIMIT 1`,
      [customerId, squeezed, ownName?.replace(/\s+/g, '') ?? null],
    )) as unknown[];
    return rows.length > 0;
  }
}
