import { randomUUID } from 'node:crypto';
import { inTransaction, type RequestContext, Role } from '../../common/context';
import { isValidIsoDate, koreanDate } from '../../common/dates';
import {
  badInput,
  badInputs,
  conflict,
  type FieldProblem,
  fieldProblemsOf,
  forbidden,
  notFound,
} from '../../common/errors';
import { toDecimal } from '../../common/money';
import { AuditKind, type AuditService } from '../audit';
import { requireViewer } from '../customers';
import { assertLegalRate } from '../loans';
import { bandInForce } from './catalogue';
import {
  type NewRateBand,
  type ProductChange,
  ProductChangeKind,
  type ProductTerms,
} from './product-admin.model';
import type { ProductAdminRepository, StoredBand } from './product-admin.repository';
import { RefinanceRateType } from './refinancing.enums';

export interface CreateProductCommand {
  code: string;
  terms: ProductTerms;
  bands: NewRateBand[];
  reason?: string | null;
}

/** A band as it overlaps another: same scores and days. */
const overlaps = (a: NewRateBand, b: NewRateBand) =>
  a.minScore <= b.maxScore &&
  b.minScore <= a.maxScore &&
  a.validFrom < (b.validTo ?? '9999-12-31') &&
  b.validFrom < (a.validTo ?? '9999-12-31');

const describeBand = (b: NewRateBand) =>
  `${b.minScore}–${b.maxScore} at ${b.annualRate} from ${b.validFrom}${b.validTo ? ` to ${b.validTo}` : ''}`;

/**
 * Refinance product administration (ADMIN): create, update, retire, add and close rate bands. Every change is one
 * transaction that bumps the product's version and keeps a change row (actor, time, reason, snapshot). Offers and
 * applications read the catalogue from the database on each request, so every replica sees a change at once, and
 * rates are picked by the band in force on the day — history is never rewritten (bands end, they are not edited).
 * Each change also joins the hash-chained compliance trail (PRODUCT_CHANGE) in the same transaction.
 */
export class ProductAdminService {
  constructor(
    private readonly repository: ProductAdminRepository,
    private readonly audit: AuditService,
  ) {}

  private admin(ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can change refinance products');
    return viewer;
  }

  /** Every problem of a product's terms (all of them, field-named: an admin fixes the form once). */
  private termProblems(t: ProductTerms): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (t.minTermMonths > t.maxTermMonths) problem('maxTermMonths', 'must be at least minTermMonths');
    if (t.rateType === RefinanceRateType.MIXED && !t.fixedPeriodMonths)
      problem('fixedPeriodMonths', 'is required for a MIXED rate');
    if (t.rateType !== RefinanceRateType.MIXED && t.fixedPeriodMonths)
      problem('fixedPeriodMonths', 'applies only to a MIXED rate');
    if (toDecimal(t.feeRate).gte('0.1') || toDecimal(t.feeRate).isNegative())
      problem('feeRate', 'must be from 0 to under 0.1 (10 %)');
    if (t.eligibleKinds.length === 0) problem('eligibleLoanKinds', 'name at least one loan kind');
    return problems;
  }

  /**
   * Every problem of new bands, field-named (`bands[1].validTo`), against each other and the product's stored ones.
   * A band whose dates are not dates is not compared (its overlap would mean nothing).
   */
  private bandProblems(
    field: string,
    bands: NewRateBand[],
    stored: StoredBand[],
    today: string,
  ): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const problem = (at: string, message: string) => problems.push({ field: at, message });
    if (bands.length === 0) problem(field, 'give at least one rate band');
    bands.forEach((b, i) => {
      const at = `${field}[${i}]`;
      const datesValid = isValidIsoDate(b.validFrom) && (b.validTo === null || isValidIsoDate(b.validTo));
      if (!isValidIsoDate(b.validFrom)) problem(`${at}.validFrom`, 'must be a date YYYY-MM-DD');
      if (b.validTo !== null && !isValidIsoDate(b.validTo))
        problem(`${at}.validTo`, 'must be a date YYYY-MM-DD');
      else if (datesValid && b.validTo !== null && b.validTo <= b.validFrom)
        problem(`${at}.validTo`, 'must be after validFrom');
      else if (b.validTo !== null && b.validTo <= today)
        problem(`${at}.validTo`, 'must be after today (past rates are history)');
      if (b.minScore > b.maxScore) problem(`${at}.maxScore`, 'must be at least minScore');
      if (!toDecimal(b.annualRate).gt(0)) problem(`${at}.annualRate`, 'must be above 0');
      else if (isValidIsoDate(b.validFrom))
        problems.push(
          ...fieldProblemsOf(() => assertLegalRate(`${at}.annualRate`, b.annualRate, b.validFrom)),
        );
      if (!datesValid) return;
      const clash = bands
        .slice(0, i)
        .filter((o) => isValidIsoDate(o.validFrom) && (o.validTo === null || isValidIsoDate(o.validTo)))
        .concat(stored)
        .find((o) => overlaps(o, b));
      if (clash) problem(at, `overlaps the band ${describeBand(clash)}`);
    });
    return problems;
  }

  private async record(
    ctx: RequestContext,
    productId: string,
    kind: ProductChangeKind,
    reason: string | null | undefined,
  ): Promise<ProductChange> {
    const product = (await this.repository.lockProduct(ctx, productId))!;
    const change: ProductChange = {
      id: randomUUID(),
      productId,
      version: product.version,
      kind,
      actorUserId: requireViewer(ctx).userId,
      at: ctx.now(),
      reason: reason ?? null,
      snapshot: { ...product, bands: await this.repository.bands(ctx, product.productNo) },
    };
    await this.repository.insertChange(ctx, change);
    await this.audit.record(ctx, {
      kind: AuditKind.PRODUCT_CHANGE,
      subjectType: 'RefinanceProduct',
      subjectId: productId,
      data: {
        changeId: change.id,
        change: kind,
        code: product.code,
        version: product.version,
        reason: change.reason,
        snapshot: change.snapshot,
      },
    });
    return change;
  }

  async create(ctx: RequestContext, cmd: CreateProductCommand): Promise<string> {
    this.admin(ctx);
    return inTransaction(ctx, async (tx) => {
      const problems = [
        ...((await this.repository.codeTaken(tx, cmd.code))
          ? [{ field: 'code', message: 'is already used by another product' }]
          : []),
        ...this.termProblems(cmd.terms),
        ...this.bandProblems('bands', cmd.bands, [], koreanDate(ctx.now())),
      ];
      if (problems.length > 0) throw badInputs(problems);
      const id = await this.repository.insertProduct(tx, cmd.code, cmd.terms);
      const product = (await this.repository.lockProduct(tx, id))!;
      for (const band of cmd.bands) await this.repository.insertBand(tx, product.productNo, band);
      await this.record(tx, id, ProductChangeKind.CREATED, cmd.reason);
      return id;
    });
  }

  /** Changes the terms (not the code); `expectedVersion` guards against a concurrent change. */
  async update(
    ctx: RequestContext,
    id: string,
    patch: Partial<ProductTerms>,
    expectedVersion: number | null | undefined,
    reason?: string | null,
  ): Promise<void> {
    this.admin(ctx);
    await inTransaction(ctx, async (tx) => {
      const current = await this.repository.lockProduct(tx, id);
      if (!current) throw notFound('Refinance product');
      if (expectedVersion != null && expectedVersion !== current.version)
        throw conflict(`The product changed meanwhile (version ${current.version}); reload and retry`);
      if (current.retiredOn) throw badInput('id', `the product is retired from ${current.retiredOn}`);
      const terms: ProductTerms = {
        lender: patch.lender ?? current.lender,
        lenderType: patch.lenderType ?? current.lenderType,
        name: patch.name ?? current.name,
        rateType: patch.rateType ?? current.rateType,
        fixedPeriodMonths:
          patch.fixedPeriodMonths !== undefined ? patch.fixedPeriodMonths : current.fixedPeriodMonths,
        feeFixed: patch.feeFixed ?? current.feeFixed,
        feeRate: patch.feeRate ?? current.feeRate,
        minTermMonths: patch.minTermMonths ?? current.minTermMonths,
        maxTermMonths: patch.maxTermMonths ?? current.maxTermMonths,
        maxAmount: patch.maxAmount ?? current.maxAmount,
        eligibleKinds: patch.eligibleKinds ?? current.eligibleKinds,
      };
      const problems = this.termProblems(terms);
      if (problems.length > 0) throw badInputs(problems);
      await this.repository.updateProduct(tx, id, terms);
      await this.record(tx, id, ProductChangeKind.UPDATED, reason);
    });
  }

  /** Off sale from `on` (today or later): bands running then end that day, later ones are dropped. */
  async retire(ctx: RequestContext, id: string, on: string | null | undefined, reason?: string | null) {
    this.admin(ctx);
    const today = koreanDate(ctx.now());
    const day = on ?? today;
    if (!isValidIsoDate(day)) throw badInput('retiredOn', 'must be a date YYYY-MM-DD');
    if (day < today) throw badInput('retiredOn', 'must be today or later (past offers are history)');
    await inTransaction(ctx, async (tx) => {
      const current = await this.repository.lockProduct(tx, id);
      if (!current) throw notFound('Refinance product');
      if (current.retiredOn) throw badInput('id', `the product is already retired from ${current.retiredOn}`);
      await this.repository.retire(tx, id, current.productNo, day, today);
      await this.record(tx, id, ProductChangeKind.RETIRED, reason);
    });
  }

  async addBands(ctx: RequestContext, id: string, bands: NewRateBand[], reason?: string | null) {
    this.admin(ctx);
    await inTransaction(ctx, async (tx) => {
      const current = await this.repository.lockProduct(tx, id);
      if (!current) throw notFound('Refinance product');
      if (current.retiredOn) throw badInput('productId', `the product is retired from ${current.retiredOn}`);
      const today = koreanDate(ctx.now());
      const stored = await this.repository.bands(tx, current.productNo);
      const problems = this.bandProblems('bands', bands, stored, today);
      if (problems.length > 0) throw badInputs(problems);
      for (const band of bands) await this.repository.insertBand(tx, current.productNo, band);
      await this.repository.bumpVersion(tx, id);
      await this.record(tx, id, ProductChangeKind.BAND_ADDED, reason);
    });
  }

  /** Ends a band on `validTo` (exclusive; today or later, after its start). */
  async closeBand(
    ctx: RequestContext,
    bandId: string,
    validTo: string,
    reason?: string | null,
  ): Promise<string> {
    this.admin(ctx);
    if (!isValidIsoDate(validTo)) throw badInput('validTo', 'must be a date YYYY-MM-DD');
    const today = koreanDate(ctx.now());
    if (validTo < today) throw badInput('validTo', 'must be today or later (past rates are history)');
    return inTransaction(ctx, async (tx) => {
      const productId = await this.repository.bandOwner(tx, bandId);
      if (!productId) throw notFound('Rate band');
      const product = (await this.repository.lockProduct(tx, productId))!;
      const band = (await this.repository.bands(tx, product.productNo)).find((b) => b.id === bandId)!;
      if (validTo <= band.validFrom)
        throw badInput('validTo', `must be after the band's start ${band.validFrom}`);
      if (band.validTo !== null && !bandInForce(band, today) && band.validTo <= today)
        throw badInput('bandId', 'the band has already ended');
      await this.repository.closeBand(tx, bandId, validTo);
      await this.repository.bumpVersion(tx, productId);
      await this.record(tx, productId, ProductChangeKind.BAND_CLOSED, reason);
      return productId;
    });
  }

  async changes(ctx: RequestContext, productId: string): Promise<ProductChange[]> {
    const viewer = requireViewer(ctx);
    if (viewer.role === Role.CUSTOMER) throw forbidden('Only staff can read product history');
    return this.repository.changes(ctx, productId);
  }
}
