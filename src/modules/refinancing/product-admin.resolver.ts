import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { badInputs } from '../../common/errors';
import { isUuid, localIdOf, toGlobalId } from '../../common/global-id';

const USER_TYPE = 'User'; // the auth module's global-id type of users
import { ProductChangeKind, type ProductTerms } from './product-admin.model';
import type { ProductAdminService } from './product-admin.service';
import {
  AddRefinanceRateBandsInput,
  CloseRefinanceRateBandInput,
  CreateRefinanceProductInput,
  RateBandInput,
  RetireRefinanceProductInput,
  UpdateRefinanceProductInput,
} from './product-admin.inputs';
import type { RefinanceCatalogueService } from './refinance-catalogue.service';
import { REFINANCE_PRODUCT_TYPE, REFINANCE_RATE_BAND_TYPE, toProductType } from './refinancing.mapper';
import { RefinanceProductType } from './refinancing.type';

registerEnumType(ProductChangeKind, {
  name: 'RefinanceProductChangeKind',
  description: 'What a change to a refinance product did.',
  valuesConfig: {
    CREATED: { description: 'The product was created with its first bands.' },
    UPDATED: { description: 'Its terms changed.' },
    RETIRED: { description: 'It was taken off sale from a day.' },
    BAND_ADDED: { description: 'Rate bands were added.' },
    BAND_CLOSED: { description: 'A rate band was ended.' },
  },
});

@ObjectType('RefinanceProductChange', {
  description: 'One change to a refinance product (versioned, audited).',
})
export class RefinanceProductChangeType {
  @Field(() => Int, { description: 'Product version after the change (1 = created).' })
  version!: number;

  @Field(() => ProductChangeKind, { description: 'What the change did.' })
  kind!: ProductChangeKind;

  @Field(() => ID, { nullable: true, description: 'Global id of the user who made it.' })
  actorUserId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why, as given.' })
  reason!: string | null;

  @Field({ description: 'The product and its bands after the change, as JSON.' })
  snapshot!: string;
}

const bandOf = (b: RateBandInput) => ({
  minScore: b.minScore,
  maxScore: b.maxScore,
  annualRate: b.annualRate,
  validFrom: b.validFrom,
  validTo: b.validTo ?? null,
});

const REQUIRED_TERMS = [
  'lender',
  'lenderType',
  'name',
  'rateType',
  'minTermMonths',
  'maxTermMonths',
  'maxAmount',
  'eligibleLoanKinds',
] as const;

function termsPatch(input: CreateRefinanceProductInput | UpdateRefinanceProductInput): Partial<ProductTerms> {
  const patch: Partial<ProductTerms> = {
    lender: input.lender,
    lenderType: input.lenderType,
    name: input.name,
    rateType: input.rateType,
    fixedPeriodMonths: input.fixedPeriodMonths,
    feeFixed: input.feeFixed,
    feeRate: input.feeRate,
    minTermMonths: input.minTermMonths,
    maxTermMonths: input.maxTermMonths,
    maxAmount: input.maxAmount,
    eligibleKinds: input.eligibleLoanKinds,
  };
  return Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as Partial<ProductTerms>;
}

/** Refinance product administration (ADMIN) and each product's change history (staff). */
@Resolver(() => RefinanceProductType)
export class ProductAdminResolver {
  constructor(
    private readonly admin: ProductAdminService,
    private readonly catalogue: RefinanceCatalogueService,
  ) {}

  private async product(ctx: RequestContext, id: string): Promise<RefinanceProductType> {
    return toProductType(await this.catalogue.getById(ctx, id));
  }

  @Mutation(() => RefinanceProductType, {
    description: 'Creates a refinance product with its rate bands (ADMIN).',
  })
  async createRefinanceProduct(
    @Arg('input', () => CreateRefinanceProductInput, {
      description: 'The product, its terms and first rate bands.',
    })
    input: CreateRefinanceProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    const missing = REQUIRED_TERMS.filter((field) => input[field] === undefined);
    if (missing.length > 0) throw badInputs(missing.map((field) => ({ field, message: 'is required' })));
    const terms = {
      fixedPeriodMonths: null,
      feeFixed: '0',
      feeRate: '0',
      ...termsPatch(input),
    } as ProductTerms;
    const id = await this.admin.create(ctx, {
      code: input.code,
      terms,
      bands: input.bands.map(bandOf),
      reason: input.reason,
    });
    return this.product(ctx, id);
  }

  @Mutation(() => RefinanceProductType, { description: 'Changes a product’s terms (ADMIN); a new version.' })
  async updateRefinanceProduct(
    @Arg('input', () => UpdateRefinanceProductInput, { description: 'The product and the terms to change.' })
    input: UpdateRefinanceProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    const id = localIdOf(REFINANCE_PRODUCT_TYPE, input.id);
    await this.admin.update(ctx, id, termsPatch(input), input.expectedVersion, input.reason);
    return this.product(ctx, id);
  }

  @Mutation(() => RefinanceProductType, {
    description:
      'Takes a product off sale from a day (ADMIN): its bands end then; past offers and applications keep theirs.',
  })
  async retireRefinanceProduct(
    @Arg('input', () => RetireRefinanceProductInput, {
      description: 'The product and the first day off sale.',
    })
    input: RetireRefinanceProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    const id = localIdOf(REFINANCE_PRODUCT_TYPE, input.id);
    await this.admin.retire(ctx, id, input.retiredOn, input.reason);
    return this.product(ctx, id);
  }

  @Mutation(() => RefinanceProductType, { description: 'Adds rate bands to a product (ADMIN).' })
  async addRefinanceRateBands(
    @Arg('input', () => AddRefinanceRateBandsInput, { description: 'The product and the bands to add.' })
    input: AddRefinanceRateBandsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    const id = localIdOf(REFINANCE_PRODUCT_TYPE, input.productId, 'productId');
    await this.admin.addBands(ctx, id, input.bands.map(bandOf), input.reason);
    return this.product(ctx, id);
  }

  @Mutation(() => RefinanceProductType, { description: 'Ends a rate band on a day (ADMIN).' })
  async closeRefinanceRateBand(
    @Arg('input', () => CloseRefinanceRateBandInput, { description: 'The band and the day it ends.' })
    input: CloseRefinanceRateBandInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    const bandId = localIdOf(REFINANCE_RATE_BAND_TYPE, input.bandId, 'bandId');
    const id = await this.admin.closeBand(ctx, bandId, input.validTo, input.reason);
    return this.product(ctx, id);
  }

  @FieldResolver(() => [RefinanceProductChangeType], {
    description: 'Every change to the product, oldest first (staff only).',
  })
  async changes(
    @Root() product: RefinanceProductType,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductChangeType[]> {
    return (await this.admin.changes(ctx, product.localId)).map((c) => ({
      version: c.version,
      kind: c.kind,
      actorUserId: c.actorUserId && isUuid(c.actorUserId) ? toGlobalId(USER_TYPE, c.actorUserId) : null,
      at: c.at,
      reason: c.reason,
      snapshot: JSON.stringify(c.snapshot),
    }));
  }

  @FieldResolver(() => Int, { description: 'Version of the product: 1 when created, +1 per change.' })
  async version(@Root() product: RefinanceProductType, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.catalogue.getById(ctx, product.localId)).version;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'First day off sale (YYYY-MM-DD); null while on sale.',
  })
  async retiredOn(@Root() product: RefinanceProductType, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.catalogue.getById(ctx, product.localId)).retiredOn;
  }
}
