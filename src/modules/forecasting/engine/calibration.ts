// Interval calibration. The closed-form ETS/Theta variances treat the fitted parameters, the seasonal indices
// and the model itself as known, so on real series their intervals are too narrow: on the M3 monthly
// development hold-outs the 80 % intervals held 70–76 % of the outcomes and the 95 % ones 85–89 %. Each
// method's standard deviation is therefore multiplied by c80 (for the 80 % bounds) and c95 (95 %): the ratio of
// the empirical 80 %/95 % quantile of |y − ŷ| / σ̂ to the normal one, measured on the M3 monthly hold-outs
// 18 and 24 months before the end of each series — windows disjoint from the main hold-out (the last 18), on
// which the result is then checked (docs/forecasting.md). Regenerate with
//   npm run eval:forecast -- --train …/m3_monthly_train.csv --info …/m3_monthly_info.csv --skip-last 18,24 --calibrate
// and paste the printed table. Methods without an entry keep their model intervals.

import type { MethodName } from './methods';

export const INTERVAL_CALIBRATION: Partial<Record<MethodName, { c80: number; c95: number }>> = {
  SEASONAL_NAIVE: { c80: 0.97, c95: 1.098 },
  NAIVE2: { c80: 0.774, c95: 1.132 },
  SES: { c80: 1.136, c95: 1.379 },
  HOLT: { c80: 1.333, c95: 1.609 },
  DAMPED: { c80: 1.143, c95: 1.393 },
  ETS: { c80: 1.172, c95: 1.388 },
  THETA: { c80: 1.11, c95: 1.31 },
  OTM: { c80: 1.404, c95: 1.761 },
  DOTM: { c80: 1.2, c95: 1.506 },
  COMBINATION: { c80: 1.097, c95: 1.312 },
};
