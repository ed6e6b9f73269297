import { type LoadFigures, type LoadOptions, round, runLoad } from './harness';

// Interleaved load rounds for a side-by-side benchmark, and their summary.

/** A server's measured rounds together: req/s over all of them, p50/p99 the median of the rounds' values. */
export interface ServerLoad {
  requestsPerSecond: number;
  requestsTotal: number;
  durationSeconds: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  rounds: LoadFigures[];
  warmup: LoadFigures;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function summarize(rounds: LoadFigures[], warmup: LoadFigures): ServerLoad {
  const sum = (pick: (f: LoadFigures) => number) => rounds.reduce((acc, f) => acc + pick(f), 0);
  const requestsTotal = sum((f) => f.requestsTotal);
  const durationSeconds = sum((f) => f.durationSeconds);
  return {
    requestsPerSecond: round(requestsTotal / durationSeconds, 2),
    requestsTotal,
    durationSeconds: round(durationSeconds, 2),
    latencyMs: {
      p50: median(rounds.map((f) => f.latencyMs.p50)),
      p99: median(rounds.map((f) => f.latencyMs.p99)),
    },
    non2xx: sum((f) => f.non2xx),
    errors: sum((f) => f.errors),
    timeouts: sum((f) => f.timeouts),
    mismatches: sum((f) => f.mismatches),
    rounds,
    warmup,
  };
}

export const fmt = (value: number, digits = 2): string => value.toFixed(digits);

export const ratio = (a: number, b: number): number => (b === 0 ? NaN : round(a / b, 3));

export const failures = (f: LoadFigures | ServerLoad) => f.non2xx + f.errors + f.timeouts + f.mismatches;

/**
 * A warm-up per server (discarded), then `rounds` measured rounds per server, interleaved in alternating order
 * (a/b, b/a, …) so that drifting background load on a shared machine hits both alike.
 */
export async function interleavedRounds<K extends string>(
  keys: readonly [K, K],
  options: (key: K) => Omit<LoadOptions, 'durationSeconds'>,
  settings: { warmupSeconds: number; rounds: number; roundSeconds: number },
  log: (message: string) => void,
  label: (key: K) => string,
): Promise<{ warmups: Record<K, LoadFigures>; rounds: Record<K, LoadFigures[]> }> {
  const warmups = {} as Record<K, LoadFigures>;
  const rounds = { [keys[0]]: [], [keys[1]]: [] } as unknown as Record<K, LoadFigures[]>;
  for (const key of keys) {
    log(`${label(key)}: warm-up ${settings.warmupSeconds} s`);
    warmups[key] = await runLoad({ ...options(key), durationSeconds: settings.warmupSeconds });
  }
  for (let r = 0; r < settings.rounds; r++) {
    const order = r % 2 === 0 ? keys : ([keys[1], keys[0]] as const);
    for (const key of order) {
      const f = await runLoad({ ...options(key), durationSeconds: settings.roundSeconds });
      rounds[key].push(f);
      log(
        `round ${r + 1}/${settings.rounds} ${label(key)}: ${fmt(f.requestsPerSecond, 1)} req/s, p50 ${f.latencyMs.p50} ms, p99 ${f.latencyMs.p99} ms`,
      );
    }
  }
  return { warmups, rounds };
}
