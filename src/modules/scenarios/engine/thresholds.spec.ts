import { metricsFromFigures } from './customer-metrics';
import { DEFAULT_THRESHOLDS } from './scenario-engine';
import { ageBandOf, resolveThresholds, ThresholdRow, thresholdVersionName } from './thresholds';

const row = (ageBand: string, region: string, over: Partial<ThresholdRow> = {}): ThresholdRow => ({
  ageBand,
  region,
  sampleSize: 40,
  spendToIncomeP80: 0.6,
  spendQoqChangeP80: 0.25,
  dsrP90: 0.35,
  liquidityMonthsP20: 2,
  weightedLoanRateP75: 0.065,
  incomeChangeP10: -0.2,
  ...over,
});

describe('resolveThresholds', () => {
  it('uses the built-in default set when nothing was computed', () => {
    expect(resolveThresholds(null, '30s', 'SEOUL')).toBe(DEFAULT_THRESHOLDS);
    expect(DEFAULT_THRESHOLDS.version).toBe('default-2026-11-21');
  });

  it('prefers the peer group, then everyone, then the default, metric by metric', () => {
    const set = {
      version: 'v4-2026-01-01',
      rows: [
        row('*', '*', { dsrP90: null }),
        row('30s', 'SEOUL', { spendToIncomeP80: 0.9, liquidityMonthsP20: null, dsrP90: null }),
      ],
    };
    const seoul = resolveThresholds(set, '30s', 'SEOUL');
    expect(seoul.version).toBe('v4-2026-01-01');
    expect(seoul.spendToIncome).toBe(0.9); // group
    expect(seoul.liquidityMonths).toBe(2); // everyone
    expect(seoul.dsr).toBe(0.4); // default
    const busan = resolveThresholds(set, '50s', 'BUSAN'); // no row of its own
    expect(busan.spendToIncome).toBe(0.6);
  });

  it('never lets a peer P10 make an income change above −5 % a drop', () => {
    const set = { version: 'v1-2026-01-01', rows: [row('*', '*', { incomeChangeP10: 0.02 })] };
    expect(resolveThresholds(set, null, null).incomeChange).toBe(-0.05);
  });

  it('names versions and bands', () => {
    expect(thresholdVersionName(3, '2026-01-01')).toBe('v3-2026-01-01');
    expect([19, 20, 35, 69, 70].map(ageBandOf)).toEqual(['<20', '20s', '30s', '60s', '70+']);
  });
});

describe('metricsFromFigures', () => {
  it('computes DSR from the next 12 months of schedule, weighted rate, liquidity and changes by hand', () => {
    const monthly = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((mm) => ({
      dueDate: `2026-${mm}-10`,
      payment: '1000000',
    }));
    const m = metricsFromFigures(
      {
        annualIncome: '60000000',
        latest: {
          totalAmount: '9000000',
          income: '15000000',
          depositBalance: '12000000',
          cardBalance: null,
          onlineShare: '0.4',
          overseasShare: null,
          nightShare: '0.1',
        },
        previous: {
          totalAmount: '6000000',
          income: '20000000',
          depositBalance: null,
          cardBalance: null,
          onlineShare: null,
          overseasShare: null,
          nightShare: null,
        },
        loans: [
          {
            active: true,
            outstandingPrincipal: '30000000',
            annualRate: '0.05',
            // one due date before 2026-01-15 (not counted), twelve up to 2027-01-15, one after
            schedule: [
              { dueDate: '2026-01-10', payment: '999' },
              ...monthly,
              { dueDate: '2027-01-10', payment: '1000000' },
              { dueDate: '2027-02-10', payment: '1000000' },
            ],
          },
          { active: true, outstandingPrincipal: '10000000', annualRate: '0.09', schedule: [] },
          { active: false, outstandingPrincipal: '0', annualRate: '0.2', schedule: [] },
        ],
        maxDaysPastDue: 12,
        overdueAmount: '150000',
      },
      '2026-01-15',
    );
    expect(m.dsr).toBeCloseTo(12_000_000 / 60_000_000, 12); // 0.2
    expect(m.weightedLoanRate).toBeCloseTo((30e6 * 0.05 + 10e6 * 0.09) / 40e6, 12); // 0.06
    expect(m.loanBalance).toBe(40_000_000);
    expect(m.spendToIncome).toBeCloseTo(0.6, 12);
    expect(m.spendQoqChange).toBeCloseTo(0.5, 12);
    expect(m.incomeChange).toBeCloseTo(-0.25, 12);
    expect(m.liquidityMonths).toBeCloseTo(4, 12); // 12,000,000 ÷ (9,000,000 ÷ 3)
    expect(m.onlineShare).toBe(0.4);
    expect(m.overseasShare).toBeNull();
    expect(m.maxDaysPastDue).toBe(12);
    expect(m.overdueAmount).toBe(150000);
  });
});

describe('metricsFromFigures without loans', () => {
  it('has DSR 0 without debt service and unknown spending metrics without quarters', () => {
    const m = metricsFromFigures(
      { annualIncome: '0', latest: null, previous: null, loans: [], maxDaysPastDue: 0, overdueAmount: '0' },
      '2026-01-15',
    );
    expect(m.dsr).toBe(0);
    expect(m.weightedLoanRate).toBeNull();
    expect(m.spendToIncome).toBeNull();
    expect(m.liquidityMonths).toBeNull();
  });
});
