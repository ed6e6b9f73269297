import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import { Money } from '../../common/graphql/types';

export enum AssetClass {
  NORMAL = 'NORMAL',
  PRECAUTIONARY = 'PRECAUTIONARY',
  SUBSTANDARD = 'SUBSTANDARD',
  DOUBTFUL = 'DOUBTFUL',
  ESTIMATED_LOSS = 'ESTIMATED_LOSS',
}
registerEnumType(AssetClass, {
  name: 'AssetClass',
  valuesConfig: {
    NORMAL: { description: '정상: not past due, or less than DELINQUENCY_PRECAUTIONARY_DAYS.' },
    PRECAUTIONARY: { description: '요주의: past due from DELINQUENCY_PRECAUTIONARY_DAYS (30) days.' },
    SUBSTANDARD: { description: '고정: past due from DELINQUENCY_SUBSTANDARD_DAYS (90) days.' },
    DOUBTFUL: { description: '회수의문: past due from DELINQUENCY_DOUBTFUL_DAYS (180) days.' },
    ESTIMATED_LOSS: { description: '추정손실: past due from DELINQUENCY_ESTIMATED_LOSS_DAYS (360) days.' },
  },
  description:
    '자산건전성: NORMAL 정상, PRECAUTIONARY 요주의, SUBSTANDARD 고정, DOUBTFUL 회수의문, ESTIMATED_LOSS 추정손실.',
});

export enum CreditBureauFlag {
  SHORT_TERM = 'SHORT_TERM',
  LONG_TERM = 'LONG_TERM',
}
registerEnumType(CreditBureauFlag, {
  name: 'CreditBureauFlag',
  valuesConfig: {
    LONG_TERM: { description: '장기연체: past due for DELINQUENCY_LONG_TERM_MONTHS (3) months or more.' },
    SHORT_TERM: {
      description:
        '단기연체: at least DELINQUENCY_SHORT_TERM_MIN_AMOUNT past due for DELINQUENCY_SHORT_TERM_BUSINESS_DAYS business days.',
    },
  },
  description: 'Credit-bureau delinquency registrations: SHORT_TERM 단기연체, LONG_TERM 장기연체.',
});

@ObjectType('LoanDelinquency', {
  description: 'Arrears of a loan on a date (bucket boundaries are configuration).',
})
export class LoanDelinquencyType {
  @Field(() => LocalDateResolver, { description: 'Date assessed.' })
  asOf!: string;

  @Field(() => Money, { description: 'Past due and unpaid.' })
  overdueAmount!: Money;

  @Field(() => Int, { description: 'Past-due instalments not fully paid.' })
  overdueInstallments!: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Due date of the oldest unpaid instalment.',
  })
  oldestUnpaidDueDate!: string | null;

  @Field(() => Int, { description: 'Calendar days past due.' })
  daysPastDue!: number;

  @Field(() => Int, { description: 'Business days past due (weekends excluded).' })
  businessDaysPastDue!: number;

  @Field(() => AssetClass, { description: 'Asset classification bucket.' })
  assetClass!: AssetClass;

  @Field(() => [CreditBureauFlag], { description: 'Credit-bureau flags that apply.' })
  flags!: CreditBureauFlag[];

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the LONG_TERM flag applies (or applied).',
  })
  longTermFlagDate!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Penalty rate (연체이자율): the loan's current rate plus the configured add-on, capped (PENALTY_RATE_ADD_ON / PENALTY_RATE_MAX); null when nothing can be due (closed loan).",
  })
  penaltyRate!: string | null;

  @Field(() => Money, {
    description:
      'Penalty interest accrued day by day (actual/365) on the overdue amount up to and including asOf, less what repayments valued by asOf collected: still owed.',
  })
  penaltyInterest!: Money;

  @Field(() => Money, {
    description:
      'Penalty interest collected by repayments valued on or before asOf (settled before interest and principal).',
  })
  penaltyCollected!: Money;
}

@ObjectType('CustomerDelinquencySummary', { description: "Arrears across a customer's loans." })
export class CustomerDelinquencySummaryType {
  @Field(() => LocalDateResolver, { description: 'Date assessed.' })
  asOf!: string;

  @Field(() => Int, { description: 'Loans with anything overdue.' })
  delinquentLoans!: number;

  @Field(() => Money, { description: 'Overdue over all loans.' })
  totalOverdue!: Money;

  @Field(() => Money, { description: 'Penalty interest accrued over all loans.' })
  totalPenaltyInterest!: Money;

  @Field(() => Int, { description: 'Largest days past due among the loans.' })
  maxDaysPastDue!: number;

  @Field(() => AssetClass, { description: 'Worst bucket among the loans.' })
  worstAssetClass!: AssetClass;

  @Field(() => [CreditBureauFlag], { description: 'Flags on any loan.' })
  flags!: CreditBureauFlag[];
}
