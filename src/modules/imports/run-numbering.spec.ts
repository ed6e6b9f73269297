import { RunNumbering } from './run-numbering';

/** row_number() OVER (PARTITION BY key ORDER BY position), the SQL the numbering stands in for. */
function rowNumbers(keys: (string | null)[]): number[] {
  const seen = new Map<string | null, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n;
  });
}

const numbered = (keys: (string | null)[]) => {
  const numbering = new RunNumbering();
  return { numbers: keys.map((k) => numbering.next(k)), usable: numbering.usable };
};

describe('RunNumbering', () => {
  it('numbers the lines of each invoice when every invoice is one run (as SQL row_number would)', () => {
    const keys = ['536365', '536365', '536365', 'C536379', '536380', '536380', null, null, '536381'];
    expect(numbered(keys)).toEqual({ numbers: rowNumbers(keys), usable: true });
  });

  it('is not usable as soon as an invoice comes back after another one', () => {
    expect(numbered(['A', 'A', 'B', 'A']).usable).toBe(false);
    expect(numbered(['A', null, 'B', null]).usable).toBe(false);
    expect(numbered(['A', 'B', 'C', 'B', 'B', 'D']).usable).toBe(false);
  });

  it('keeps exact answers over 100,000 runs (the hash table grows; no false repeat among distinct keys)', () => {
    const numbering = new RunNumbering();
    let last = 0;
    for (let i = 0; i < 100_000; i++) {
      const key = i % 50 === 0 ? `C${600_000 + i}` : String(600_000 + i);
      for (let line = 1; line <= (i % 4) + 1; line++) last = numbering.next(key);
    }
    expect(last).toBe(4);
    expect(numbering.usable).toBe(true);
    numbering.next('600123');
    expect(numbering.usable).toBe(false);
  });
});
