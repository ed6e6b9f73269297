import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/graphql/scalars';
import { connectionTypes, Money } from '../../common/graphql/types';
import { LoanType } from './loan.type';

export const { ConnectionType: LoanConnection } = connectionTypes('Loan', LoanType);

@ObjectType('LoanStatsGroup', {
  description: 'Loan counts and amounts for one group (all loans, one status or one kind).',
})
export class LoanStatsGroup {
  @Field(() => String, {
    nullable: true,
    description: 'The status or kind of the group; null for all loans.',
  })
  key!: string | null;

  @Field(() => Int, { description: 'Number of loans.' })
  count!: number;

  @Field(() => Money, { description: 'Sum of amounts disbursed.' })
  totalPrincipal!: Money;

  @Field(() => Money, { description: 'Sum of outstanding principal.' })
  totalOutstanding!: Money;

  @Field(() => Money, { description: 'Average amount disbursed (truncated to the won).' })
  averagePrincipal!: Money;

  @Field(() => Int, { description: 'Active loans with an overdue instalment today.' })
  delinquentCount!: number;

  @Field(() => DecimalScalar, { description: 'Delinquent ÷ active loans, e.g. "0.0312".' })
  delinquencyRate!: string;
}

@ObjectType('LoanStats', { description: 'Portfolio statistics, computed in SQL (staff).' })
export class LoanStats {
  @Field(() => LoanStatsGroup, { description: 'All loans.' })
  total!: LoanStatsGroup;

  @Field(() => [LoanStatsGroup], { description: 'By status.' })
  byStatus!: LoanStatsGroup[];

  @Field(() => [LoanStatsGroup], { description: 'By kind.' })
  byKind!: LoanStatsGroup[];
}
