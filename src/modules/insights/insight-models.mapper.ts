import { money } from '../../common/money';
import { toCustomerType } from '../customers';
import type {
  AnomaliesView,
  ClusterView,
  PeerView,
  RecommendationView,
  SimilarView,
} from './insight-models.service';
import {
  CustomerClusterType,
  InsightModelKindEnum,
  InsightModelRefType,
  PeerComparisonType,
  PeerGroupLevelEnum,
  ProductRecommendationType,
  RecommendationOutcomeEnum,
  SimilarCustomersType,
  TransactionAnomaliesType,
} from './insight-models.type';
import type { ModelRef } from './models/model-kinds';
import { PRODUCT_CATALOGUE } from './recommend/catalogue';

// Service views → GraphQL types (what the API shows; nothing stored leaks unmapped).

export const toModelRef = (r: ModelRef): InsightModelRefType => ({
  kind: r.kind as InsightModelKindEnum,
  version: r.version,
  fittedAt: r.fittedAt,
  fallback: r.fallback,
});

export const toClusterType = (c: ClusterView): CustomerClusterType => ({
  id: c.cluster,
  label: c.label,
  distance: c.distance,
  size: c.size,
  quarter: c.quarter,
  distinctive: c.distinctive,
  model: toModelRef(c.model),
});

export const toSimilarType = (s: SimilarView, anonymised: boolean, now: Date): SimilarCustomersType => ({
  anonymised,
  model: toModelRef(s.model),
  neighbours: s.neighbours.map((n) => ({
    rank: n.rank,
    distance: n.distance,
    cluster: n.cluster,
    customer: n.customer ? toCustomerType(n.customer, now) : null,
  })),
});

export const toPeerType = (p: PeerView): PeerComparisonType => ({
  quarter: p.quarter,
  level: p.level as PeerGroupLevelEnum,
  ageBand: p.ageBand,
  region: p.region,
  lifeStage: p.lifeStage,
  groupSize: p.size,
  widened: p.widened,
  metrics: p.percentiles,
  reasons: p.reasons.map((r) => r.en),
  model: toModelRef(p.model),
});

export const toAnomaliesType = (a: AnomaliesView): TransactionAnomaliesType => ({
  quarter: a.quarter,
  scanned: a.scanned,
  flaggedCount: a.flaggedCount,
  endCursor: a.endCursor,
  hasNextPage: a.hasNextPage,
  model: toModelRef(a.model),
  items: a.items.map((i) => ({
    transactionId: i.transactionId,
    merchantName: i.merchantName,
    amount: money(i.amount),
    occurredAt: i.occurredAt,
    category: i.category,
    score: i.score,
    forestScore: i.forestScore,
    ruleScore: i.ruleScore,
    flagged: i.flagged,
    reasons: i.reasons.map((r) => ({ rule: r.rule, severity: r.severity, message: r.reason })),
    topFeatures: i.topFeatures.map((f) => ({
      feature: f.feature,
      value: f.value,
      contribution: f.contribution,
    })),
  })),
});

const products = new Map(PRODUCT_CATALOGUE.map((p) => [p.id, p]));

export const toRecommendationType = (r: RecommendationView): ProductRecommendationType => {
  const p = products.get(r.productCode);
  return {
    id: r.id,
    productCode: r.productCode,
    kind: r.productKind,
    name: p?.name.en ?? r.productCode,
    nameKo: p?.name.ko ?? r.productCode,
    benefit: p?.benefit.en ?? '',
    score: r.score,
    ruleScore: r.ruleScore,
    clusterScore: r.clusterScore,
    reasons: r.reasonsList.map((x) => x.en),
    quarter: r.quarter,
    servedAt: r.servedAt,
    outcome: r.outcome as RecommendationOutcomeEnum | null,
    model: toModelRef(r.model),
  };
};
