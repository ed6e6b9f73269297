import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The UCI "default of credit card clients" file (CC BY 4.0, ../shared/data/credit_default_taiwan; evaluation
// only, not shipped) as the eval scripts read it: `[--fit] [FILE]` arguments, a clear exit when the data is
// missing (the suite never needs it), and every row as numbers by column name with its default flag.

export interface TaiwanRow {
  id: number;
  /** 1 = defaulted next month. */
  y: number;
  /** Every column by name (ID, LIMIT_BAL, PAY_0, BILL_AMT1 …). */
  c: Record<string, number>;
}

export function loadTaiwanCredit(argv: readonly string[]): { fit: boolean; file: string; rows: TaiwanRow[] } {
  const fit = argv.includes('--fit');
  const file =
    argv.find((a) => !a.startsWith('--')) ??
    join(__dirname, '..', '..', '..', 'shared', 'data', 'credit_default_taiwan', 'UCI_Credit_Card.csv');
  if (!existsSync(file)) {
    console.error(`credit_default_taiwan data not found at ${file}; pass the CSV path. Nothing evaluated.`);
    console.log(JSON.stringify({ evaluated: false, reason: 'data missing', file }));
    process.exit(0);
  }
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
  const target = header.find((h) => h.startsWith('default')) as string;
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',').map(Number);
    const c = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    return { id: c.ID, y: c[target], c };
  });
  return { fit, file, rows };
}

/** Six decimals: coefficients printed to paste into the shipped model. */
export const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
