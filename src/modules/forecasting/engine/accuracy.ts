// Forecast accuracy as the M3/M4 competitions define it.

/** Symmetric MAPE in percent: mean of 200·|y − f| / (|y| + |f|) (M4 definition; 0 when both are 0). */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  const terms = actual.map((y, i) => {
    const d = Math.abs(y) + Math.abs(forecast[i]);
    return d === 0 ? 0 : (200 * Math.abs(y - forecast[i])) / d;
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}

/**
 * Mean absolute scaled error: the forecast's mean absolute error divided by the in-sample mean absolute error
 * of the seasonal naive method (lag m; lag 1 when the history is too short), as in M4.
 */
export function mase(
  insample: readonly number[],
  actual: readonly number[],
  forecast: readonly number[],
  period: number,
): number {
  const m = insample.length > period ? period : 1;
  let scale = 0;
  for (let t = m; t < insample.length; t++) scale += Math.abs(insample[t] - insample[t - m]);
  scale /= insample.length - m;
  const mae = actual.reduce((a, y, i) => a + Math.abs(y - forecast[i]), 0) / actual.length;
  return scale === 0 ? (mae === 0 ? 0 : Infinity) : mae / scale;
}
