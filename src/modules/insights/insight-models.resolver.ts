import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CustomerType, isStaff, toCustomerType } from '../customers';
import { InsightModelsService } from './insight-models.service';
import {
  toAnomaliesType,
  toClusterType,
  toPeerType,
  toRecommendationType,
  toSimilarType,
} from './insight-models.mapper';
import {
  CustomerClusterType,
  InsightModelKindEnum,
  InsightModelVersionType,
  LifeStageFeedbackType,
  PeerComparisonType,
  ProductRecommendationType,
  RecommendationAcceptanceType,
  RecordRecommendationOutcomeInput,
  RefitInsightModelsInput,
  RefitInsightModelsPayload,
  SimilarCustomersType,
  SubmitLifeStageFeedbackInput,
  TransactionAnomaliesType,
} from './insight-models.type';

const quarterArg = { nullable: true, description: 'Quarter such as 2025Q3; default the latest stored.' };

/** Customer fields over the stored insight models (cluster, neighbours, peers, anomalies, recommendations). */
@Resolver(() => CustomerType)
export class CustomerInsightModelsFieldResolver {
  constructor(private readonly service: InsightModelsService) {}

  @FieldResolver(() => CustomerClusterType, {
    nullable: true,
    description: "The customer's cluster in the stored cluster model; null without quarter data or a model.",
  })
  async cluster(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, quarterArg) quarter?: string | null,
  ): Promise<CustomerClusterType | null> {
    const c = await this.service.cluster(ctx, customer.localId, quarter);
    return c && toClusterType(c);
  }

  @FieldResolver(() => SimilarCustomersType, {
    nullable: true,
    description:
      'Nearest neighbours in the stored cluster model’s standardised space. Staff see the customers; a customer sees anonymised peers only. Null without quarter data or a model.',
  })
  async similarCustomers(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many neighbours (1–50).' }) first: number,
  ): Promise<SimilarCustomersType | null> {
    const s = await this.service.similarCustomers(ctx, customer.localId, first);
    return s && toSimilarType(s, !isStaff(ctx.viewer!), ctx.now());
  }

  @FieldResolver(() => PeerComparisonType, {
    nullable: true,
    description:
      'Percentile per metric within age band × region × life stage (widened when the group is small); null without quarter data or a peer model.',
  })
  async peerComparison(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, quarterArg) quarter?: string | null,
  ): Promise<PeerComparisonType | null> {
    const p = await this.service.peerComparison(ctx, customer.localId, quarter);
    return p && toPeerType(p);
  }

  @FieldResolver(() => TransactionAnomaliesType, {
    description: "Anomaly scores of the quarter's card purchases (rules + the stored isolation forest).",
  })
  async anomalies(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Quarter such as 2025Q3; default the current.',
    })
    quarter: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, highest score first (1–100).' })
    first: number,
    @Arg('flaggedOnly', {
      defaultValue: true,
      description: 'Only purchases at or above the alert threshold.',
    })
    flaggedOnly: boolean,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after?: string | null,
  ): Promise<TransactionAnomaliesType> {
    return toAnomaliesType(
      await this.service.anomalies(ctx, customer.localId, { quarter, first, flaggedOnly, after }),
    );
  }

  @FieldResolver(() => [ProductRecommendationType], {
    description:
      'Products recommended by rules and by cluster, each with reasons. Every recommendation served is logged (its id takes an outcome).',
  })
  async recommendations(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 3, description: 'How many (1–20).' }) first: number,
    @Arg('quarter', () => String, quarterArg) quarter?: string | null,
  ): Promise<ProductRecommendationType[]> {
    const recs = await this.service.recommendations(ctx, customer.localId, { quarter, first });
    return recs.map(toRecommendationType);
  }
}

/** Insight mutations and staff queries. */
@Resolver()
export class InsightModelsResolver {
  constructor(private readonly service: InsightModelsService) {}

  @Mutation(() => LifeStageFeedbackType, {
    description:
      "Corrects (or confirms) a customer's life stage — staff, or the customer for themselves. Stored with who and when; lifeStage then returns it (source FEEDBACK) and the next refit learns from it.",
  })
  async submitLifeStageFeedback(
    @Arg('input', () => SubmitLifeStageFeedbackInput, {
      description: 'The customer and the life stage that fits them.',
    })
    input: SubmitLifeStageFeedbackInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LifeStageFeedbackType> {
    const f = await this.service.submitLifeStageFeedback(ctx, input);
    return { ...f, customer: toCustomerType(f.customer, ctx.now()) };
  }

  @Mutation(() => ProductRecommendationType, {
    description: 'Records the outcome of a served recommendation (staff, or the customer it was served to).',
  })
  async recordRecommendationOutcome(
    @Arg('input', () => RecordRecommendationOutcomeInput, {
      description: 'The served recommendation and what came of it.',
    })
    input: RecordRecommendationOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductRecommendationType> {
    return toRecommendationType(
      await this.service.recordRecommendationOutcome(ctx, input.recommendationId, input.outcome),
    );
  }

  @Mutation(() => RefitInsightModelsPayload, {
    description: 'Enqueues the insights.refit job (ADMIN): new versions of every insight model.',
  })
  async refitInsightModels(
    @Arg('input', () => RefitInsightModelsInput, { nullable: true, description: 'Optional as-of date.' })
    input: RefitInsightModelsInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RefitInsightModelsPayload> {
    return { jobId: await this.service.requestRefit(ctx, input?.asOf) };
  }

  @Query(() => [RecommendationAcceptanceType], {
    description: 'Served recommendations and their outcomes per product, with acceptance rates (staff).',
  })
  async recommendationAcceptance(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true, description: 'Served at or after (inclusive).' })
    from?: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Served before (exclusive).' }) to?: Date | null,
  ): Promise<RecommendationAcceptanceType[]> {
    const rows = await this.service.recommendationAcceptance(ctx, from ?? null, to ?? null);
    return rows.map((r) => ({ ...r, kind: r.productKind }));
  }

  @Query(() => [InsightModelVersionType], {
    description: 'Stored insight model versions, newest first (staff).',
  })
  async insightModelVersions(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => InsightModelKindEnum, { nullable: true, description: 'Only this kind.' })
    kind?: InsightModelKindEnum | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–100).' }) first = 20,
  ): Promise<InsightModelVersionType[]> {
    const rows = await this.service.modelVersions(ctx, kind ?? null, first);
    return rows.map((r) => ({
      kind: r.kind as InsightModelKindEnum,
      version: r.version,
      number: r.number,
      fittedAt: r.fittedAt,
      training: JSON.stringify(r.training),
      active: r.active,
    }));
  }
}
