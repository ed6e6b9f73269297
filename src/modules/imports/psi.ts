// Population stability index between two binned distributions (pure). PSI = Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ) over bins,
// with aᵢ, eᵢ the actual (current) and expected (previous) shares; empty bins get `epsilon` so ln stays finite.
// Conventional reading: < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 significant shift.

export function populationStabilityIndex(
  expectedCounts: readonly number[],
  actualCounts: readonly number[],
  epsilon = 1e-4,
): number {
  if (expectedCounts.length !== actualCounts.length) throw new RangeError('bins differ in number');
  const eTotal = expectedCounts.reduce((a, b) => a + b, 0);
  const aTotal = actualCounts.reduce((a, b) => a + b, 0);
  if (eTotal === 0 || aTotal === 0) throw new RangeError('a distribution is empty');
  let psi = 0;
  for (let i = 0; i < expectedCounts.length; i++) {
    const e = Math.max(expectedCounts[i] / eTotal, epsilon);
    const a = Math.max(actualCounts[i] / aTotal, epsilon);
    psi += (a - e) * Math.log(a / e);
  }
  return psi;
}

export function psiBand(psi: number): 'STABLE' | 'MODERATE' | 'SIGNIFICANT' {
  return psi < 0.1 ? 'STABLE' : psi <= 0.25 ? 'MODERATE' : 'SIGNIFICANT';
}

/** The calendar quarter of an ISO date-time's date part, e.g. "2025Q3", and the one before it. */
export function quarterOf(isoDate: string): string {
  const [y, m] = isoDate.slice(0, 7).split('-').map(Number);
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}

export function previousQuarter(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`;
}

/** [start, end) of a quarter as YYYY-MM-DD dates. */
export function quarterRange(quarter: string): [string, string] {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const start = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const end = q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return [start, end];
}
