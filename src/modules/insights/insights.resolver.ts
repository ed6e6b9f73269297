import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CustomerType } from '../customers';
import { InsightsService } from './insights.service';
import { LifeStageSourceEnum } from './insight-models.type';
import { toModelRef } from './insight-models.mapper';
import {
  HealthBandEnum,
  HealthScoreType,
  InsightLanguageEnum,
  LifeStageType,
  LoanRiskBandEnum,
  LoanRiskType,
} from './insights.type';

@Resolver(() => CustomerType)
export class CustomerInsightsFieldResolver {
  constructor(private readonly service: InsightsService) {}

  @FieldResolver(() => HealthScoreType, {
    nullable: true,
    description:
      "Financial health score of the customer's latest (or given) stored quarter; null when there is no quarter data (batched per request).",
  })
  async healthScore(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Quarter such as 2025Q3; default the latest.',
    })
    quarter?: string | null,
  ): Promise<HealthScoreType | null> {
    const insights = await this.service.forCustomer(ctx, customer.localId, quarter);
    if (!insights) return null;
    const h = insights.health;
    return {
      score: h.score,
      band: h.band as HealthBandEnum | null,
      quarter: h.quarter,
      coverage: h.coverage,
      components: h.components.map((c) => ({
        pillar: c.pillar,
        name: c.indicator,
        value: c.value,
        score: c.score,
        weight: c.weight,
        usedWeight: c.effectiveWeight,
        note: c.reason.en,
      })),
      explanation: h.reasons.map((r) => r.en).join('. '),
    };
  }

  @FieldResolver(() => LifeStageType, {
    nullable: true,
    description:
      'Life stage from the latest (or given) stored quarter — inferred with the stored thresholds, or from the latest feedback (source FEEDBACK); null when there is no quarter data.',
  })
  async lifeStage(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Quarter such as 2025Q3; default the latest.',
    })
    quarter?: string | null,
  ): Promise<LifeStageType | null> {
    const insights = await this.service.forCustomer(ctx, customer.localId, quarter);
    if (!insights) return null;
    const l = insights.lifeStage;
    return {
      stage: l.stage,
      confidence: l.confidence,
      reasons: l.reasons.map((r) => r.en),
      quarter: l.quarter,
      source:
        l.source === 'CUSTOMER_CORRECTION' ? LifeStageSourceEnum.FEEDBACK : LifeStageSourceEnum.INFERRED,
      inferredStage: l.inferred.stage,
      feedbackAt:
        l.source === 'CUSTOMER_CORRECTION' ? (insights.lifeStageFeedback?.submittedAt ?? null) : null,
      model: toModelRef(insights.lifeStageModel),
    };
  }

  @FieldResolver(() => LoanRiskType, {
    nullable: true,
    description:
      'Loan-risk scorecard on the latest (or given) stored quarter and the loans; null when there is no quarter data.',
  })
  async loanRisk(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Quarter such as 2025Q3; default the latest.',
    })
    quarter?: string | null,
  ): Promise<LoanRiskType | null> {
    const insights = await this.service.forCustomer(ctx, customer.localId, quarter);
    if (!insights) return null;
    const r = insights.loanRisk;
    return {
      probability: r.probability,
      band: r.band as LoanRiskBandEnum,
      quarter: r.quarter,
      modelVersion: r.modelVersion,
      factors: r.factors.map((f) => ({ name: f.feature, value: f.value, contribution: f.logOdds })),
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Plain-language summary of the latest stored quarter; null when there is no quarter data.',
  })
  async quarterlySummary(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('language', () => InsightLanguageEnum, {
      defaultValue: InsightLanguageEnum.KO,
      description: 'Language of the summary.',
    })
    language: InsightLanguageEnum,
  ): Promise<string | null> {
    const insights = await this.service.forCustomer(ctx, customer.localId);
    if (!insights) return null;
    return language === InsightLanguageEnum.EN ? insights.summary.en : insights.summary.ko;
  }
}
