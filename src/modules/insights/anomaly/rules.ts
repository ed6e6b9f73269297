import type { TransactionFacts } from './features';

// Explainable anomaly rules over the facts of one transaction. Each firing rule says what it saw, with the
// numbers ("amount ₩1,250,000 is 8.3× your 90-day median ₩150,000"), and a severity in 0..1; the rule score is
// the noisy-or of the severities, 1 − Π(1 − sᵢ). Thresholds are configuration (versioned with the model), not
// learnt from labels; a weight of 0 disables a rule. The defaults are conventional card-monitoring values, recorded in docs/architecture.md.

export type AnomalyRuleCode = 'VELOCITY' | 'AMOUNT_SPIKE' | 'NEW_CATEGORY' | 'NIGHT_TIME' | 'OVERSEAS';

export interface RuleConfig {
  readonly currency: string;
  readonly baselineDays: number;
  readonly velocity: {
    /** Fires when this transaction is at least the n-th within one hour / 24 hours (itself included). */
    readonly perHour: number;
    readonly perDay: number;
    readonly weight: number;
  };
  readonly amountSpike: {
    /** Fires at amount ≥ minRatio × the customer's own median (or the category's, without own history). */
    readonly minRatio: number;
    /** Amounts below this never count as a spike (a ₩3,000 coffee is not fraud at 10× a ₩300 fee). */
    readonly minAmount: number;
    readonly weight: number;
    /** Weight when the comparison is with the category's median, the customer having too little history. */
    readonly categoryWeight: number;
  };
  readonly newCategory: { readonly weight: number };
  readonly night: { readonly startHour: number; readonly endHour: number; readonly weight: number };
  readonly overseas: {
    /** Fires when the customer's overseas share before this transaction was below this. */
    readonly maxShareBefore: number;
    readonly weight: number;
  };
}

export const DEFAULT_RULE_CONFIG: RuleConfig = {
  currency: 'KRW',
  baselineDays: 90,
  velocity: { perHour: 4, perDay: 10, weight: 0.6 },
  amountSpike: { minRatio: 5, minAmount: 0, weight: 0.7, categoryWeight: 0.5 },
  newCategory: { weight: 0.2 },
  night: { startHour: 23, endHour: 6, weight: 0.3 },
  overseas: { maxShareBefore: 0.1, weight: 0.5 },
};

export interface RuleHit {
  readonly rule: AnomalyRuleCode;
  /** 0..1: the rule's weight, scaled by how far past its threshold the transaction went. */
  readonly severity: number;
  readonly reason: string;
  readonly values: Readonly<Record<string, number | string | null>>;
}

export interface RuleEvaluation {
  readonly score: number;
  readonly hits: readonly RuleHit[];
}

const CURRENCY_SYMBOL: Record<string, string> = { KRW: '₩', USD: '$', EUR: '€', JPY: '¥' };

/** "₩1,250,000", "$1,234.56", "1,234.56 GBP". Won and yen in whole units. */
export function formatMoney(amount: number, currency: string): string {
  const digits = currency === 'KRW' || currency === 'JPY' ? 0 : 2;
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
  const symbol = CURRENCY_SYMBOL[currency];
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}

function ratioText(ratio: number): string {
  return `${ratio >= 100 ? Math.round(ratio) : ratio.toFixed(1)}×`;
}

/** weight at the threshold ×½, rising to the full weight at twice the threshold. */
function graded(weight: number, valueOverThreshold: number): number {
  return weight * Math.min(1, 0.5 + 0.5 * Math.log2(Math.max(1, valueOverThreshold)));
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function evaluateRules(
  facts: TransactionFacts,
  config: RuleConfig = DEFAULT_RULE_CONFIG,
): RuleEvaluation {
  const hits: RuleHit[] = [];
  const money = (a: number) => formatMoney(a, config.currency);

  const inHour = facts.count1h + 1;
  const inDay = facts.count24h + 1;
  const v = config.velocity;
  if (v.weight > 0 && (inHour >= v.perHour || inDay >= v.perDay)) {
    const hourly = inHour / v.perHour >= inDay / v.perDay;
    const [n, span, total] = hourly
      ? [inHour, 'hour', facts.amount1h + facts.amount]
      : [inDay, '24 hours', facts.amount24h + facts.amount];
    hits.push({
      rule: 'VELOCITY',
      severity: graded(v.weight, Math.max(inHour / v.perHour, inDay / v.perDay)),
      reason: `${ordinal(n)} transaction within ${span} (${money(total)} in total; limit ${hourly ? v.perHour : v.perDay})`,
      values: { countInHour: inHour, countInDay: inDay, amountInHour: facts.amount1h + facts.amount },
    });
  }

  const s = config.amountSpike;
  if (facts.amount >= s.minAmount && (s.weight > 0 || s.categoryWeight > 0)) {
    if (facts.baselineMedian !== null && facts.ratioToMedian !== null) {
      if (facts.ratioToMedian >= s.minRatio) {
        hits.push({
          rule: 'AMOUNT_SPIKE',
          severity: graded(s.weight, facts.ratioToMedian / s.minRatio),
          reason: `amount ${money(facts.amount)} is ${ratioText(facts.ratioToMedian)} your ${config.baselineDays}-day median ${money(facts.baselineMedian)}`,
          values: {
            amount: facts.amount,
            median: facts.baselineMedian,
            ratio: facts.ratioToMedian,
            basis: 'customer',
          },
        });
      }
    } else if (facts.categoryMedian !== null && facts.ratioToCategoryMedian !== null) {
      if (facts.ratioToCategoryMedian >= s.minRatio) {
        hits.push({
          rule: 'AMOUNT_SPIKE',
          severity: graded(s.categoryWeight, facts.ratioToCategoryMedian / s.minRatio),
          reason: `amount ${money(facts.amount)} is ${ratioText(facts.ratioToCategoryMedian)} the usual ${facts.category} amount ${money(facts.categoryMedian)} (too little own history to compare)`,
          values: {
            amount: facts.amount,
            median: facts.categoryMedian,
            ratio: facts.ratioToCategoryMedian,
            basis: 'category',
          },
        });
      }
    }
  }

  if (config.newCategory.weight > 0 && facts.categorySeenBefore === false && facts.category !== null) {
    hits.push({
      rule: 'NEW_CATEGORY',
      severity: config.newCategory.weight,
      reason: `first ${facts.category} transaction after ${facts.priorCount} earlier ones in other categories`,
      values: { category: facts.category, earlierTransactions: facts.priorCount },
    });
  }

  const n = config.night;
  const night =
    n.startHour <= n.endHour
      ? facts.localHour >= n.startHour && facts.localHour < n.endHour
      : facts.localHour >= n.startHour || facts.localHour < n.endHour;
  if (n.weight > 0 && night) {
    const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
    hits.push({
      rule: 'NIGHT_TIME',
      severity: n.weight,
      reason: `made at ${hh(facts.localHour)}, inside the night window ${hh(n.startHour)}–${hh(n.endHour)}`,
      values: { hour: facts.localHour },
    });
  }

  if (
    config.overseas.weight > 0 &&
    facts.overseas &&
    facts.overseasShareBefore < config.overseas.maxShareBefore
  ) {
    hits.push({
      rule: 'OVERSEAS',
      severity: config.overseas.weight,
      reason: `overseas transaction; ${Math.round(facts.overseasShareBefore * 100)}% of your ${config.baselineDays}-day transactions were overseas`,
      values: { overseasShareBefore: facts.overseasShareBefore },
    });
  }

  const score = 1 - hits.reduce((p, h) => p * (1 - h.severity), 1);
  return { score, hits };
}
