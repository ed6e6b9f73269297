import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { toPortfolioInsightsType, toPortfolioSpendingType } from './portfolio.mapper';
import { PortfolioService } from './portfolio.service';
import { PortfolioInsightsType, PortfolioSpendingType } from './portfolio.type';

@Resolver()
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Query(() => PortfolioSpendingType, {
    description: 'Card spending of the whole portfolio by quarter and category (ANALYST or ADMIN).',
  })
  async portfolioSpending(
    @Arg('quarters', () => Int, {
      defaultValue: 4,
      description: 'How many of the newest stored quarters (1–40).',
    })
    quarters: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioSpendingType> {
    return toPortfolioSpendingType(await this.service.spending(ctx, quarters));
  }

  @Query(() => PortfolioInsightsType, {
    description:
      'Health-score and life-stage distribution over a quarter’s customers (ANALYST or ADMIN; cached by data version).',
  })
  async portfolioInsights(
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Quarter label like 2025Q3; default the newest stored quarter.',
    })
    quarter: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioInsightsType> {
    return toPortfolioInsightsType(await this.service.insightsDistribution(ctx, quarter ?? null));
  }
}
