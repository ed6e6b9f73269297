import type { RequestContext } from '../../common/context';
import type { NewRateBand, ProductChange, ProductChangeKind, ProductTerms } from './product-admin.model';

const PRODUCT_COLUMNS = `p.id, p.product_no AS "productNo", p.code, p.lender, p.lender_type AS "lenderType", p.name,
  p.rate_type AS "rateType", p.fixed_period_months AS "fixedPeriodMonths", p.fee_fixed::text AS "feeFixed",
  p.fee_rate::text AS "feeRate", p.min_term_months AS "minTermMonths", p.max_term_months AS "maxTermMonths",
  p.max_amount::text AS "maxAmount", p.eligible_kinds AS "eligibleKinds", p.active, p.version,
  to_char(p.retired_on, 'YYYY-MM-DD') AS "retiredOn"`;

export interface StoredBand extends NewRateBand {
  id: string;
}

/** Writes of the refinance catalogue (ADMIN), always on ctx.manager — callers open the transaction. */
export class ProductAdminRepository {
  async codeTaken(ctx: RequestContext, code: string): Promise<boolean> {
    const rows = (await ctx.manager.query(`SELECT 1 FROM refinance_product WHERE code = $1`, [
      code,
    ])) as unknown[];
    return rows.length > 0;
  }

  async insertProduct(ctx: RequestContext, code: string, t: ProductTerms): Promise<string> {
    const [row] = (await ctx.manager.query(
      `INSERT INTO refinance_product (code, lender, lender_type, name, rate_type, fixed_period_months, fee_fixed,
         fee_rate, min_term_months, max_term_months, max_amount, eligible_kinds, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true) RETURNING id`,
      [
        code,
        t.lender,
        t.lenderType,
        t.name,
        t.rateType,
        t.fixedPeriodMonths,
        t.feeFixed,
        t.feeRate,
        t.minTermMonths,
        t.maxTermMonths,
        t.maxAmount,
        t.eligibleKinds,
      ],
    )) as { id: string }[];
    return row.id;
  }

  /** The product row locked for the change (FOR UPDATE), or null. */
  async lockProduct(ctx: RequestContext, id: string) {
    const [row] = (await ctx.manager.query(
      `SELECT ${PRODUCT_COLUMNS} FROM refinance_product p WHERE p.id = $1 FOR UPDATE`,
      [id],
    )) as (ProductTerms & {
      id: string;
      productNo: number;
      code: string;
      active: boolean;
      version: number;
      retiredOn: string | null;
    })[];
    return row ?? null;
  }

  /** Writes the terms and the next version; the caller holds the row lock. */
  async updateProduct(ctx: RequestContext, id: string, t: ProductTerms): Promise<void> {
    await ctx.manager.query(
      `UPDATE refinance_product SET lender = $2, lender_type = $3, name = $4, rate_type = $5, fixed_period_months = $6,
         fee_fixed = $7, fee_rate = $8, min_term_months = $9, max_term_months = $10, max_amount = $11,
         eligible_kinds = $12, version = version + 1
       WHERE id = $1`,
      [
        id,
        t.lender,
        t.lenderType,
        t.name,
        t.rateType,
        t.fixedPeriodMonths,
        t.feeFixed,
        t.feeRate,
        t.minTermMonths,
        t.maxTermMonths,
        t.maxAmount,
        t.eligibleKinds,
      ],
    );
  }

  async bumpVersion(ctx: RequestContext, id: string): Promise<void> {
    await ctx.manager.query(`UPDATE refinance_product SET version = version + 1 WHERE id = $1`, [id]);
  }

  /** Retires from `on`: bands still running then end that day; off sale at once when `on` is today or earlier. */
  async retire(ctx: RequestContext, id: string, productNo: number, on: string, today: string): Promise<void> {
    await ctx.manager.query(
      `UPDATE refinance_rate_band SET valid_to = $2
        WHERE product_no = $1 AND (valid_to IS NULL OR valid_to > $2) AND valid_from < $2`,
      [productNo, on],
    );
    await ctx.manager.query(`DELETE FROM refinance_rate_band WHERE product_no = $1 AND valid_from >= $2`, [
      productNo,
      on,
    ]);
    await ctx.manager.query(
      `UPDATE refinance_product SET retired_on = $2, active = ($2::date > $3::date), version = version + 1 WHERE id = $1`,
      [id, on, today],
    );
  }

  async bands(ctx: RequestContext, productNo: number): Promise<StoredBand[]> {
    return (await ctx.manager.query(
      `SELECT id, min_score AS "minScore", max_score AS "maxScore", annual_rate::text AS "annualRate",
              to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM refinance_rate_band WHERE product_no = $1 ORDER BY valid_from, min_score`,
      [productNo],
    )) as StoredBand[];
  }

  async insertBand(ctx: RequestContext, productNo: number, b: NewRateBand): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO refinance_rate_band (product_no, min_score, max_score, annual_rate, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [productNo, b.minScore, b.maxScore, b.annualRate, b.validFrom, b.validTo],
    );
  }

  async closeBand(ctx: RequestContext, bandId: string, validTo: string): Promise<void> {
    await ctx.manager.query(`UPDATE refinance_rate_band SET valid_to = $2 WHERE id = $1`, [bandId, validTo]);
  }

  async bandOwner(ctx: RequestContext, bandId: string): Promise<string | null> {
    const [row] = (await ctx.manager.query(
      `SELECT p.id FROM refinance_rate_band b JOIN refinance_product p ON p.product_no = b.product_no WHERE b.id = $1`,
      [bandId],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  async insertChange(ctx: RequestContext, c: ProductChange): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO refinance_product_change (id, product_id, version, kind, actor_user_id, at, reason, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.id, c.productId, c.version, c.kind, c.actorUserId, c.at, c.reason, JSON.stringify(c.snapshot)],
    );
  }

  async changes(ctx: RequestContext, productId: string): Promise<ProductChange[]> {
    const rows = (await ctx.manager.query(
      `SELECT id, product_id AS "productId", version, kind, actor_user_id AS "actorUserId", at, reason, snapshot
         FROM refinance_product_change WHERE product_id = $1 ORDER BY version`,
      [productId],
    )) as (ProductChange & { kind: ProductChangeKind; at: Date | string })[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }
}
