import { LoanKind } from '../loans';
import { bandFor, ineligibility, RateBand, switchTerm, upfrontFees } from './catalogue';

const bands: RateBand[] = [
  // Earlier rates, replaced on 2025-10-01.
  { minScore: 800, maxScore: 1000, annualRate: '0.0430', validFrom: '2025-01-01', validTo: '2025-10-01' },
  { minScore: 900, maxScore: 1000, annualRate: '0.0385', validFrom: '2025-10-01', validTo: null },
  { minScore: 800, maxScore: 899, annualRate: '0.0405', validFrom: '2025-10-01', validTo: null },
  { minScore: 700, maxScore: 799, annualRate: '0.0445', validFrom: '2025-10-01', validTo: null },
];

const product = {
  minTermMonths: 120,
  maxTermMonths: 480,
  maxAmount: '1000000000',
  feeFixed: '75000',
  feeRate: '0.002',
  eligibleKinds: [LoanKind.MORTGAGE],
  active: true,
  bands,
};

describe('catalogue band lookup', () => {
  it('picks the band whose score range holds the score, bounds inclusive', () => {
    expect(bandFor(bands, 900, '2026-01-01')?.annualRate).toBe('0.0385');
    expect(bandFor(bands, 899, '2026-01-01')?.annualRate).toBe('0.0405');
    expect(bandFor(bands, 800, '2026-01-01')?.annualRate).toBe('0.0405');
    expect(bandFor(bands, 700, '2026-01-01')?.annualRate).toBe('0.0445');
    expect(bandFor(bands, 1000, '2026-01-01')?.annualRate).toBe('0.0385');
  });

  it('finds no band below the lowest score', () => {
    expect(bandFor(bands, 699, '2026-01-01')).toBeNull();
  });

  it('uses the bands in force on the date: validFrom inclusive, validTo exclusive', () => {
    expect(bandFor(bands, 950, '2025-09-30')?.annualRate).toBe('0.0430');
    expect(bandFor(bands, 950, '2025-10-01')?.annualRate).toBe('0.0385');
    expect(bandFor(bands, 750, '2025-09-30')).toBeNull();
    expect(bandFor(bands, 950, '2024-12-31')).toBeNull();
  });

  it('takes the better rate if overlapping bands ever reach it', () => {
    const overlapping = [...bands, { ...bands[1], minScore: 950, annualRate: '0.0370' }];
    expect(bandFor(overlapping, 960, '2026-01-01')?.annualRate).toBe('0.0370');
  });
});

describe('switch terms and fees', () => {
  it('keeps the remaining term inside the product limits', () => {
    expect(switchTerm(product, 300)).toBe(300);
    expect(switchTerm(product, 36)).toBe(120);
    expect(switchTerm(product, 600)).toBe(480);
  });

  it('charges fixed fee + amount × rate, truncated to the won', () => {
    // 75,000 + 123,456,789 × 0.002 = 75,000 + 246,913.578 → 321,913
    expect(upfrontFees(product, '123456789')).toBe('321913');
    expect(upfrontFees({ ...product, feeFixed: '0', feeRate: '0' }, '50000000')).toBe('0');
  });

  it('states why a product cannot refinance a loan', () => {
    const loan = { kind: LoanKind.MORTGAGE, amount: '200000000' };
    expect(ineligibility(product, loan, 850, '2026-01-01')).toBeNull();
    expect(ineligibility({ ...product, active: false }, loan, 850, '2026-01-01')).toBe('PRODUCT_INACTIVE');
    expect(ineligibility(product, { ...loan, kind: LoanKind.CREDIT }, 850, '2026-01-01')).toBe(
      'LOAN_KIND_NOT_ELIGIBLE',
    );
    expect(ineligibility(product, { ...loan, amount: '1000000001' }, 850, '2026-01-01')).toBe(
      'AMOUNT_ABOVE_MAXIMUM',
    );
    expect(ineligibility(product, loan, 650, '2026-01-01')).toBe('NO_RATE_FOR_CREDIT_SCORE');
  });
});
