import { isValidIsoDate } from '../dates';
import type { SeedOptions } from './seed-part';

// Command-line arguments of `npm run seed`. Pure: "today" is a parameter, so only the CLI reads the clock.

export class SeedUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedUsageError';
  }
}

export const SEED_USAGE = `Usage: npm run seed -- [--customers N] [--seed S] [--now YYYY-MM-DD]

  --customers N     customers to generate, 1–${(1_000_000).toLocaleString('en')} (default 1000)
  --seed S          seed string; the same seed, --now and code give the same rows (default "fingraph")
  --now YYYY-MM-DD  the generated world's date, midnight in Korea (default: the current time)

Writes to DATABASE_URL, or to the embedded database under DATA_DIR when it is not set, in one transaction.`;

export const MAX_SEED_CUSTOMERS = 1_000_000;
export const DEFAULT_SEED_CUSTOMERS = 1_000;
export const DEFAULT_SEED = 'fingraph';

export type SeedArgs = { readonly help: true } | ({ readonly help: false } & SeedOptions);

/** Parses `--name value` and `--name=value`; every problem is a SeedUsageError with a readable message. */
export function parseSeedArgs(argv: readonly string[], currentTime: Date): SeedArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    const match = /^--(customers|seed|now)(?:=(.*))?$/.exec(arg);
    if (!match) throw new SeedUsageError(`Unknown argument "${arg}"`);
    const [, name, inline] = match;
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new SeedUsageError(`--${name} needs a value`);
    }
    if (values.has(name)) throw new SeedUsageError(`--${name} is given twice`);
    values.set(name, value);
  }

  const customersText = values.get('customers') ?? String(DEFAULT_SEED_CUSTOMERS);
  const customers = /^\d+$/.test(customersText) ? Number(customersText) : NaN;
  if (!(customers >= 1 && customers <= MAX_SEED_CUSTOMERS)) {
    throw new SeedUsageError(
      `--customers must be a whole number from 1 to ${MAX_SEED_CUSTOMERS}, got "${customersText}"`,
    );
  }

  const seed = values.get('seed') ?? DEFAULT_SEED;
  if (seed.trim() === '' || seed.length > 200) {
    throw new SeedUsageError('--seed must be a non-empty string of at most 200 characters');
  }

  const nowText = values.get('now');
  if (nowText !== undefined && !isValidIsoDate(nowText)) {
    throw new SeedUsageError(`--now must be a calendar date as YYYY-MM-DD, got "${nowText}"`);
  }
  // A given date means the start of that day in Korea, so ages and join dates match the date as written.
  const now = nowText === undefined ? currentTime : new Date(`${nowText}T00:00:00+09:00`);
  return { help: false, customers, seed, now };
}
