// Ranking metrics for evaluating anomaly scores against fraud labels, with the conventions of scikit-learn
// (roc_auc_score, average_precision_score) so figures compare with published ones. Pure.

function check(labels: readonly (0 | 1 | boolean)[], scores: readonly number[]): void {
  if (labels.length !== scores.length) {
    throw new RangeError(`labels (${labels.length}) and scores (${scores.length}) differ in length`);
  }
  if (scores.some((s) => Number.isNaN(s))) throw new RangeError('a score is NaN');
}

function positives(labels: readonly (0 | 1 | boolean)[]): number {
  return labels.reduce<number>((n, l) => n + (l ? 1 : 0), 0);
}

/**
 * Area under the ROC curve = P(score of a random positive > score of a random negative), ties counting ½
 * (the Mann–Whitney U statistic with mid-ranks). Needs at least one positive and one negative.
 */
export function rocAuc(labels: readonly (0 | 1 | boolean)[], scores: readonly number[]): number {
  check(labels, scores);
  const pos = positives(labels);
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) throw new RangeError('ROC-AUC needs both positive and negative labels');
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPositives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const midRank = (i + j) / 2 + 1; // ranks are 1-based
    for (let k = i; k <= j; k++) if (labels[order[k]]) rankSumPositives += midRank;
    i = j + 1;
  }
  return (rankSumPositives - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Average precision: Σₙ (Rₙ − Rₙ₋₁) Pₙ over the distinct score thresholds, highest first (scikit-learn's
 * definition: a step function, no interpolation; tied scores enter together).
 */
export function averagePrecision(labels: readonly (0 | 1 | boolean)[], scores: readonly number[]): number {
  check(labels, scores);
  const pos = positives(labels);
  if (pos === 0) throw new RangeError('average precision needs at least one positive label');
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let seen = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    for (let k = i; k <= j; k++) {
      seen++;
      if (labels[order[k]]) tp++;
    }
    const recall = tp / pos;
    ap += (recall - previousRecall) * (tp / seen);
    previousRecall = recall;
    i = j + 1;
  }
  return ap;
}
