// One-off months in a flow series (a trip, a new appliance): a month far above the customer's usual is capped before
// the fit, so one large month is not read as a trend. Pure.
//
// The rule is the Hampel identifier (Hampel 1974; Pearson 2002, "Outliers in process modeling and identification"):
// a value more than k = 3 scaled median absolute deviations above the median is an outlier, where the MAD is scaled
// by 1.4826 (= 1 / Φ⁻¹(3/4)) so that it estimates the standard deviation of normally distributed data. Only the upper
// side is capped: a month with little or no spending is real (a month without the card), not a one-off.

/** 1 / Φ⁻¹(0.75): the MAD's consistency constant for the normal distribution. */
export const MAD_SCALE = 1.482602218505602;
/** Scaled MADs above the median that make a month a one-off. */
export const ONE_OFF_K = 3;
/** Fewer observations than this are too few to tell a one-off from the usual: nothing is capped. */
export const ONE_OFF_MIN_OBSERVATIONS = 5;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface OneOffCapping {
  /** The series with every one-off value replaced by the cap. */
  values: number[];
  /** Indexes of the values capped, in order. */
  capped: number[];
  /** median + k × 1.4826 × MAD; null when nothing could be judged (too few values, or no spread). */
  cap: number | null;
}

/** Caps the values above median + k × scaled MAD at that bound (upper side only). */
export function capOneOffs(values: readonly number[], k = ONE_OFF_K): OneOffCapping {
  if (values.length < ONE_OFF_MIN_OBSERVATIONS) return { values: [...values], capped: [], cap: null };
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  if (mad === 0) return { values: [...values], capped: [], cap: null };
  const cap = m + k * MAD_SCALE * mad;
  const capped: number[] = [];
  const out = values.map((v, i) => {
    if (v <= cap) return v;
    capped.push(i);
    return cap;
  });
  return { values: out, capped, cap };
}
