import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { money } from '../../common/money';
import { CustomerService, CustomerType, toCustomerType } from '../customers';
import { CreateLoanInput, LoanFilterInput, LoanOrderInput, ResetLoanRateInput } from './loan.inputs';
import { LoanConnection, LoanStats, LoanStatsGroup } from './loan-results.type';
import { toLoanType } from './loan.mapper';
import type { LoanStatsRow } from './loan.model';
import { LoanService } from './loan.service';
import { LocalDateResolver } from 'graphql-scalars';
import { AssetClass, CreditBureauFlag, CustomerDelinquencySummaryType } from './delinquency.type';
import { LoanType } from './loan.type';

function toGroup(row: LoanStatsRow): LoanStatsGroup {
  return {
    key: row.key,
    count: row.count,
    totalPrincipal: money(row.principal),
    totalOutstanding: money(row.outstanding),
    averagePrincipal: money(row.averagePrincipal),
    delinquentCount: row.delinquent,
    delinquencyRate: row.delinquencyRate,
  };
}

@Resolver(() => LoanType)
export class LoanResolver {
  constructor(
    private readonly service: LoanService,
    private readonly customers: CustomerService,
  ) {}

  @Query(() => LoanType, { description: 'One loan. Customers may read only their own loans.' })
  async loan(
    @Arg('id', () => ID, { description: 'Global id of the loan.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanType> {
    return toLoanType(await this.service.getByGlobalId(ctx, id));
  }

  @Query(() => LoanConnection, {
    description: 'Loans (staff: all; a customer: their own), with search, filters and order.',
  })
  async loans(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('search', () => String, {
      nullable: true,
      description: "Customer name, start of the customer's e-mail, or exact loan number.",
    })
    search: string | undefined,
    @Arg('filter', () => LoanFilterInput, {
      nullable: true,
      description: 'Only loans matching every given criterion.',
    })
    filter: LoanFilterInput | undefined,
    @Arg('orderBy', () => LoanOrderInput, {
      nullable: true,
      description: 'Sort order (default: newest first).',
    })
    orderBy: LoanOrderInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof LoanConnection>> {
    return LoanConnection.from(
      await this.service.list(ctx, { ...page, search, filter, orderBy }),
      toLoanType,
    );
  }

  @Query(() => LoanStats, {
    description: 'Counts, amounts and delinquency rates by status and kind (staff).',
  })
  async loanStats(@Ctx() ctx: RequestContext): Promise<LoanStats> {
    const rows = await this.service.stats(ctx);
    const total = rows.find((r) => r.dimension === 'ALL')!;
    return {
      total: toGroup(total),
      byStatus: rows.filter((r) => r.dimension === 'STATUS').map(toGroup),
      byKind: rows.filter((r) => r.dimension === 'KIND').map(toGroup),
    };
  }

  @Mutation(() => LoanType, { description: 'Books a loan for a customer (ADMIN).' })
  async createLoan(
    @Arg('input', () => CreateLoanInput, { description: 'The loan to create.' }) input: CreateLoanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanType> {
    return toLoanType(await this.service.create(ctx, input));
  }

  @Mutation(() => LoanType, {
    description:
      'Changes the rate of a variable / mixed / periodic-reset loan from an unpaid instalment on (ADMIN).',
  })
  async resetLoanRate(
    @Arg('input', () => ResetLoanRateInput, { description: 'The loan, the new rate and its effective date.' })
    input: ResetLoanRateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanType> {
    return toLoanType(await this.service.resetRate(ctx, input));
  }

  @FieldResolver(() => CustomerType, { description: 'The borrower.' })
  async customer(@Root() loan: LoanType, @Ctx() ctx: RequestContext): Promise<CustomerType> {
    return toCustomerType(await this.customers.getById(ctx, loan.customerLocalId), ctx.now());
  }
}

@Resolver(() => CustomerType)
export class CustomerLoansFieldResolver {
  constructor(private readonly service: LoanService) {}

  @FieldResolver(() => [LoanType], {
    description: "The customer's loans, oldest first (batched per request).",
  })
  async loans(@Root() customer: CustomerType, @Ctx() ctx: RequestContext): Promise<LoanType[]> {
    return (await this.service.forCustomer(ctx, customer.localId)).map(toLoanType);
  }

  @FieldResolver(() => CustomerDelinquencySummaryType, {
    description: "Arrears across the customer's loans.",
  })
  async delinquencySummary(
    @Root() customer: CustomerType,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'Date to assess (default today in Korea).',
    })
    asOf: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerDelinquencySummaryType> {
    const summary = await this.service.customerDelinquency(ctx, customer.localId, asOf);
    return {
      ...summary,
      totalOverdue: money(summary.totalOverdue),
      totalPenaltyInterest: money(summary.totalPenaltyInterest),
      worstAssetClass: summary.worstAssetClass as AssetClass,
      flags: summary.flags as CreditBureauFlag[],
    };
  }
}
