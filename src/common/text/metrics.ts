// Classification metrics: per-class precision, recall, F1, macro-F1 and accuracy. Pure.

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  accuracy: number;
  macroF1: number;
  n: number;
  perClass: ClassMetrics[];
}

/** Classes with no gold and no predicted example are left out of the macro average. */
export function classificationReport(gold: string[], predicted: string[], labels: string[]): Report {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const perClass: ClassMetrics[] = [];
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    if (tp + fp + fn === 0) continue;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.push({ label, precision, recall, f1, support: tp + fn });
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: perClass.length ? perClass.reduce((s, c) => s + c.f1, 0) / perClass.length : 0,
    n: gold.length,
    perClass,
  };
}

export function formatReport(r: Report): string {
  const lines = ['label                 precision  recall     f1  support'];
  for (const c of r.perClass) {
    lines.push(
      `${c.label.padEnd(20)}  ${c.precision.toFixed(4).padStart(9)}  ${c.recall.toFixed(4).padStart(6)}  ` +
        `${c.f1.toFixed(4).padStart(5)}  ${String(c.support).padStart(7)}`,
    );
  }
  lines.push(`accuracy ${r.accuracy.toFixed(4)}  macro-F1 ${r.macroF1.toFixed(4)}  n=${r.n}`);
  return lines.join('\n');
}
