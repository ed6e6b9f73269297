import { toDecimal } from '../../../common/money';
import { categoryShare, QuarterFeatures } from '../features';

// The quarterly features clusters and neighbours are built on (before standardisation). Amounts enter as
// log10(1 + won) so a few very large spenders do not dominate the distance; mixes enter as shares.

export const CLUSTER_FEATURES = [
  'logTotalSpend',
  'logAverageTicket',
  'logTransactionCount',
  'onlineShare',
  'overseasShare',
  'nightShare',
  'essentialsShare',
  'travelCultureShare',
  'familyShare',
  'shoppingShare',
  'medicalShare',
] as const;

export function clusterFeatureVector(q: QuarterFeatures): number[] {
  const log = (won: string) => Math.log10(1 + toDecimal(won).toNumber());
  return [
    log(q.totalSpend),
    log(q.averageTicket),
    Math.log10(1 + q.transactionCount),
    q.onlineShare,
    q.overseasShare,
    q.nightShare,
    categoryShare(q, 'FOOD', 'GROCERY', 'UTILITIES', 'TELECOM', 'TRANSPORT'),
    categoryShare(q, 'TRAVEL', 'CULTURE'),
    categoryShare(q, 'EDUCATION', 'CHILDCARE'),
    categoryShare(q, 'SHOPPING', 'ONLINE_SHOPPING'),
    categoryShare(q, 'MEDICAL'),
  ];
}
