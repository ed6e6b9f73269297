// The supervised fraud model's refit from stored card purchases and case labels (the refit job's step). Pure:
// purchases in, a model (or the reason there is none) out. A purchase is fraud when its case was confirmed,
// genuine when dismissed or never reported (as the handbook counts unlabelled transactions). The merchant stands
// for the terminal. Windows use Korean local time.
import { fitSupervised, type SupervisedModel } from './supervised';
import { computeWindowedFeatures, DEFAULT_WINDOW_CONFIG, type WindowedInput } from './windowed-features';

export interface StoredPurchase {
  readonly id: string;
  readonly customerId: string;
  readonly merchantName: string;
  readonly amount: number;
  readonly occurredAt: Date;
  /** true = confirmed fraud, false = dismissed, null = no resolved case. */
  readonly fraud: boolean | null;
}

export interface SupervisedRefit {
  params: SupervisedModel;
  training: Record<string, unknown>;
}

/** Tree settings for the stored data: far fewer labels than the handbook sample, so smaller leaves may split. */
export const STORED_GBDT_OPTIONS = { minLeafRows: 20, minChildWeight: 0.001 } as const;

export function toWindowedInputs(purchases: readonly StoredPurchase[]): WindowedInput[] {
  return purchases.map((p) => ({
    id: p.id,
    customerId: p.customerId,
    terminalId: p.merchantName,
    amount: p.amount,
    occurredAt: p.occurredAt,
    fraud: p.fraud,
  }));
}

/** A new model, or a string saying why none was fitted (no confirmed fraud yet). */
export function refitSupervised(
  purchases: readonly StoredPurchase[],
  seed: string,
): SupervisedRefit | string {
  const frauds = purchases.filter((p) => p.fraud === true).length;
  const dismissed = purchases.filter((p) => p.fraud === false).length;
  if (frauds === 0) return `FRAUD_SUPERVISED: no confirmed fraud case among ${purchases.length} purchases`;
  if (frauds === purchases.length) return 'FRAUD_SUPERVISED: no genuine purchase to learn from';
  const inputs = toWindowedInputs(purchases);
  const vectors = computeWindowedFeatures(inputs, inputs, DEFAULT_WINDOW_CONFIG);
  const params = fitSupervised(
    vectors,
    purchases.map((p) => p.fraud === true),
    { windows: DEFAULT_WINDOW_CONFIG, gbdt: { ...STORED_GBDT_OPTIONS, seed: `${seed}/fraud-gbdt` } },
  );
  return {
    params,
    training: {
      purchases: purchases.length,
      confirmedFrauds: frauds,
      dismissed,
      unlabelled: purchases.length - frauds - dismissed,
      features: params.features,
    },
  };
}
