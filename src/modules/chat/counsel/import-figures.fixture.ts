import type { ImportFigures } from './data';

/**
 * The UCI Online Retail sample's import summary (reference totals in test/fixtures/imports/README.md): the FAQ
 * answers' figures in the counsellor's specs and the FAQ catalogue's tests.
 */
export const UCI_SAMPLE_IMPORT: ImportFigures = {
  importId: 'SW1wb3J0OjE',
  target: 'SALES',
  fileName: 'online_retail_sample.csv',
  finishedAt: '2026-11-21T10:00:00.000Z',
  currency: 'GBP',
  rows: 200,
  totalAmount: '4542.13',
  totalQuantity: '2138',
  distinctCustomers: 14,
  invoices: 21,
  cancellations: 1,
  breakdownBy: 'country',
  breakdown: [{ key: 'United Kingdom', rows: 180, amount: '3686.27' }],
};
