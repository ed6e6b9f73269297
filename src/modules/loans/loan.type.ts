import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money, Node } from '../../common/graphql/types';
import { DecimalScalar } from '../../common/graphql/scalars';
import {
  InterestConvention,
  LenderType,
  LoanKind,
  LoanStatus,
  RateType,
  RepaymentKind,
  RepaymentMethod,
} from './loan.enums';

registerEnumType(LoanKind, {
  name: 'LoanKind',
  valuesConfig: {
    AUTO: { description: 'Car loan (자동차 대출).' },
    CARD_LOAN: { description: 'Card loan (카드론).' },
    CREDIT: { description: 'Unsecured credit loan (신용대출).' },
    JEONSE: { description: 'Jeonse deposit loan (전세자금대출).' },
    MORTGAGE: { description: 'Mortgage (주택담보대출).' },
    OVERDRAFT: { description: 'Overdraft line (마이너스통장).' },
  },
  description: 'Kind of loan (주택담보, 전세, 신용, 마이너스통장, 카드론, 자동차).',
});
registerEnumType(RepaymentMethod, {
  name: 'RepaymentMethod',
  valuesConfig: {
    BULLET: { description: '만기일시: interest monthly, principal at maturity.' },
    EQUAL_PRINCIPAL: { description: '원금균등: equal principal, interest on the balance.' },
    LEVEL_PAYMENT: { description: '원리금균등: equal instalments of principal and interest.' },
  },
  description: 'LEVEL_PAYMENT 원리금균등, EQUAL_PRINCIPAL 원금균등, BULLET 만기일시.',
});
registerEnumType(RateType, {
  name: 'RateType',
  valuesConfig: {
    FIXED: { description: 'Fixed for the whole term (고정금리).' },
    MIXED: { description: 'Fixed for fixedPeriodMonths, then variable (혼합형).' },
    PERIODIC_RESET: { description: 'Reset at fixed intervals (주기형).' },
    VARIABLE: { description: 'Follows a reference rate (변동금리).' },
  },
  description: 'FIXED, VARIABLE, MIXED (fixed then variable), PERIODIC_RESET.',
});
registerEnumType(InterestConvention, {
  name: 'InterestConvention',
  valuesConfig: {
    DAILY_ACTUAL_365: { description: 'Balance × rate × days ÷ 365 (366 in leap years).' },
    MONTHLY: { description: 'Balance × rate ÷ 12 per instalment.' },
  },
  description:
    'MONTHLY: balance × rate ÷ 12; DAILY_ACTUAL_365: balance × rate × days ÷ 365 (366 in leap years).',
});
registerEnumType(LenderType, {
  name: 'LenderType',
  valuesConfig: {
    BANK: { description: 'A bank (은행권): the bank DSR cap applies.' },
    NON_BANK: { description: 'A non-bank lender (제2금융권): the non-bank DSR cap applies.' },
  },
  description: 'Bank or non-bank lender (DSR caps differ).',
});
registerEnumType(LoanStatus, {
  name: 'LoanStatus',
  valuesConfig: {
    ACTIVE: { description: 'Being repaid.' },
    CLOSED: { description: 'Repaid in full or refinanced.' },
    WRITTEN_OFF: { description: 'Written off (상각).' },
  },
  description: 'Lifecycle status of a loan.',
});
registerEnumType(RepaymentKind, {
  name: 'RepaymentKind',
  valuesConfig: {
    FULL: { description: 'Pays off the whole loan (principal, interest, penalty and prepayment fee).' },
    PARTIAL: { description: 'Less than what is due; allocated like a regular payment.' },
    PREPAYMENT: {
      description: 'Principal paid ahead of schedule, with accrued interest and the dated prepayment fee.',
    },
    REGULAR: { description: 'The instalment due (never beyond what is due by the value date).' },
  },
  description: 'How a repayment was made.',
});

@ObjectType('Loan', { implements: Node, description: "A customer's loan." })
export class LoanType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  localId!: string;
  customerLocalId!: string;

  @Field({ description: 'Loan number, e.g. L000000042.' })
  loanNumber!: string;

  @Field(() => LoanKind, { description: 'Kind of loan.' })
  kind!: LoanKind;

  @Field(() => RepaymentMethod, { description: 'Repayment method.' })
  repaymentMethod!: RepaymentMethod;

  @Field(() => RateType, { description: 'Rate type.' })
  rateType!: RateType;

  @Field(() => Int, {
    nullable: true,
    description: 'Fixed period of a MIXED or PERIODIC_RESET loan, in months.',
  })
  fixedPeriodMonths!: number | null;

  @Field(() => InterestConvention, { description: 'How interest accrues.' })
  interestConvention!: InterestConvention;

  @Field({ description: 'Lender name.' })
  lender!: string;

  @Field(() => LenderType, { description: 'Bank or non-bank.' })
  lenderType!: LenderType;

  @Field(() => Money, { description: 'Amount disbursed.' })
  principal!: Money;

  @Field(() => Money, { nullable: true, description: 'Credit line of an overdraft (마이너스통장).' })
  creditLimit!: Money | null;

  @Field(() => DecimalScalar, {
    description: 'Annual interest rate at disbursement, as a decimal, e.g. "0.0450".',
  })
  annualRate!: string;

  @Field(() => Int, { description: 'Term in months.' })
  termMonths!: number;

  @Field(() => Int, { description: 'Interest-only months at the start.' })
  graceMonths!: number;

  @Field(() => LocalDateResolver, { description: 'Disbursement date.' })
  disbursedOn!: string;

  @Field(() => LocalDateResolver, { description: 'Maturity date.' })
  maturityOn!: string;

  @Field(() => Money, { nullable: true, description: 'Collateral value (mortgages, auto loans).' })
  collateralValue!: Money | null;

  @Field(() => LoanStatus, { description: 'Status.' })
  status!: LoanStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the loan was repaid in full.' })
  closedOn!: string | null;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed.' })
  updatedAt!: Date;
}
