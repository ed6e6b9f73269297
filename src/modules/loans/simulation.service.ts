import Decimal from 'decimal.js';
import type { RequestContext } from '../../common/context';
import { koreanDate } from '../../common/dates';
import { badInput } from '../../common/errors';
import { localIdOf, toGlobalId } from '../../common/global-id';
import {
  CUSTOMER_TYPE,
  CustomerService,
  isStaff,
  Region as CustomerRegion,
  requireViewer,
} from '../customers';
import { LoanKind, LoanStatus, RepaymentMethod } from './loan.enums';
import { LOAN_TYPE } from './loan.mapper';
import { currentRate } from './loan-schedule';
import { LoanService } from './loan.service';
import {
  ExistingLoanInput,
  LoanLimitSimulationInput,
  Region,
  SimulateLoanLimitResult,
  simulateLoanLimit,
} from './simulation';
import type { SimulateLoanLimitInput } from './simulation.inputs';

const CAPITAL: Partial<Record<CustomerRegion, Region>> = {
  [CustomerRegion.SEOUL]: Region.SEOUL,
  [CustomerRegion.GYEONGGI]: Region.GYEONGGI,
  [CustomerRegion.INCHEON]: Region.INCHEON,
};

// Gathers a customer's figures (income, score, region, active loans with their real next-12-month service)
// and runs the pure simulator. Explicit input figures override stored ones; the customer id comes from the
// session for CUSTOMER principals.
export class SimulationService {
  constructor(
    private readonly customers: CustomerService,
    private readonly loans: LoanService,
  ) {}

  async simulate(ctx: RequestContext, input: SimulateLoanLimitInput): Promise<SimulateLoanLimitResult> {
    const viewer = requireViewer(ctx);
    const customerId = input.customerId
      ? localIdOf(CUSTOMER_TYPE, input.customerId, 'customerId')
      : isStaff(viewer)
        ? undefined
        : viewer.customerId;
    const customer = customerId ? await this.customers.getById(ctx, customerId) : undefined;
    const region = input.region ?? customer?.region;
    if (!region) throw badInput('region', 'is required when no customer is given');
    const existingLoans = input.existingLoans ?? (customerId ? await this.storedLoans(ctx, customerId) : []);

    const calculatorInput: LoanLimitSimulationInput = {
      evaluationDate: input.evaluationDate ?? koreanDate(ctx.now()),
      annualIncome: input.annualIncome ?? customer?.annualIncome ?? null,
      lenderType: input.lenderType,
      region: CAPITAL[region] ?? Region.NON_CAPITAL,
      existingLoans,
      cardDebt: input.cardDebt ?? null,
      creditScore: input.creditScore ?? customer?.creditScore,
      newLoan: input.newLoan,
      collateral: input.collateral ?? null,
      roundingUnit: input.roundingUnit,
      scenarios: input.scenarios,
      advice: input.advice,
    };
    return simulateLoanLimit(calculatorInput);
  }

  /** Active loans as the simulator sees them: balance, current rate, months left, next 12 months' payments. */
  private async storedLoans(ctx: RequestContext, customerId: string): Promise<ExistingLoanInput[]> {
    const loans = (await this.loans.forCustomer(ctx, customerId)).filter(
      (l) => l.status === LoanStatus.ACTIVE,
    );
    const rateChanges = await Promise.all(loans.map((l) => this.loans.loadersOf(ctx).rateChanges.load(l.id)));
    const schedules = await Promise.all(loans.map((l) => this.loans.scheduleOf(ctx, l)));
    return loans.map((loan, i) => {
      const open = schedules[i].filter((row) => row.number > loan.paidInstallments);
      const nextYear = open.slice(0, 12).reduce((sum, row) => sum.plus(row.payment), new Decimal(0));
      return {
        id: toGlobalId(LOAN_TYPE, loan.id),
        label: `${loan.lender} ${loan.loanNumber}`,
        kind: loan.kind,
        balance: loan.outstandingPrincipal,
        annualRate: currentRate(loan, rateChanges[i]),
        repaymentMethod: loan.repaymentMethod,
        remainingMonths: Math.max(1, open.length),
        rateType: loan.rateType,
        // Amortising loans count their real next 12 months; overdrafts and bullet loans follow the rule set's
        // deemed-maturity rules, so no figure is passed for them.
        ...(loan.repaymentMethod !== RepaymentMethod.BULLET && loan.kind !== LoanKind.OVERDRAFT
          ? { annualDebtService: Decimal.max(0, nextYear.minus(loan.partialCredit)).toFixed(0) }
          : {}),
      };
    });
  }
}
