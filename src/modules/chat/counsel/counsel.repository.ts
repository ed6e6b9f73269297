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
   * True when the text names a customer other than `customerId` (a namesake of the session customer does not
   * count: their own stored name is excluded in the statement itself): an exact stored name among the text's
   * candidate names, or an exact customer number among its tokens. Both are index lookups (customer_name_idx,
   * customer_number_uq), not a scan of the customer table.
   */
  async mentionsOtherCustomer(
    ctx: RequestContext,
    text: string,
    customerId: string | null,
  ): Promise<boolean> {
    const { names, numbers } = nameCandidates(text);
    if (names.length === 0 && numbers.length === 0) return false;
    const rows = (await ctx.manager.query(
      `SELECT 1 FROM customer
        WHERE ($1::uuid IS NULL OR id <> $1::uuid)
          AND ((name = ANY($2::text[])
                AND name <> coalesce((SELECT own.name FROM customer own WHERE own.id = $1::uuid), ''))
               OR customer_number = ANY($3::text[]))
        LIMIT 1`,
      [customerId, names, numbers],
    )) as unknown[];
    return rows.length > 0;
  }
}

/** Most candidates looked up for one text (a 4,000-character message gives far fewer distinct ones). */
export const MAX_CANDIDATES = 5000;

/**
 * The strings of a text that could be a stored customer's name or number: every 3–4 syllable Hangul substring
 * (Korean names are written without spaces; particles may follow: "김민준님의"), runs of 2–3 capitalised Latin
 * words ("John Smith"), and every token of letters/digits/dashes with a digit (customer numbers, as written and upper-cased).
 */
export function nameCandidates(text: string): { names: string[]; numbers: string[] } {
  const names = new Set<string>();
  for (const run of text.match(/[가-힣]{3,}/g) ?? [])
    for (let len = 3; len <= 4; len++)
      for (let i = 0; i + len <= run.length && names.size < MAX_CANDIDATES; i++)
        names.add(run.slice(i, i + len));
  const words = text.match(/[A-Z][a-z]+/g) ?? [];
  for (let len = 2; len <= 3; len++)
    for (let i = 0; i + len <= words.length && names.size < MAX_CANDIDATES; i++)
      names.add(words.slice(i, i + len).join(' '));
  const numbers = new Set<string>();
  for (const token of text.match(/[A-Za-z0-9][A-Za-z0-9_-]{3,39}/g) ?? [])
    if (/\d/.test(token) && numbers.size < MAX_CANDIDATES) numbers.add(token).add(token.toUpperCase());
  return { names: [...names], numbers: [...numbers] };
}
