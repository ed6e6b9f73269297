import { inTransaction, loaders, RequestContext } from '../../common/context';
import { ageOn, isValidIsoDate, koreanDate } from '../../common/dates';
import { badInput, forbidden } from '../../common/errors';
import { CustomerService, isStaff, requireViewer } from '../customers';
import { LoanService, LoanStatus } from '../loans';
import { SpendingService } from '../spending';
import { metricsFromFigures } from './engine/customer-metrics';
import { evaluateScenarios, ScenarioEvaluation, ScenarioMetrics } from './engine/scenario-engine';
import {
  ageBandOf,
  resolveThresholds,
  thresholdVersionName,
  ThresholdRow,
  ThresholdSet,
} from './engine/thresholds';
import { ScenariosRepository } from './scenarios.repository';

/** The job that writes a new threshold set (payload: as-of date; default today in KST). */
export const COMPUTE_THRESHOLDS_JOB = 'scenarios.compute-thresholds';
export interface ComputeThresholdsJob {
  asOf?: string;
  minGroupSize?: number;
}
/** Peer groups with fewer customers get no row of their own (the everyone row applies). */
export const DEFAULT_MIN_GROUP_SIZE = 30;

export interface ThresholdSetSummary {
  version: string;
  asOf: string;
  customers: number;
  groups: number;
  rows: ThresholdRow[];
}

export class ScenariosService {
  constructor(
    private readonly repository: ScenariosRepository,
    private readonly customers: CustomerService,
    private readonly loans: LoanService,
    private readonly spending: SpendingService,
  ) {}

  /** Computes and stores a new threshold set (staff or system only); one transaction, all or nothing. */
  async computeThresholds(
    ctx: RequestContext,
    asOf?: string,
    minGroupSize = DEFAULT_MIN_GROUP_SIZE,
  ): Promise<ThresholdSetSummary> {
    if (!isStaff(requireViewer(ctx))) throw forbidden('Computing thresholds is for staff');
    const day = asOf ?? koreanDate(ctx.now());
    if (!isValidIsoDate(day)) throw badInput('asOf', 'must be a date like 2026-01-01');
    if (!Number.isInteger(minGroupSize) || minGroupSize < 1)
      throw badInput('minGroupSize', 'must be a positive integer');
    return inTransaction(ctx, async (tx) => {
      const number = await this.repository.nextSetNumber(tx);
      const version = thresholdVersionName(number, day);
      await this.repository.insertSet(tx, version, number, day, minGroupSize);
      const { customers, groups } = await this.repository.computeRows(tx, version, day, minGroupSize);
      return { version, asOf: day, customers, groups, rows: await this.repository.setRows(tx, version) };
    });
  }

  /** The newest stored set, read once per request (null → the built-in default set applies). */
  latestThresholdSet(ctx: RequestContext): Promise<ThresholdSet | null> {
    const scope = loaders(ctx, thresholdScope);
    scope.latest ??= this.repository.latestSet(ctx);
    return scope.latest;
  }

  /** What-if: evaluate given metrics against the newest set's everyone row (or the default set). */
  async evaluate(ctx: RequestContext, metrics: ScenarioMetrics): Promise<ScenarioEvaluation> {
    requireViewer(ctx);
    const set = await this.latestThresholdSet(ctx);
    return evaluateScenarios(metrics, resolveThresholds(set, null, null));
  }

  /**
   * A stored customer's scenarios as of today (KST), from the customers, loans and spending services; every
   * read goes through their per-request loaders, so a page of customers costs a constant number of statements.
   */
  async forCustomer(ctx: RequestContext, customerId: string): Promise<ScenarioEvaluation> {
    const customer = await this.customers.getById(ctx, customerId); // ownership checked there
    const asOf = koreanDate(ctx.now());
    const [set, quarters, loans, arrears] = await Promise.all([
      this.latestThresholdSet(ctx),
      this.spending.quarterlySpending(ctx, customerId, 1),
      this.loans.forCustomer(ctx, customerId),
      this.loans.customerDelinquency(ctx, customerId, asOf),
    ]);
    const schedules = await Promise.all(loans.map((l) => this.loans.scheduleOf(ctx, l)));
    const latest = quarters[0] ?? null;
    const metrics = metricsFromFigures(
      {
        annualIncome: customer.annualIncome,
        latest: latest?.row ?? null,
        previous: latest?.previous ?? null,
        loans: loans.map((l, i) => ({
          active: l.status === LoanStatus.ACTIVE,
          outstandingPrincipal: l.outstandingPrincipal,
          annualRate: schedules[i].find((row) => row.dueDate > asOf)?.annualRate ?? l.annualRate,
          schedule: schedules[i],
        })),
        maxDaysPastDue: arrears.maxDaysPastDue,
        overdueAmount: arrears.totalOverdue,
      },
      asOf,
    );
    const thresholds = resolveThresholds(set, ageBandOf(ageOn(customer.birthDate, asOf)), customer.region);
    return evaluateScenarios(metrics, thresholds);
  }
}

const thresholdScope = (): { latest?: Promise<ThresholdSet | null> } => ({});
