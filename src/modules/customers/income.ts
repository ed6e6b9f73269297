// A customer's income, one rule for every figure that divides by it — the loan-limit simulation and DSR, the
// health score, spend-to-income in the scenarios and the chat, and the quarter's `income` field:
// - the income is the customer's verified `annual_income` (staff change it with updateCustomer);
// - a quarter's income is the figure imported for that quarter (a quarter with source IMPORTED and an income),
//   else a quarter of the annual income, truncated to whole won (none without an annual income).
// A COMPUTED quarter's stored `income` column (the demo writes one) is not read: it would go stale when the
// annual income changes, and one answer would mix the old and the new figure.

/** SQL for a quarter's income; `q` is a customer_quarter row (with `source` and `income`), `c` its customer. */
export function quarterIncomeSql(q: string, c: string): string {
  return `coalesce(CASE WHEN ${q}.source = 'IMPORTED' THEN ${q}.income END,
    CASE WHEN ${c}.annual_income > 0 THEN trunc(${c}.annual_income / 4) END)`;
}
