// Piecewise-linear scoring curves: points (x, score) sorted by x; below the first x the first score
// holds, above the last the last score holds, in between the score is interpolated linearly.

export type Curve = readonly (readonly [number, number])[];

export function scoreOnCurve(curve: Curve, x: number): number {
  if (curve.length === 0) throw new RangeError('empty curve');
  if (x <= curve[0][0]) return curve[0][1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i];
    if (x <= x1) {
      const [x0, y0] = curve[i - 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return curve[curve.length - 1][1];
}
