import { Arg, Args, Ctx, createUnionType, Mutation, Query, Resolver, ID } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import {
  ApplyForRefinanceInput,
  RefinanceApplicationFilterInput,
  RefinanceProductFilterInput,
  TransitionRefinanceApplicationInput,
} from './refinancing.inputs';
import { RefinanceCatalogueService } from './refinance-catalogue.service';
import { RefinanceApplicationService } from './refinance-application.service';
import {
  IllegalRefinanceTransition,
  RefinanceApplicationExists,
  RefinanceNotEligible,
  RefinanceVersionConflict,
} from './refinancing.errors';
import { toApplicationType, toProductType } from './refinancing.mapper';
import {
  ApplyForRefinancePayload,
  IllegalRefinanceTransitionError,
  RefinanceApplicationConnection,
  RefinanceApplicationExistsError,
  RefinanceApplicationType,
  RefinanceNotEligibleError,
  RefinanceNotEligibleReason,
  RefinanceProductConnection,
  RefinanceVersionConflictError,
  TransitionRefinanceApplicationPayload,
} from './refinancing.type';

export const ApplyForRefinanceResult = createUnionType({
  name: 'ApplyForRefinanceResult',
  description: 'The submitted application, or why nothing was submitted.',
  types: () =>
    [ApplyForRefinancePayload, RefinanceNotEligibleError, RefinanceApplicationExistsError] as const,
});

export const TransitionRefinanceApplicationResult = createUnionType({
  name: 'TransitionRefinanceApplicationResult',
  description: 'The application in its new status, or why nothing was changed.',
  types: () =>
    [
      TransitionRefinanceApplicationPayload,
      IllegalRefinanceTransitionError,
      RefinanceVersionConflictError,
    ] as const,
});

export function toVersionConflictError(e: RefinanceVersionConflict): RefinanceVersionConflictError {
  return Object.assign(new RefinanceVersionConflictError(), {
    code: e.code,
    message: e.message,
    expectedVersion: e.expectedVersion,
    currentVersion: e.currentVersion,
    currentStatus: e.currentStatus,
  });
}

// Thin: arguments + viewer → one service call → map.
@Resolver(() => RefinanceApplicationType)
export class RefinancingResolver {
  constructor(
    private readonly catalogue: RefinanceCatalogueService,
    private readonly applications: RefinanceApplicationService,
  ) {}

  @Query(() => RefinanceProductConnection, {
    description: 'The refinance product catalogue (products on sale unless activeOnly: false).',
  })
  async refinanceProducts(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => RefinanceProductFilterInput, {
      nullable: true,
      description: 'Only products matching every given criterion.',
    })
    filter: RefinanceProductFilterInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof RefinanceProductConnection>> {
    return RefinanceProductConnection.from(
      await this.catalogue.list(ctx, { ...page, filter }),
      toProductType,
    );
  }

  @Query(() => RefinanceApplicationType, {
    description: 'One refinance application. Customers may read only their own.',
  })
  async refinanceApplication(
    @Arg('id', () => ID, { description: 'Global id of the refinance application.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceApplicationType> {
    return toApplicationType(await this.applications.getByGlobalId(ctx, id));
  }

  @Query(() => RefinanceApplicationConnection, {
    description: 'Refinance applications, oldest first (staff: all; a customer: their own).',
  })
  async refinanceApplications(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => RefinanceApplicationFilterInput, {
      nullable: true,
      description: 'Only applications matching every given criterion.',
    })
    filter: RefinanceApplicationFilterInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof RefinanceApplicationConnection>> {
    return RefinanceApplicationConnection.from(
      await this.applications.list(ctx, { ...page, filter }),
      toApplicationType,
    );
  }

  @Mutation(() => ApplyForRefinanceResult, {
    description:
      'Applies to refinance a loan with a product (the borrowing customer, or an ADMIN on their behalf). ' +
      "The rate is the product's band rate for the customer's credit score today.",
  })
  async applyForRefinance(
    @Arg('input', () => ApplyForRefinanceInput, {
      description: 'The loan to refinance and the product to move it to.',
    })
    input: ApplyForRefinanceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof ApplyForRefinanceResult> {
    const result = await this.applications.apply(ctx, input);
    if (result instanceof RefinanceNotEligible) {
      return Object.assign(new RefinanceNotEligibleError(), {
        code: result.code,
        message: result.message,
        reason: result.reason as RefinanceNotEligibleReason,
      });
    }
    if (result instanceof RefinanceApplicationExists) {
      return Object.assign(new RefinanceApplicationExistsError(), {
        code: result.code,
        message: result.message,
        existing: toApplicationType(result.existing),
      });
    }
    return Object.assign(new ApplyForRefinancePayload(), { application: toApplicationType(result) });
  }

  @Mutation(() => TransitionRefinanceApplicationResult, {
    description:
      'Moves an application: staff (ADMIN, ANALYST) to REVIEWING, APPROVED, REJECTED or CANCELLED; an ADMIN to ' +
      'DISBURSED, which pays off and closes the old loan and books the new one; the customer to WITHDRAWN before ' +
      'a decision. ' +
      'Every transition is recorded in application.events.',
  })
  async transitionRefinanceApplication(
    @Arg('input', () => TransitionRefinanceApplicationInput, {
      description: 'The application, the status to move it to, a reason and the version it was read at.',
    })
    input: TransitionRefinanceApplicationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof TransitionRefinanceApplicationResult> {
    const result = await this.applications.transition(ctx, input);
    if (result instanceof IllegalRefinanceTransition) {
      return Object.assign(new IllegalRefinanceTransitionError(), {
        code: result.code,
        message: result.message,
        from: result.from,
        to: result.to,
        allowed: result.allowed,
      });
    }
    if (result instanceof RefinanceVersionConflict) return toVersionConflictError(result);
    return Object.assign(new TransitionRefinanceApplicationPayload(), {
      application: toApplicationType(result),
    });
  }
}
