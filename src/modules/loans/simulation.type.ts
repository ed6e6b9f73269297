import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import { ErrorResult, Money } from '../../common/graphql/types';
import { LenderType } from './loan.enums';
import { AdviceGoal, AdviceStatus, BindingConstraint, DebtServiceBasis, LoanPurpose } from './simulation';

registerEnumType(BindingConstraint, {
  name: 'BindingConstraint',
  valuesConfig: {
    DSR: { description: 'The debt-service ratio cap (with the stress add-on) limits the loan.' },
    LTV: { description: 'The loan-to-value cap on the collateral limits the loan.' },
    NONE: { description: 'A requested amount was given and fits under every limit.' },
  },
  description: 'What caps the limit: DSR, LTV, or NONE.',
});
registerEnumType(DebtServiceBasis, {
  name: 'DebtServiceBasis',
  valuesConfig: {
    PROVIDED: { description: "The caller's figure from the real repayment schedule." },
    SCHEDULE: {
      description:
        'Principal + interest due over the next 12 months of a level-payment or equal-principal schedule.',
    },
    DEEMED_MATURITY: {
      description:
        "Balance ÷ deemed maturity + a year's interest (credit-type loans, overdrafts, card debt).",
    },
    INTEREST_ONLY: { description: 'Interest only: the rule set excludes the principal (jeonse loans).' },
    BULLET_SPREAD: {
      description:
        'Bullet loans of other kinds: balance spread over the remaining term (capped), plus interest.',
    },
    EXCLUDED: {
      description:
        'Not counted by the rule set (e.g. card debt when the rule set follows the letter of the regulation).',
    },
  },
  description: "How a debt's annual service was counted.",
});
registerEnumType(AdviceGoal, {
  name: 'AdviceGoal',
  valuesConfig: {
    RAISE_INCOME: { description: 'Smallest rise in annual income that reaches the target limit.' },
    REPAY_CARD_DEBT: {
      description: 'Smallest repayment of revolving card debt that reaches the target limit.',
    },
    REPAY_LOAN: {
      description: 'Smallest (partial) repayment of one existing loan that reaches the target limit.',
    },
  },
  description: 'The lever an advice request asks about.',
});
registerEnumType(AdviceStatus, {
  name: 'AdviceStatus',
  valuesConfig: {
    ALREADY_MET: { description: 'The limit already reaches the target: nothing to do.' },
    REACHABLE: { description: 'The lever reaches the target; the advice gives the amount needed.' },
    UNREACHABLE: {
      description: 'Even the whole lever (e.g. repaying the loan in full) does not reach the target.',
    },
  },
  description: 'Whether the target limit can be reached.',
});
registerEnumType(LoanPurpose, {
  name: 'LoanPurpose',
  valuesConfig: {
    OTHER: { description: 'Anything else (생활안정, 대환, …).' },
    PURCHASE: { description: 'Buying a home (주택 구입).' },
  },
  description: 'Purpose of a mortgage (PURCHASE or OTHER).',
});

@ObjectType('DsrRuleSet', { description: 'The dated regulatory rule set a simulation used.' })
export class DsrRuleSetType {
  @Field({ description: 'Rule-set id, e.g. KR-SDSR-P3-2025-07.' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'First day the rules applied.' })
  effectiveFrom!: string;

  @Field({ description: 'What the rule set is.' })
  title!: string;
}

@ObjectType('DebtServiceLine', { description: "One debt's annual debt service as counted for DSR." })
export class DebtServiceLineType {
  @Field({ description: 'Global id of the loan (or CARD_DEBT).' })
  sourceId!: string;

  @Field({ description: 'Loan kind, or CARD_DEBT.' })
  kind!: string;

  @Field(() => DebtServiceBasis, { description: 'How it was counted.' })
  basis!: DebtServiceBasis;

  @Field(() => Money, { description: 'Balance.' })
  balance!: Money;

  @Field(() => Money, { nullable: true, description: 'Principal part of a year of service.' })
  principal!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Interest part of a year of service.' })
  interest!: Money | null;

  @Field(() => Money, { description: 'Annual debt service counted.' })
  total!: Money;
}

@ObjectType('StressDetail', { description: 'How the stress DSR rate of the new loan was set.' })
export class StressDetailType {
  @Field(() => String, { nullable: true, description: 'Stress rule that matched.' })
  ruleId!: string | null;

  @Field(() => DecimalScalar, { description: 'Add-on of the phase before the rate-type factor.' })
  baseAddOn!: string;

  @Field(() => DecimalScalar, { description: 'Rate-type factor applied (1 = variable, 0 = fixed).' })
  rateTypeFactor!: string;

  @Field(() => DecimalScalar, { description: 'Add-on actually applied.' })
  appliedAddOn!: string;

  @Field(() => DecimalScalar, { description: 'Stressed annual rate used for the new loan.' })
  stressedAnnualRate!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Minimum stress add-on (floor) if one applied.',
  })
  floor!: string | null;

  @Field({ description: 'Whether stress applied at the computed limit.' })
  appliedAtLimit!: boolean;
}

// Its fields are inherited by the simulation and scenario result types (not referenced on its own).
@ObjectType('LoanLimitFigures', { description: 'A limit and the numbers that produced it.' })
export class LimitFiguresType {
  @Field(() => Money, { description: 'Annual income used.' })
  annualIncome!: Money;

  @Field(() => Money, { description: 'Income × DSR cap.' })
  dsrCapAmount!: Money;

  @Field(() => Money, { description: 'Annual debt service of existing debts.' })
  existingAnnualDebtService!: Money;

  @Field(() => Money, { description: 'Debt service still allowed under the cap.' })
  dsrRoom!: Money;

  @Field(() => Money, { description: 'Largest new loan under DSR.' })
  dsrLimit!: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'Largest new loan under LTV, when collateral was given.',
  })
  ltvLimit!: Money | null;

  @Field(() => Money, { description: 'The limit: the smaller of the DSR and LTV limits.' })
  maxLoan!: Money;

  @Field(() => BindingConstraint, { description: 'What caps the limit.' })
  bindingConstraint!: BindingConstraint;

  @Field(() => DecimalScalar, { description: "New loan's annual rate." })
  newLoanAnnualRate!: string;

  @Field(() => DecimalScalar, { description: "New loan's stressed rate." })
  stressedAnnualRate!: string;

  @Field(() => Money, { description: "New loan's annual debt service at the limit." })
  newLoanAnnualDebtService!: Money;

  @Field(() => DecimalScalar, { description: 'DSR before the new loan.' })
  dsrBefore!: string;

  @Field(() => DecimalScalar, { description: 'DSR with the new loan at the limit.' })
  dsrAfter!: string;
}

@ObjectType('LoanLimitScenarioResult', { description: 'The limit under one what-if scenario.' })
export class ScenarioResultType extends LimitFiguresType {
  // Shown as `key`, not `id`: it is the client's own label ("raise"), so a normalising cache (Apollo, Relay,
  // urql Graphcache) would merge the results of different simulations under one `id`.
  @Field({
    name: 'key',
    description: 'The `id` you gave this scenario in the request (your label, not a globally unique id).',
  })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Scenario label.' })
  label!: string | null;

  @Field(() => Money, { description: 'Limit change against the baseline (negative when lower).' })
  changeVsBaseline!: Money;

  @Field({ description: 'Explanation in Korean.' })
  messageKo!: string;

  @Field({ description: 'Explanation in English.' })
  messageEn!: string;
}

@ObjectType('LoanLimitAdvice', { description: 'The smallest change that reaches a target limit.' })
export class AdviceResultType {
  @Field(() => String, {
    name: 'key',
    nullable: true,
    description: 'The `id` you gave this advice request (your label, not a globally unique id).',
  })
  id!: string | null;

  @Field(() => AdviceGoal, { description: 'The lever.' })
  goal!: AdviceGoal;

  @Field(() => String, { nullable: true, description: 'Global id of the loan to repay.' })
  loanId!: string | null;

  @Field(() => Money, { description: 'Target limit.' })
  targetLimit!: Money;

  @Field(() => AdviceStatus, { description: 'Whether it is reachable.' })
  status!: AdviceStatus;

  @Field(() => Money, {
    nullable: true,
    description: 'Smallest repayment (or income rise) that reaches the target.',
  })
  requiredAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Income after the rise (RAISE_INCOME).' })
  resultingIncome!: Money | null;

  @Field(() => Money, { description: 'Limit after the change.' })
  resultingLimit!: Money;

  @Field(() => Money, { description: 'How much the limit rises.' })
  limitIncrease!: Money;

  @Field(() => BindingConstraint, { description: 'What caps the resulting limit.' })
  bindingConstraint!: BindingConstraint;

  @Field({ description: 'Advice in Korean, with the figures.' })
  messageKo!: string;

  @Field({ description: 'Advice in English, with the figures.' })
  messageEn!: string;
}

@ObjectType('LoanLimitSimulation', {
  description: 'The largest new loan under DSR / stress DSR (and LTV), with what-ifs and advice.',
})
export class LoanLimitSimulationType extends LimitFiguresType {
  @Field(() => LocalDateResolver, { description: 'Date the rules were applied for.' })
  evaluationDate!: string;

  @Field(() => DsrRuleSetType, { description: 'The rule set used.' })
  ruleSet!: DsrRuleSetType;

  @Field(() => LenderType, { description: 'Lender type (sets the DSR cap).' })
  lenderType!: LenderType;

  @Field({ description: 'Whether the borrower is in the capital region (서울·경기·인천).' })
  capitalRegion!: boolean;

  @Field(() => DecimalScalar, { description: 'DSR cap, e.g. "0.40".' })
  dsrCapRatio!: string;

  @Field(() => [DebtServiceLineType], { description: 'Each existing debt as counted.' })
  debtService!: DebtServiceLineType[];

  @Field(() => StressDetailType, { description: 'Stress DSR detail.' })
  stress!: StressDetailType;

  @Field(() => Money, { nullable: true, description: 'The amount asked for, if any.' })
  requestedAmount!: Money | null;

  @Field(() => [ScenarioResultType], { description: 'What-if results, in request order.' })
  scenarios!: ScenarioResultType[];

  @Field(() => [AdviceResultType], { description: 'Advice results, in request order.' })
  advice!: AdviceResultType[];

  @Field(() => [String], { description: 'Assumptions the calculation made.' })
  assumptions!: string[];

  @Field(() => Int, { description: 'Number of existing debts counted.' })
  debtCount!: number;
}

@ObjectType('MissingIncomeError', {
  implements: ErrorResult,
  description: 'No (positive) income to simulate with.',
})
export class MissingIncomeErrorType implements ErrorResult {
  @Field({ description: 'MISSING_INCOME' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field({ description: 'Explanation in Korean.' })
  messageKo!: string;
}

export const SimulateLoanLimitResult = createUnionType({
  name: 'SimulateLoanLimitResult',
  description: 'A simulation, or why none could be made.',
  types: () => [LoanLimitSimulationType, MissingIncomeErrorType] as const,
});
