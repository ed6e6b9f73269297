import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { toFraudCaseType } from './fraud.mapper';
import { FraudCaseState, FraudDecision } from './fraud.model';
import { FraudService } from './fraud.service';
import { FraudCaseConnection, FraudCaseType } from './fraud.type';

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
