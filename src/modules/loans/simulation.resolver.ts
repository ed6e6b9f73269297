import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { money } from '../../common/money';
import type { LimitFigures, LoanLimitSimulation } from './simulation';
import { SimulateLoanLimitInput } from './simulation.inputs';
import { SimulationService } from './simulation.service';
import {
  LimitFiguresType,
  LoanLimitSimulationType,
  MissingIncomeErrorType,
  SimulateLoanLimitResult,
} from './simulation.type';

const maybeMoney = (value: string | null) => (value === null ? null : money(value));

function figures(f: LimitFigures): LimitFiguresType {
  return {
    annualIncome: money(f.annualIncome),
    dsrCapAmount: money(f.dsrCapAmount),
    existingAnnualDebtService: money(f.existingAnnualDebtService),
    dsrRoom: money(f.dsrRoom),
    dsrLimit: money(f.dsrLimit),
    ltvLimit: maybeMoney(f.ltvLimit),
    maxLoan: money(f.maxLoan),
    bindingConstraint: f.bindingConstraint,
    newLoanAnnualRate: f.newLoanAnnualRate,
    stressedAnnualRate: f.stressedAnnualRate,
    newLoanAnnualDebtService: money(f.newLoanAnnualDebtService),
    dsrBefore: f.dsrBefore,
    dsrAfter: f.dsrAfter,
  };
}

function toSimulationType(s: LoanLimitSimulation): LoanLimitSimulationType {
  return Object.assign(new LoanLimitSimulationType(), {
    ...figures(s),
    evaluationDate: s.evaluationDate,
    ruleSet: s.ruleSet,
    lenderType: s.lenderType,
    capitalRegion: s.capitalRegion,
    dsrCapRatio: s.dsrCapRatio,
    debtService: s.debtService.map((d) => ({
      sourceId: d.sourceId,
      kind: d.kind,
      basis: d.basis,
      balance: money(d.balance),
      principal: maybeMoney(d.principal),
      interest: maybeMoney(d.interest),
      total: money(d.total),
    })),
    stress: {
      ruleId: s.stress.ruleId,
      baseAddOn: s.stress.baseAddOn,
      rateTypeFactor: s.stress.rateTypeFactor,
      appliedAddOn: s.stress.appliedAddOn,
      stressedAnnualRate: s.stress.stressedAnnualRate,
      floor: s.stress.floor,
      appliedAtLimit: s.stress.appliedAtLimit,
    },
    requestedAmount: maybeMoney(s.requestedAmount),
    scenarios: s.scenarios.map((r) => ({
      ...figures(r),
      id: r.id,
      label: r.label,
      changeVsBaseline: money(r.changeVsBaseline),
      messageKo: r.messageKo,
      messageEn: r.messageEn,
    })),
    advice: s.advice.map((a) => ({
      ...a,
      targetLimit: money(a.targetLimit),
      requiredAmount: maybeMoney(a.requiredAmount),
      resultingIncome: maybeMoney(a.resultingIncome),
      resultingLimit: money(a.resultingLimit),
      limitIncrease: money(a.limitIncrease),
    })),
    assumptions: s.assumptions,
    debtCount: s.debtService.length,
  });
}

@Resolver()
export class SimulationResolver {
  constructor(private readonly simulations: SimulationService) {}

  @Query(() => SimulateLoanLimitResult, {
    description:
      'Future loan-limit simulation (미래 대출 한도): the largest new loan under DSR with stress DSR (and LTV), ' +
      'what-if scenarios and advice. Uses the dated rule set in force on evaluationDate and names it.',
  })
  async simulateLoanLimit(
    @Arg('input', () => SimulateLoanLimitInput, {
      description: 'The new loan, the lender type, what-if scenarios and advice targets.',
    })
    input: SimulateLoanLimitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SimulateLoanLimitResult> {
    const result = await this.simulations.simulate(ctx, input);
    return result.type === 'MissingIncomeError'
      ? Object.assign(new MissingIncomeErrorType(), {
          code: result.code,
          message: result.message,
          messageKo: result.messageKo,
        })
      : toSimulationType(result);
  }
}
