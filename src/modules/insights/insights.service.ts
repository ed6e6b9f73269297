import Decimal from 'decimal.js';
import { loaders, RequestContext } from '../../common/context';
import { ageOn, koreanDate } from '../../common/dates';
import { badInput } from '../../common/errors';
import { formatQuarter, lastDay, parseQuarter, QuarterError } from '../../common/quarters';
import { CustomerService } from '../customers';
import { InsightsRepository } from './insights.repository';
import { insightsLoaders } from './insights.loaders';
import { InsightModelStore } from './models/model-store';
import { DEFAULT_THRESHOLDS_PARAMS, ModelRef, refOf } from './models/model-kinds';
import type { LifeStage, LifeStageCorrection } from './life-stage/life-stage';
import { LoanService, LoanStatus } from '../loans';
import { annualDebtService, activeLoans, LoanFigures } from '../scenarios';
import { SpendingService } from '../spending';
import {
  computeHealthScore,
  HealthScoreResult,
  inferLifeStage,
  LifeStageResult,
  LoanRiskResult,
  QuarterFeatures,
  QuarterSummary,
  quarterSummary,
  scoreLoanRisk,
  SPEND_CATEGORY_CODES,
  SpendCategoryCode,
} from './engines';

/** Everything the insight engines say about one customer quarter (computed once per request and quarter). */
export interface CustomerInsights {
  features: QuarterFeatures;
  health: HealthScoreResult;
  lifeStage: LifeStageResult;
  /** The life-stage thresholds used (a stored version, or the defaults flagged as fallback). */
  lifeStageModel: ModelRef;
  /** When the stage comes from feedback: who gave it and when. */
  lifeStageFeedback: { submittedAt: Date; submittedRole: string; comment: string | null } | null;
  loanRisk: LoanRiskResult;
  summary: QuarterSummary;
}

const wholeWon = (v: Decimal.Value | null | undefined): string | null =>
  v === null || v === undefined ? null : Decimal.max(0, new Decimal(v).floor()).toFixed(0);

const share = (v: string | null): number => (v === null ? 0 : Math.min(1, Math.max(0, Number(v))));

/**
 * The customer's insights from the customers, spending and loans services (the same reads the scenarios module
 * makes). Every read goes through those services' per-request DataLoaders and the result is memoised per
 * request, so a page of customers costs a constant number of SQL statements and the four fields of one customer
 * share one computation. Ownership is checked by `CustomerService.getById` (a customer reads only themself).
 */
export class InsightsService {
  private readonly loadersOf: ReturnType<typeof insightsLoaders>;

  constructor(
    private readonly customers: CustomerService,
    private readonly loans: LoanService,
    private readonly spending: SpendingService,
    readonly repository: InsightsRepository = new InsightsRepository(),
    readonly models: InsightModelStore = new InsightModelStore(repository),
  ) {
    this.loadersOf = insightsLoaders(repository);
  }

  /** Per-request loaders of the insights module (feedback, converted products, purchases, log writer). */
  loaders(ctx: RequestContext) {
    return this.loadersOf(ctx);
  }

  /** Insights of the given quarter (label like 2025Q3) or of the latest stored one; null without quarter data. */
  forCustomer(
    ctx: RequestContext,
    customerId: string,
    quarter?: string | null,
  ): Promise<CustomerInsights | null> {
    const label = quarter ?? null;
    if (label !== null) {
      try {
        parseQuarter(label);
      } catch (e) {
        if (e instanceof QuarterError) throw badInput('quarter', 'must look like 2025Q3');
        throw e;
      }
    }
    const memo = loaders(ctx, insightsScope);
    const key = `${customerId}:${label ?? 'latest'}`;
    let result = memo.get(key);
    if (!result) {
      result = this.compute(ctx, customerId, label);
      memo.set(key, result);
    }
    return result;
  }

  /** Drops this request's memoised insights of a customer (after a write that changes them). */
  forget(ctx: RequestContext, customerId: string): void {
    const memo = loaders(ctx, insightsScope);
    for (const key of [...memo.keys()]) if (key.startsWith(`${customerId}:`)) memo.delete(key);
  }

  /** The engines' input for a customer quarter; null when the customer has no stored quarter. */
  async features(
    ctx: RequestContext,
    customerId: string,
    quarter: string | null,
  ): Promise<QuarterFeatures | null> {
    const customer = await this.customers.getById(ctx, customerId); // ownership checked there
    const today = koreanDate(ctx.now());
    const [view, loans, arrears] = await Promise.all([
      quarter === null
        ? this.spending.quarterlySpending(ctx, customerId, 1).then((v) => v[0] ?? null)
        : this.spending.quarter(ctx, customerId, quarter),
      this.loans.forCustomer(ctx, customerId),
      this.loans.customerDelinquency(ctx, customerId, today),
    ]);
    if (!view) return null;
    const [categories, schedules] = await Promise.all([
      this.spending.categoriesOf(ctx, view.row),
      Promise.all(loans.map((l) => this.loans.scheduleOf(ctx, l))),
    ]);
    const figures: LoanFigures[] = loans.map((l, i) => ({
      active: l.status === LoanStatus.ACTIVE,
      outstandingPrincipal: l.outstandingPrincipal,
      annualRate: l.annualRate,
      schedule: schedules[i],
    }));
    const byCategory: Partial<Record<SpendCategoryCode, Decimal>> = {};
    for (const c of categories) {
      const code = (SPEND_CATEGORY_CODES as readonly string[]).includes(c.categoryCode)
        ? (c.categoryCode as SpendCategoryCode)
        : 'OTHER';
      byCategory[code] = (byCategory[code] ?? new Decimal(0)).plus(c.amount);
    }
    const spendByCategory: Partial<Record<SpendCategoryCode, string>> = {};
    for (const [code, amount] of Object.entries(byCategory) as [SpendCategoryCode, Decimal][]) {
      spendByCategory[code] = wholeWon(amount)!;
    }
    const row = view.row;
    const loanBalance = activeLoans(figures).reduce((s, l) => s.plus(l.outstandingPrincipal), new Decimal(0));
    return {
      customerId,
      age: Math.max(0, ageOn(customer.birthDate, lastDay(view.quarter))),
      householdSize: customer.householdSize,
      region: customer.region,
      quarter: formatQuarter(view.quarter),
      totalSpend: wholeWon(row.totalAmount)!,
      spendByCategory,
      transactionCount: row.transactionCount,
      averageTicket: wholeWon(row.averageTicket ?? 0)!,
      onlineShare: share(row.onlineShare),
      overseasShare: share(row.overseasShare),
      nightShare: share(row.nightShare),
      // the quarter's income as the spending module reads it: imported for the quarter, else a quarter of the
      // customer's annual income (one rule for every module: customers/income.ts)
      income: row.income !== null ? wholeWon(row.income) : null,
      savingsBalance: wholeWon(row.depositBalance),
      // a stored quarter-end balance when imported, else today's balance of the customer's active loans
      loanBalance: row.loanBalance !== null ? wholeWon(row.loanBalance) : wholeWon(loanBalance),
      annualDebtService: wholeWon(annualDebtService(figures, today)),
      previousTotalSpend: view.previous ? wholeWon(view.previous.totalAmount) : null,
      maxDaysPastDue: arrears.maxDaysPastDue,
      creditLimit: null,
      repaymentRatio: null,
    };
  }

  private async compute(
    ctx: RequestContext,
    customerId: string,
    quarter: string | null,
  ): Promise<CustomerInsights | null> {
    const features = await this.features(ctx, customerId, quarter);
    if (!features) return null;
    const health = computeHealthScore(features);
    const [model, feedback] = await Promise.all([
      this.models.active(ctx, 'LIFE_STAGE_THRESHOLDS'),
      this.loadersOf(ctx).feedback.load(customerId),
    ]);
    const thresholds = (model?.params ?? DEFAULT_THRESHOLDS_PARAMS).thresholds;
    // Oldest first, so the latest feedback is the one inferLifeStage applies.
    const corrections: LifeStageCorrection[] = feedback.map((f) => ({
      customerId,
      stage: f.stage as LifeStage,
      quarter: f.quarter ?? features.quarter,
    }));
    const lifeStage = inferLifeStage(features, { thresholds, corrections });
    const latest = feedback.at(-1);
    return {
      features,
      health,
      lifeStage,
      lifeStageModel: refOf('LIFE_STAGE_THRESHOLDS', model),
      lifeStageFeedback: latest
        ? { submittedAt: latest.submittedAt, submittedRole: latest.submittedRole, comment: latest.comment }
        : null,
      loanRisk: scoreLoanRisk(features),
      summary: quarterSummary({
        features,
        health: { score: health.score, band: health.band },
        lifeStage: lifeStage.stage,
      }),
    };
  }
}

const insightsScope = (): Map<string, Promise<CustomerInsights | null>> => new Map();
