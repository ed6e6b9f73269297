import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CustomerType } from '../customers';
import type { Scenario, ScenarioEvaluation, ScenarioMetrics } from './engine/scenario-engine';
import { ScenarioMetricsInput } from './scenario.inputs';
import {
  MetricDirectionEnum,
  ScenarioEvaluationType,
  ScenarioLabelEnum,
  ScenarioType,
} from './scenario.type';
import { ScenariosService } from './scenarios.service';

function toScenarioType(s: Scenario, thresholdVersion: string): ScenarioType {
  return {
    label: s.label as ScenarioLabelEnum,
    probability: s.probability,
    calibrated: s.calibrated,
    thresholdVersion,
    keyMetrics: s.keyMetrics.map((k) => ({ ...k, direction: k.direction as MetricDirectionEnum })),
  };
}

export function toEvaluationType(e: ScenarioEvaluation): ScenarioEvaluationType {
  return {
    primary: e.primary ? toScenarioType(e.primary, e.thresholdVersion) : null,
    scenarios: e.scenarios.map((s) => toScenarioType(s, e.thresholdVersion)),
    thresholdVersion: e.thresholdVersion,
  };
}

function toMetrics(input: ScenarioMetricsInput): ScenarioMetrics {
  return {
    cardUtilisation: input.cardUtilisation ?? null,
    maxDaysPastDue: input.maxDaysPastDue,
    overdueAmount: Number(input.overdueAmount),
    loanBalance: Number(input.loanBalance),
    weightedLoanRate: input.weightedLoanRate ?? null,
    dsr: input.dsr ?? null,
    spendQoqChange: input.spendQoqChange ?? null,
    spendToIncome: input.spendToIncome ?? null,
    nightShare: input.nightShare ?? null,
    overseasShare: input.overseasShare ?? null,
    onlineShare: input.onlineShare ?? null,
    incomeChange: input.incomeChange ?? null,
    savingsBalance: input.savingsBalance == null ? null : Number(input.savingsBalance),
    liquidityMonths: input.liquidityMonths ?? null,
  };
}

@Resolver()
export class ScenarioResolver {
  constructor(private readonly service: ScenariosService) {}

  @Query(() => ScenarioEvaluationType, {
    description:
      'What-if: the counselling scenarios for given metrics (no stored customer), newest thresholds.',
  })
  async evaluateScenario(
    @Arg('metrics', () => ScenarioMetricsInput, { description: 'The metrics to evaluate.' })
    metrics: ScenarioMetricsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioEvaluationType> {
    return toEvaluationType(await this.service.evaluate(ctx, toMetrics(metrics)));
  }
}

@Resolver(() => CustomerType)
export class CustomerScenarioFieldResolver {
  constructor(private readonly service: ScenariosService) {}

  @FieldResolver(() => ScenarioType, {
    nullable: true,
    description:
      "The customer's primary counselling scenario (highest probability) as of today (batched per request).",
  })
  async scenario(@Root() customer: CustomerType, @Ctx() ctx: RequestContext): Promise<ScenarioType | null> {
    return toEvaluationType(await this.service.forCustomer(ctx, customer.localId)).primary;
  }

  @FieldResolver(() => ScenarioEvaluationType, {
    description:
      "All of the customer's counselling scenarios with probabilities and key metrics (batched per request).",
  })
  async scenarios(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioEvaluationType> {
    return toEvaluationType(await this.service.forCustomer(ctx, customer.localId));
  }
}
