// Per-class log-score offsets for the emotion model (train:emotion, cv:emotion): macro-F1 of argmax(z + offsets)
// and the coordinate ascent that tunes the offsets on a train-side split. Pure.

/** Per-class F1 of argmax(z + offsets) against gold class indices (0 for a class never predicted right). */
export function perClassF1Of(z: number[][], gold: number[], offsets: number[]): number[] {
  const k = offsets.length;
  const tp = new Array<number>(k).fill(0);
  const fp = new Array<number>(k).fill(0);
  const fn = new Array<number>(k).fill(0);
  z.forEach((row, r) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (row[c] + offsets[c] > row[best] + offsets[best]) best = c;
    if (best === gold[r]) tp[best]++;
    else {
      fp[best]++;
      fn[gold[r]]++;
    }
  });
  return tp.map((t, c) => (t === 0 ? 0 : (2 * t) / (2 * t + fp[c] + fn[c])));
}

/** Macro-F1 of argmax(z + offsets) against gold class indices. */
export function macroF1Of(z: number[][], gold: number[], offsets: number[]): number {
  return perClassF1Of(z, gold, offsets).reduce((a, b) => a + b, 0) / offsets.length;
}

/**
 * Per-class log-score offsets maximising macro-F1 on a calibration split: coordinate ascent over a grid of
 * −3..+3 in steps of 0.25 (FRUSTRATED, KOTE's largest class, stays the 0 reference), three sweeps, ties kept at the
 * smaller change — a prior correction, not a retraining.
 */
export function tuneOffsets(z: number[][], gold: number[], labels: readonly string[]): number[] {
  const offsets = new Array<number>(labels.length).fill(0);
  const ref = labels.indexOf('FRUSTRATED');
  let best = macroF1Of(z, gold, offsets);
  for (let sweep = 0; sweep < 3; sweep++) {
    for (let c = 0; c < labels.length; c++) {
      if (c === ref) continue;
      for (let step = -12; step <= 12; step++) {
        const trial = [...offsets];
        trial[c] = step / 4;
        const f = macroF1Of(z, gold, trial);
        if (f > best + 1e-9 || (Math.abs(f - best) <= 1e-9 && Math.abs(trial[c]) < Math.abs(offsets[c]))) {
          best = f;
          offsets[c] = trial[c];
        }
      }
    }
  }
  return offsets;
}
