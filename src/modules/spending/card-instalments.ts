import Decimal from 'decimal.js';
import { addMonths, monthsBetween } from '../../common/dates';

// Card instalment purchases (할부): where a plan stands today. Pure.
//
// Korean card issuers split an instalment purchase's principal equally over its months (원금균등) and bill the first
// instalment on the statement after the purchase month; 할부수수료 (the fee, at the issuer's rate for the
// customer) comes on top and is not known here. Conventions (docs/counselling.md, "Card instalments"):
// - each instalment's principal is the amount ÷ months rounded down to the won; the won left over goes on the
//   first instalment (so the instalments add up to the amount exactly);
// - instalments billed by today = calendar months from the purchase month to this month (this month's statement
//   counted), at most the plan's months — a statement's own closing day is the issuer's, so the month is the unit;
// - what is left = the principal of the instalments not billed yet.

export interface InstalmentStatus {
  months: number;
  /** Instalments on statements up to this month's. */
  billed: number;
  remaining: number;
  /** The regular instalment's principal (amount ÷ months, rounded down to the won). */
  perInstalment: string;
  /** The first instalment's principal: the regular one plus the won left over. */
  firstInstalment: string;
  /** Principal of the instalments not billed yet. */
  remainingPrincipal: string;
  /** The next instalment's principal, null when all are billed. */
  nextInstalment: string | null;
  /** The month ("2027-03") of the last instalment's statement. */
  lastMonth: string;
}

/**
 * A plan of `amount` won (a positive whole number) over `months` (2–36) bought on `purchasedOn` (a KST date), as of
 * `today` (a KST date).
 */
export function instalmentStatus(
  amount: string,
  months: number,
  purchasedOn: string,
  today: string,
): InstalmentStatus {
  const total = new Decimal(amount);
  if (!total.isInteger() || total.lte(0)) throw new RangeError(`not a positive whole amount: ${amount}`);
  if (!Number.isInteger(months) || months < 2 || months > 36)
    throw new RangeError(`instalment months must be 2–36, not ${months}`);
  const per = total.div(months).floor();
  const first = total.minus(per.times(months - 1));
  const billed = Math.min(months, Math.max(0, monthsBetween(purchasedOn, today)));
  const remaining = months - billed;
  const remainingPrincipal = billed === 0 ? total : per.times(remaining);
  return {
    months,
    billed,
    remaining,
    perInstalment: per.toFixed(0),
    firstInstalment: first.toFixed(0),
    remainingPrincipal: remainingPrincipal.toFixed(0),
    nextInstalment: remaining === 0 ? null : (billed === 0 ? first : per).toFixed(0),
    lastMonth: addMonths(`${purchasedOn.slice(0, 7)}-01`, months).slice(0, 7),
  };
}

/** One instalment purchase as a statement reads it. */
export interface InstalmentPurchase {
  amount: string;
  months: number;
  /** KST date of the purchase. */
  purchasedOn: string;
  merchant: string;
}

/** What instalment purchases put on one month's card statement (principal only; 할부수수료 is the issuer's). */
export interface StatementInstalments {
  /** The statement's month ("2026-11"): it bills the month before's use. */
  month: string;
  /** Each plan's instalment on this statement, newest purchase first. */
  portions: { merchant: string; purchasedOn: string; number: number; months: number; amount: string }[];
  /** Their sum. */
  portionTotal: string;
  /**
   * Full amounts of the instalment purchases made in the month this statement bills (in that month's spending, but
   * billed a part at a time): what a bill taken as "last month's spending" over-counts.
   */
  deferredTotal: string;
}

/**
 * The instalments on the statement of `month` ("YYYY-MM"): a plan bought in month P bills its k-th instalment on the
 * statement of P + k (k = 1 … months; the first carries the won left over), the same conventions as instalmentStatus.
 */
export function statementInstalments(
  purchases: readonly InstalmentPurchase[],
  month: string,
): StatementInstalments {
  const statement = `${month}-01`;
  const portions: StatementInstalments['portions'] = [];
  let deferred = new Decimal(0);
  for (const p of purchases) {
    const total = new Decimal(p.amount);
    const k = monthsBetween(p.purchasedOn, statement);
    if (k === 0) continue; // bought this month: on next month's statement
    if (k === 1) deferred = deferred.plus(total);
    if (k < 1 || k > p.months) continue;
    // The instalment split is instalmentStatus's, one rule for both.
    const split = instalmentStatus(p.amount, p.months, p.purchasedOn, statement);
    const amount = k === 1 ? split.firstInstalment : split.perInstalment;
    portions.push({
      merchant: p.merchant,
      purchasedOn: p.purchasedOn,
      number: k,
      months: p.months,
      amount,
    });
  }
  portions.sort((a, b) => (a.purchasedOn < b.purchasedOn ? 1 : a.purchasedOn > b.purchasedOn ? -1 : 0));
  return {
    month,
    portions,
    portionTotal: portions.reduce((a, p) => a.plus(p.amount), new Decimal(0)).toFixed(0),
    deferredTotal: deferred.toFixed(0),
  };
}
