import { QuarterFeatures } from './features';

// A complete, plausible customer quarter for the engine specs; each spec overrides what it tests.
export function quarter(overrides: Partial<QuarterFeatures> = {}): QuarterFeatures {
  return {
    customerId: 'c1',
    age: 38,
    householdSize: 3,
    region: 'SEOUL',
    quarter: '2025Q3',
    totalSpend: '6000000',
    spendByCategory: { FOOD: '1500000', GROCERY: '1200000', SHOPPING: '900000', OTHER: '2400000' },
    transactionCount: 120,
    averageTicket: '50000',
    onlineShare: 0.3,
    overseasShare: 0,
    nightShare: 0.05,
    income: '15000000',
    savingsBalance: '20000000',
    loanBalance: '0',
    annualDebtService: '0',
    previousTotalSpend: '6000000',
    ...overrides,
  };
}
