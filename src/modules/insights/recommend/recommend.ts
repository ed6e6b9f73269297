import { toDecimal } from '../../../common/money';
import { reason, Reason } from '../explain';
import { categoryShare, QuarterFeatures, r4, validateQuarterFeatures } from '../features';
import { HealthBand } from '../health/health-score';
import { LIFE_STAGE_NAMES, LifeStage } from '../life-stage/life-stage';
import { LoanRiskBand } from '../loan-risk/loan-risk';
import { Product, PRODUCT_CATALOGUE } from './catalogue';

// Recommendations: a rule score (0–100, sum of the matched rules' points, capped) and a cluster score
// (0–100, the share of the customer's cluster that holds the product), combined as
//   score = 0.7 × rule + 0.3 × cluster
// over eligible products the customer does not hold; score ≥ 20 to be shown. Eligibility is hard: age
// limits, and no new credit for a VULNERABLE health band or a HIGH/VERY_HIGH loan risk.

export interface RecommendationContext {
  features: QuarterFeatures;
  lifeStage: LifeStage;
  healthBand: HealthBand | null;
  loanRiskBand: LoanRiskBand | null;
  /** Products the customer already holds (never recommended again). */
  heldProductIds?: readonly string[];
  /** Adoption in the customer's cluster: how many of `size` customers hold each product. */
  cluster?: { id: number; size: number; holders: Record<string, number> } | null;
}

export interface Recommendation {
  productId: string;
  kind: Product['kind'];
  name: Product['name'];
  score: number;
  ruleScore: number;
  clusterScore: number;
  reasons: Reason[];
}

export const RECOMMENDATION_WEIGHTS = { rule: 0.7, cluster: 0.3, minScore: 20, minClusterSize: 20 } as const;

interface Rule {
  product: string;
  points: number;
  when: (c: Derived) => boolean;
  code: string;
  en: (c: Derived) => string;
  ko: (c: Derived) => string;
  figures: (c: Derived) => Record<string, number | string>;
}

interface Derived {
  ctx: RecommendationContext;
  q: QuarterFeatures;
  online: number;
  overseas: number;
  family: number;
  commute: number;
  dining: number;
  medical: number;
  dsr: number | null;
  savingsMonths: number | null;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
/** The life stage in words (a reason is read by customers: never its code). */
const stageName = (c: Derived) => LIFE_STAGE_NAMES[c.ctx.lifeStage].en;

function derive(ctx: RecommendationContext): Derived {
  const q = ctx.features;
  const income = q.income === null ? null : toDecimal(q.income);
  const spend = toDecimal(q.totalSpend);
  return {
    ctx,
    q,
    online: Math.max(q.onlineShare, categoryShare(q, 'ONLINE_SHOPPING')),
    overseas: Math.max(q.overseasShare, categoryShare(q, 'TRAVEL')),
    family: categoryShare(q, 'CHILDCARE', 'EDUCATION', 'GROCERY'),
    commute: categoryShare(q, 'FUEL', 'TRANSPORT'),
    dining: categoryShare(q, 'FOOD'),
    medical: categoryShare(q, 'MEDICAL'),
    // Ratios are computed in decimals and only then become numbers.
    dsr:
      q.annualDebtService !== null && income !== null && income.greaterThan(0)
        ? toDecimal(q.annualDebtService).div(income.times(4)).toNumber()
        : null,
    savingsMonths:
      q.savingsBalance !== null && spend.greaterThan(0)
        ? toDecimal(q.savingsBalance).div(spend.div(3)).toNumber()
        : null,
  };
}

export const RECOMMENDATION_RULES: readonly Rule[] = [
  {
    product: 'CARD_ONLINE_CASHBACK',
    points: 70,
    code: 'HIGH_ONLINE_SHARE',
    when: (c) => c.online >= 0.4,
    en: (c) => `${pct(c.online)} of spend is online (≥ 40%)`,
    ko: (c) => `온라인 결제 비중 ${pct(c.online)} (40% 이상)`,
    figures: (c) => ({ onlineShare: r4(c.online) }),
  },
  {
    product: 'CARD_ONLINE_CASHBACK',
    points: 30,
    code: 'SOME_ONLINE_SHARE',
    when: (c) => c.online >= 0.25 && c.online < 0.4,
    en: (c) => `${pct(c.online)} of spend is online`,
    ko: (c) => `온라인 결제 비중 ${pct(c.online)}`,
    figures: (c) => ({ onlineShare: r4(c.online) }),
  },
  {
    product: 'CARD_TRAVEL',
    points: 70,
    code: 'OVERSEAS_SPEND',
    when: (c) => c.overseas >= 0.1,
    en: (c) => `${pct(c.overseas)} of spend is overseas or travel`,
    ko: (c) => `해외·여행 결제 비중 ${pct(c.overseas)}`,
    figures: (c) => ({ overseasShare: r4(c.overseas) }),
  },
  {
    product: 'CARD_FAMILY',
    points: 50,
    code: 'FAMILY_SPEND',
    when: (c) => c.family >= 0.25,
    en: (c) => `Childcare, education and groceries are ${pct(c.family)} of spend`,
    ko: (c) => `육아·교육·마트 지출 비중 ${pct(c.family)}`,
    figures: (c) => ({ familyShare: r4(c.family) }),
  },
  {
    product: 'CARD_FAMILY',
    points: 30,
    code: 'FAMILY_STAGE',
    when: (c) => c.ctx.lifeStage === 'YOUNG_FAMILY' || c.ctx.lifeStage === 'MATURE_FAMILY',
    en: (c) => `Life stage: ${stageName(c)}`,
    ko: () => '자녀 양육 단계',
    figures: (c) => ({ lifeStage: c.ctx.lifeStage }),
  },
  {
    product: 'CARD_COMMUTE',
    points: 60,
    code: 'COMMUTE_SPEND',
    when: (c) => c.commute >= 0.15,
    en: (c) => `Fuel and transport are ${pct(c.commute)} of spend`,
    ko: (c) => `주유·교통 지출 비중 ${pct(c.commute)}`,
    figures: (c) => ({ commuteShare: r4(c.commute) }),
  },
  {
    product: 'CARD_DINING',
    points: 60,
    code: 'DINING_SPEND',
    when: (c) => c.dining >= 0.25,
    en: (c) => `Dining is ${pct(c.dining)} of spend`,
    ko: (c) => `외식 지출 비중 ${pct(c.dining)}`,
    figures: (c) => ({ diningShare: r4(c.dining) }),
  },
  {
    product: 'CARD_SENIOR_CARE',
    points: 40,
    code: 'SENIOR_STAGE',
    when: (c) => c.ctx.lifeStage === 'PRE_RETIREMENT' || c.ctx.lifeStage === 'RETIRED',
    en: (c) => `Life stage: ${stageName(c)}`,
    ko: () => '은퇴 준비·은퇴 단계',
    figures: (c) => ({ lifeStage: c.ctx.lifeStage }),
  },
  {
    product: 'CARD_SENIOR_CARE',
    points: 40,
    code: 'MEDICAL_SPEND',
    when: (c) => c.medical >= 0.08,
    en: (c) => `Medical is ${pct(c.medical)} of spend`,
    ko: (c) => `의료비 비중 ${pct(c.medical)}`,
    figures: (c) => ({ medicalShare: r4(c.medical) }),
  },
  {
    product: 'SAVINGS_YOUTH',
    points: 60,
    code: 'YOUNG_SAVER',
    when: (c) => c.ctx.lifeStage === 'STUDENT' || c.ctx.lifeStage === 'EARLY_CAREER',
    en: (c) => `Life stage: ${stageName(c)}, eligible at age ${c.q.age}`,
    ko: (c) => `사회초년·학생 단계, 만 ${c.q.age}세`,
    figures: (c) => ({ age: c.q.age, lifeStage: c.ctx.lifeStage }),
  },
  {
    product: 'SAVINGS_FREE',
    points: 60,
    code: 'LOW_BUFFER',
    when: (c) => c.savingsMonths !== null && c.savingsMonths < 3,
    en: (c) => `Savings cover ${Math.round((c.savingsMonths ?? 0) * 10) / 10} months of spending (< 3)`,
    ko: (c) => `예적금이 지출 ${Math.round((c.savingsMonths ?? 0) * 10) / 10}개월분 (3개월 미만)`,
    figures: (c) => ({ savingsMonths: r4(c.savingsMonths ?? 0) }),
  },
  {
    product: 'DEPOSIT_12M',
    points: 50,
    code: 'IDLE_SAVINGS',
    when: (c) => c.savingsMonths !== null && c.savingsMonths >= 6,
    en: (c) =>
      `Savings cover ${Math.round((c.savingsMonths ?? 0) * 10) / 10} months: room for a term deposit`,
    ko: (c) => `예적금 ${Math.round((c.savingsMonths ?? 0) * 10) / 10}개월분: 정기예금 여력`,
    figures: (c) => ({ savingsMonths: r4(c.savingsMonths ?? 0) }),
  },
  {
    product: 'PENSION_SAVINGS',
    points: 60,
    code: 'RETIREMENT_PLANNING',
    when: (c) => c.ctx.lifeStage === 'PRE_RETIREMENT' || c.ctx.lifeStage === 'MATURE_FAMILY',
    en: (c) => `Life stage: ${stageName(c)}, tax-advantaged retirement saving`,
    ko: () => '노후 준비 세액공제',
    figures: (c) => ({ lifeStage: c.ctx.lifeStage }),
  },
  {
    product: 'LOAN_REFINANCE',
    points: 70,
    code: 'HIGH_DSR',
    when: (c) => c.dsr !== null && c.dsr >= 0.3,
    en: (c) => `DSR ${pct(c.dsr ?? 0)}: a lower rate eases repayments`,
    ko: (c) => `DSR ${pct(c.dsr ?? 0)}: 금리 인하로 상환 부담 완화`,
    figures: (c) => ({ dsr: r4(c.dsr ?? 0) }),
  },
  {
    product: 'LOAN_CREDIT',
    points: 30,
    code: 'LOW_RISK_CAPACITY',
    when: (c) =>
      c.ctx.loanRiskBand === 'LOW' && c.dsr !== null && c.dsr < 0.2 && c.ctx.healthBand === 'HEALTHY',
    en: (c) => `Low loan risk and DSR ${pct(c.dsr ?? 0)}`,
    ko: (c) => `대출 위험 낮음, DSR ${pct(c.dsr ?? 0)}`,
    figures: (c) => ({ dsr: r4(c.dsr ?? 0) }),
  },
  {
    product: 'LOAN_NEWLYWED_JEONSE',
    points: 60,
    code: 'NEWLY_WED_STAGE',
    when: (c) => c.ctx.lifeStage === 'NEWLY_WED',
    en: () => `Life stage: ${LIFE_STAGE_NAMES.NEWLY_WED.en}`,
    ko: () => '신혼 단계',
    figures: (c) => ({ lifeStage: c.ctx.lifeStage }),
  },
];

function ineligible(p: Product, ctx: RecommendationContext): string | null {
  const age = ctx.features.age;
  if (p.minAge !== undefined && age < p.minAge) return `age ${age} < ${p.minAge}`;
  if (p.maxAge !== undefined && age > p.maxAge) return `age ${age} > ${p.maxAge}`;
  if (p.kind === 'LOAN' && p.id !== 'LOAN_REFINANCE') {
    if (ctx.healthBand === 'VULNERABLE') return 'no new credit while financial health is VULNERABLE';
    if (ctx.loanRiskBand === 'HIGH' || ctx.loanRiskBand === 'VERY_HIGH')
      return `loan risk ${ctx.loanRiskBand}`;
  }
  return null;
}

export function recommendProducts(
  ctx: RecommendationContext,
  { catalogue = PRODUCT_CATALOGUE, first = 5 }: { catalogue?: readonly Product[]; first?: number } = {},
): Recommendation[] {
  validateQuarterFeatures(ctx.features);
  const d = derive(ctx);
  const held = new Set(ctx.heldProductIds ?? []);
  const cluster =
    ctx.cluster && ctx.cluster.size >= RECOMMENDATION_WEIGHTS.minClusterSize ? ctx.cluster : null;
  const out: Recommendation[] = [];
  for (const p of catalogue) {
    if (held.has(p.id) || ineligible(p, ctx) !== null) continue;
    const reasons: Reason[] = [];
    let rulePoints = 0;
    for (const rule of RECOMMENDATION_RULES) {
      if (rule.product !== p.id || !rule.when(d)) continue;
      rulePoints += rule.points;
      reasons.push(
        reason(
          rule.code,
          `${rule.en(d)} (+${rule.points})`,
          `${rule.ko(d)} (+${rule.points})`,
          rule.figures(d),
        ),
      );
    }
    const ruleScore = Math.min(100, rulePoints);
    let clusterScore = 0;
    if (cluster) {
      const share = (cluster.holders[p.id] ?? 0) / cluster.size;
      clusterScore = Math.round(share * 1000) / 10;
      if (share > 0) {
        reasons.push(
          reason(
            'POPULAR_IN_CLUSTER',
            `${pct(share)} of customers like you (cluster ${cluster.id}) hold it`,
            `비슷한 고객(군집 ${cluster.id})의 ${pct(share)}가 보유`,
            { cluster: cluster.id, holders: cluster.holders[p.id] ?? 0, clusterSize: cluster.size },
          ),
        );
      }
    }
    const score =
      Math.round(
        (RECOMMENDATION_WEIGHTS.rule * ruleScore + RECOMMENDATION_WEIGHTS.cluster * clusterScore) * 10,
      ) / 10;
    if (score < RECOMMENDATION_WEIGHTS.minScore) continue;
    out.push({ productId: p.id, kind: p.kind, name: p.name, score, ruleScore, clusterScore, reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1)).slice(0, first);
}
