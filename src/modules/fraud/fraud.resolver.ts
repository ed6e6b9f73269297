import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loaders, type RequestContext } from '../../common/context';
import { fromGlobalId } from '../../common/global-id';
import { PageArgsInput } from '../../common/graphql/page.args';
import { toFraudCaseType } from './fraud.mapper';
import { FraudCaseState, FraudDecision } from './fraud.model';
import { FraudService } from './fraud.service';
import { FraudCaseConnection, FraudCaseType, SupervisedFraudScoreType } from './fraud.type';

@Resolver()
export class FraudResolver {
  constructor(private readonly service: FraudService) {}

  @Query(() => FraudCaseConnection, { description: 'Fraud cases, newest first (ANALYST/ADMIN).' })
  async fraudCases(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('state', () => FraudCaseState, { nullable: true, description: 'Only cases in this state.' })
    state: FraudCaseState | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof FraudCaseConnection>> {
    return FraudCaseConnection.from(await this.service.list(ctx, page, state ?? null), toFraudCaseType);
  }

  @Mutation(() => FraudCaseType, {
    description:
      'Reports one of your own card purchases as not made by you ("not me", CUSTOMER): opens a fraud case or ' +
      'adds your report to the existing one. Repeating it changes nothing.',
  })
  async reportTransactionNotMine(
    @Arg('transactionId', () => ID, { description: 'Id of the card transaction (as in anomalies).' })
    transactionId: string,
    @Arg('note', () => String, {
      nullable: true,
      description: 'What you know about it (up to 500 characters).',
    })
    note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FraudCaseType> {
    return toFraudCaseType(await this.service.reportNotMine(ctx, transactionId, note ?? null));
  }

  @Mutation(() => FraudCaseType, {
    description: 'Confirms or dismisses an open fraud case with a reason (ANALYST/ADMIN); audited.',
  })
  async resolveFraudCase(
    @Arg('id', () => ID, { description: 'Id of the case.' }) id: string,
    @Arg('decision', () => FraudDecision, { description: 'Fraud or genuine.' }) decision: FraudDecision,
    @Arg('reason', { description: 'Why (3–500 characters).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FraudCaseType> {
    return toFraudCaseType(await this.service.resolve(ctx, id, decision, reason));
  }
}

/** FraudCase.supervisedScore: a page of cases is scored in one batch (one history statement per request). */
@Resolver(() => FraudCaseType)
export class FraudCaseFieldsResolver {
  private readonly scores = (ctx: RequestContext) =>
    new DataLoader<FraudCaseType, SupervisedFraudScoreType | null, string>(
      async (cases) => {
        const scores = await this.service.supervisedScores(
          ctx,
          cases.map((c) => ({
            transactionId: c.transactionId,
            customerId: fromGlobalId(c.customerId).id,
            merchantName: c.merchantName,
            amount: c.amount.amount,
            occurredAt: c.occurredAt,
          })),
        );
        return scores.map(
          (s) =>
            s && {
              score: s.score,
              logisticProbability: s.logistic,
              treeProbability: s.gbdt,
              modelVersion: s.modelVersion,
            },
        );
      },
      { cacheKeyFn: (c) => c.id },
    );

  constructor(private readonly service: FraudService) {}

  @FieldResolver(() => SupervisedFraudScoreType, {
    nullable: true,
    description:
      'The transaction as the newest supervised fraud model scores it, beside the anomaly `score`; null while no ' +
      'model has been fitted (the refit needs at least one confirmed case).',
  })
  supervisedScore(
    @Root() fraudCase: FraudCaseType,
    @Ctx() ctx: RequestContext,
  ): Promise<SupervisedFraudScoreType | null> {
    return loaders(ctx, this.scores).load(fraudCase);
  }
}
