import { toDecimal } from '../../common/money';

// Quarter-over-quarter change, computed on read from two stored quarters. Pure.

export interface QuarterChange {
  /** Current total − previous total, whole won (negative when spending fell). */
  amount: string;
  /** amount ÷ previous total to 6 decimals (half up); null when the previous total is not positive. */
  ratio: string | null;
}

export function quarterChange(currentTotal: string, previousTotal: string): QuarterChange {
  const current = toDecimal(currentTotal);
  const previous = toDecimal(previousTotal);
  const amount = current.minus(previous);
  return {
    amount: amount.toFixed(0),
    ratio: previous.gt(0) ? amount.div(previous).toDecimalPlaces(6, 4 /* ROUND_HALF_UP */).toFixed(6) : null,
  };
}
