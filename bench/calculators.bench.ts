import { performance } from 'node:perf_hooks';
import { buildSchedule } from '../src/modules/loans/calc/amortization';
import {
  InterestConvention,
  LenderType,
  LoanKind,
  RateType,
  RepaymentMethod,
} from '../src/modules/loans/loan.enums';
import { LoanLimitSimulationInput, Region, simulateLoanLimit } from '../src/modules/loans/simulation';
import { machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// Pure-calculator throughput: a 360-month schedule and a loan-limit simulation per second, each beside a
// floor in the same run — the same arithmetic in plain float JavaScript (no decimals, no validation, no
// rounding rules, not exact). The ratio says what exact decimal money costs. `npm run bench:calculators`.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

function opsPerSecond(fn: () => unknown, seconds = SECONDS): number {
  let ops = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) fn();
    ops += 10;
  }
  return ops / seconds;
}

const loan = (method: RepaymentMethod) => ({
  principal: '300000000',
  annualRate: '0.04',
  termMonths: 360,
  method,
  disbursedOn: '2026-01-15',
  convention: InterestConvention.MONTHLY,
});

/** Floor: the level-payment schedule with floats (what a naive implementation would do). */
function floatLevelPayment(principal: number, annualRate: number, months: number): number {
  const r = annualRate / 12;
  const payment = Math.floor((principal * r) / (1 - (1 + r) ** -months));
  let balance = principal;
  let totalInterest = 0;
  for (let k = 1; k <= months; k++) {
    const interest = Math.floor((balance * annualRate) / 12);
    const principalPart = k === months ? balance : payment - interest;
    balance -= principalPart;
    totalInterest += interest;
  }
  return totalInterest;
}

const simulation: LoanLimitSimulationInput = {
  evaluationDate: '2026-11-21',
  annualIncome: '72000000',
  lenderType: LenderType.BANK,
  region: Region.SEOUL,
  creditScore: 850,
  existingLoans: [
    {
      id: 'credit',
      kind: LoanKind.CREDIT,
      balance: '30000000',
      annualRate: '0.06',
      repaymentMethod: RepaymentMethod.BULLET,
      remainingMonths: 24,
    },
    {
      id: 'auto',
      kind: LoanKind.AUTO,
      balance: '18000000',
      annualRate: '0.055',
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
      remainingMonths: 40,
    },
  ],
  newLoan: {
    kind: LoanKind.MORTGAGE,
    termMonths: 360,
    repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
    rateType: RateType.MIXED,
    fixedPeriodMonths: 60,
    annualRate: '0.042',
  },
};
const withWhatIfs: LoanLimitSimulationInput = {
  ...simulation,
  scenarios: [
    { id: 'repay-credit', loanRepayments: [{ loanId: 'credit' }] },
    { id: 'raise', incomeChangeRatio: '0.10' },
  ],
  advice: [{ goal: 'REPAY_LOAN' as never, loanId: 'credit', targetLimit: '500000000' }],
};

/** Floor: the baseline DSR limit with floats (annuity present value of the remaining room). */
let calls = 0;
function floatLimit(): number {
  const income = 72_000_000 + (calls++ % 1000); // varies, so the engine cannot fold the whole call away
  const existing =
    30_000_000 / 5 + 30_000_000 * 0.06 + 12 * ((18_000_000 * (0.055 / 12)) / (1 - (1 + 0.055 / 12) ** -40));
  const room = income * 0.4 - existing;
  const r = (0.042 + 0.015 * 0.8) / 12;
  return Math.floor(((room / 12) * (1 - (1 + r) ** -360)) / r);
}

async function main(): Promise<void> {
  const at = new Date();
  // Same answer check before timing: the schedules must be exact.
  const check = buildSchedule(loan(RepaymentMethod.LEVEL_PAYMENT));
  if (check.installments.at(-1)!.balanceAfter !== '0') throw new Error('schedule does not end at 0');
  const cases: { name: string; ours: () => unknown; floor: () => unknown }[] = [
    {
      name: 'schedule LEVEL_PAYMENT 360 m',
      ours: () => buildSchedule(loan(RepaymentMethod.LEVEL_PAYMENT)),
      floor: () => floatLevelPayment(300_000_000, 0.04, 360),
    },
    {
      name: 'schedule EQUAL_PRINCIPAL 360 m',
      ours: () => buildSchedule(loan(RepaymentMethod.EQUAL_PRINCIPAL)),
      floor: () => floatLevelPayment(300_000_000, 0.04, 360),
    },
    {
      name: 'schedule BULLET 360 m',
      ours: () => buildSchedule(loan(RepaymentMethod.BULLET)),
      floor: () => floatLevelPayment(300_000_000, 0.04, 360),
    },
    {
      name: 'simulation (2 debts, stress DSR)',
      ours: () => simulateLoanLimit(simulation),
      floor: floatLimit,
    },
    {
      name: 'simulation + 2 what-ifs + advice',
      ours: () => simulateLoanLimit(withWhatIfs),
      floor: floatLimit,
    },
  ];
  const results = [];
  for (const c of cases) {
    opsPerSecond(c.ours, 0.5); // warm-up
    opsPerSecond(c.floor, 0.5);
    const ours: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the order so drifting background load hits both alike.
      if (i % 2 === 0) {
        ours.push(opsPerSecond(c.ours));
        floor.push(opsPerSecond(c.floor));
      } else {
        floor.push(opsPerSecond(c.floor));
        ours.push(opsPerSecond(c.ours));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const row = {
      name: c.name,
      oursPerSecond: round(median(ours), 0),
      microsecondsPerOp: round(1e6 / median(ours), 1),
      floorPerSecond: round(median(floor), 0),
      slowdown: round(median(floor) / median(ours), 0),
    };
    results.push(row);
    process.stdout.write(
      `[bench:calculators] ${row.name}: ${row.oursPerSecond}/s (${row.microsecondsPerOp} µs) vs float floor ${row.floorPerSecond}/s (×${row.slowdown})\n`,
    );
  }
  const machine = machineNotes();
  await writeResults('calculators', at, {
    at: at.toISOString(),
    command: 'npm run bench:calculators',
    rounds: ROUNDS,
    secondsPerRound: SECONDS,
    machine,
    results,
  });
  const table = results
    .map(
      (r) =>
        `| ${r.name} | ${r.oursPerSecond.toLocaleString('en')} | ${r.microsecondsPerOp} | ${r.floorPerSecond.toLocaleString('en')} | ×${r.slowdown} |`,
    )
    .join('\n');
  await updateReadmeSection(
    'calculators',
    `## calculators — schedules and loan-limit simulations per second

**What it measures.** The pure calculators on one core, each beside a floor in the same run: the same arithmetic
with plain float JavaScript (no decimal.js, no input validation, no rounding rules — and not exact). Schedules:
300,000,000 won at 4 % over 360 months (\`buildSchedule\`). Simulations: income 72,000,000, a bullet credit loan
and an amortising auto loan, a 30-year MIXED mortgage under stress DSR (\`simulateLoanLimit\`), alone and with two
what-ifs and one advice search. Median of ${ROUNDS} interleaved rounds of ${SECONDS} s.

**Run it:** \`npm run bench:calculators\` (no database needed).

**Machine notes.** ${machine.cpus} shared vCPUs (${machine.cpuModel}), Node ${machine.node}. Read the ratios.

### Latest run — ${at.toISOString()}

| case | ours per second | µs each | float floor per second | ours is slower by |
|---|--:|--:|--:|--:|
${table}

Exact decimal money (decimal.js at 40 significant digits, validated inputs, one rounding rule) costs two to three
orders of magnitude over a float loop that gets the won wrong. A 360-month schedule takes a few milliseconds, so
the API computes each loan's schedule at most once per request (memoised in the request scope).`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
