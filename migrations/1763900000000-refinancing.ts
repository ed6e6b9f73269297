import { MigrationInterface, QueryRunner } from 'typeorm';

// Refinancing (대환/재대출): the product catalogue with credit-score rate bands, applications with their
// event log (one row per transition) and the documents attached to them (metadata here, bytes in storage).
//
// The seeded catalogue is ILLUSTRATIVE demo data: real lender names, product shapes taken from the
// lenders' public "갈아타기" (online refinancing platform, 2024) offerings, and rates / fees in the ranges
// publicly reported for late 2025 — not quotes. Operators replace it with their own catalogue.
export class Refinancing1763900000000 implements MigrationInterface {
  name = 'Refinancing1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE refinance_product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Integer twin of the id: the rate-band exclusion constraint compares it with built-in range
        -- operators (uuid equality inside a gist EXCLUDE would need btree_gist, which PGlite lacks).
        product_no integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{3,40}$'),
        lender text NOT NULL CHECK (length(lender) BETWEEN 1 AND 100),
        lender_type text NOT NULL CHECK (lender_type IN ('BANK', 'INTERNET_BANK', 'INSURER', 'SAVINGS_BANK', 'CAPITAL')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        rate_type text NOT NULL CHECK (rate_type IN ('FIXED', 'VARIABLE', 'MIXED')),
        fixed_period_months integer CHECK (fixed_period_months > 0),
        -- Up-front costs charged to the borrower: a fixed amount (e.g. the borrower's half of stamp duty)
        -- plus a fraction of the amount borrowed (e.g. a guarantee fee).
        fee_fixed numeric(18, 0) NOT NULL DEFAULT 0 CHECK (fee_fixed >= 0),
        fee_rate numeric(8, 6) NOT NULL DEFAULT 0 CHECK (fee_rate >= 0 AND fee_rate < 0.1),
        min_term_months integer NOT NULL CHECK (min_term_months >= 1),
        max_term_months integer NOT NULL CHECK (max_term_months <= 600),
        max_amount numeric(18, 0) NOT NULL CHECK (max_amount > 0),
        eligible_kinds text[] NOT NULL CHECK (
          cardinality(eligible_kinds) > 0
          AND eligible_kinds <@ ARRAY['MORTGAGE', 'JEONSE', 'CREDIT', 'OVERDRAFT', 'CARD_LOAN', 'AUTO']::text[]
        ),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_term_months <= max_term_months),
        CHECK ((rate_type = 'MIXED') = (fixed_period_months IS NOT NULL))
      )`);

    // Rate by credit-score band (KCB/NICE scores, 0–1000), dated. Within one product no two bands may cover
    // the same score on the same day: enforced here, not in application code.
    await q.query(`
      CREATE TABLE refinance_rate_band (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_no integer NOT NULL REFERENCES refinance_product (product_no) ON DELETE CASCADE,
        min_score integer NOT NULL CHECK (min_score BETWEEN 0 AND 1000),
        max_score integer NOT NULL CHECK (max_score BETWEEN 0 AND 1000),
        annual_rate numeric(8, 6) NOT NULL CHECK (annual_rate > 0 AND annual_rate < 1),
        valid_from date NOT NULL,
        -- Exclusive; NULL = until further notice.
        valid_to date,
        CHECK (min_score <= max_score),
        CHECK (valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT refinance_rate_band_no_overlap EXCLUDE USING gist (
          int4range(product_no, product_no, '[]') WITH &&,
          int4range(min_score, max_score, '[]') WITH &&,
          daterange(valid_from, valid_to, '[)') WITH &&
        )
      )`);

    await q.query(`
      CREATE TABLE refinance_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        loan_id uuid NOT NULL REFERENCES loan (id) ON DELETE RESTRICT,
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
        product_id uuid NOT NULL REFERENCES refinance_product (id) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'REVIEWING', 'APPROVED', 'REJECTED', 'DISBURSED', 'WITHDRAWN', 'CANCELLED')),
        requested_amount numeric(18, 0) NOT NULL CHECK (requested_amount > 0),
        term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 600),
        -- The band rate for the customer's credit score on the day of application: what was offered.
        offered_rate numeric(8, 6) NOT NULL CHECK (offered_rate > 0 AND offered_rate < 1),
        credit_score integer NOT NULL CHECK (credit_score BETWEEN 0 AND 1000),
        new_loan_id uuid REFERENCES loan (id) ON DELETE RESTRICT,
        -- Optimistic lock: every transition is UPDATE … WHERE version = <read version>.
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'DISBURSED') = (new_loan_id IS NOT NULL))
      )`);
    // One open application per loan.
    await q.query(`
      CREATE UNIQUE INDEX refinance_application_open_uq ON refinance_application (loan_id)
        WHERE status IN ('SUBMITTED', 'REVIEWING', 'APPROVED')`);
    await q.query(
      `CREATE INDEX refinance_application_customer_idx ON refinance_application (customer_id, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX refinance_application_status_idx ON refinance_application (status, created_at, id)`,
    );
    await q.query(`CREATE INDEX refinance_application_loan_idx ON refinance_application (loan_id)`);

    await q.query(`
      CREATE TABLE refinance_application_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES refinance_application (id) ON DELETE CASCADE,
        -- Position in the application's history; version after the transition (1 = submission).
        version integer NOT NULL CHECK (version >= 1),
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        actor_role text NOT NULL CHECK (actor_role IN ('CUSTOMER', 'ANALYST', 'ADMIN')),
        reason text NOT NULL CHECK (length(reason) <= 1000),
        at timestamptz NOT NULL,
        UNIQUE (application_id, version)
      )`);

    await q.query(`
      CREATE TABLE refinance_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES refinance_application (id) ON DELETE RESTRICT,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX refinance_document_application_idx ON refinance_document (application_id, uploaded_at)`,
    );

    await seedCatalogue(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refinance_document`);
    await q.query(`DROP TABLE refinance_application_event`);
    await q.query(`DROP TABLE refinance_application`);
    await q.query(`DROP TABLE refinance_rate_band`);
    await q.query(`DROP TABLE refinance_product`);
  }
}

type Band = [minScore: number, maxScore: number, rate: string];

interface SeedProduct {
  code: string;
  lender: string;
  lenderType: string;
  name: string;
  rateType: 'FIXED' | 'VARIABLE' | 'MIXED';
  fixedPeriodMonths?: number;
  feeFixed: string;
  feeRate: string;
  minTerm: number;
  maxTerm: number;
  maxAmount: string;
  kinds: string[];
  active?: boolean;
  /** Current bands, valid from 2025-10-01 until further notice. */
  bands: Band[];
  /** Earlier bands, valid 2025-01-01 – 2025-10-01 (the history a dated catalogue keeps). */
  previous?: Band[];
}

// Stamp duty (인지세) on a loan contract is split between lender and borrower; for 100M–1B won the total is
// 150,000 won, so the borrower's half is 75,000; for 50M–100M it is 35,000. Mortgages carry it as fee_fixed.
const CATALOGUE: SeedProduct[] = [
  {
    code: 'KB-MORTGAGE-SWITCH',
    lender: 'KB국민은행',
    lenderType: 'BANK',
    name: 'KB 주택담보대출 갈아타기 (혼합형 5년)',
    rateType: 'MIXED',
    fixedPeriodMonths: 60,
    feeFixed: '75000',
    feeRate: '0',
    minTerm: 120,
    maxTerm: 480,
    maxAmount: '1000000000',
    kinds: ['MORTGAGE'],
    bands: [
      [900, 1000, '0.0385'],
      [800, 899, '0.0405'],
      [700, 799, '0.0445'],
    ],
    previous: [
      [900, 1000, '0.0410'],
      [800, 899, '0.0430'],
      [700, 799, '0.0470'],
    ],
  },
  {
    code: 'SHINHAN-MORTGAGE-SWITCH',
    lender: '신한은행',
    lenderType: 'BANK',
    name: '신한 주택담보대출 갈아타기 (변동)',
    rateType: 'VARIABLE',
    feeFixed: '75000',
    feeRate: '0',
    minTerm: 60,
    maxTerm: 480,
    maxAmount: '1000000000',
    kinds: ['MORTGAGE'],
    bands: [
      [900, 1000, '0.0372'],
      [800, 899, '0.0398'],
      [650, 799, '0.0441'],
    ],
  },
  {
    code: 'SHINHAN-JEONSE-SWITCH',
    lender: '신한은행',
    lenderType: 'BANK',
    name: '신한 전세자금대출 갈아타기',
    rateType: 'VARIABLE',
    feeFixed: '0',
    // Housing-finance guarantee fee (HF 보증료), about 0.05–0.4 % a year; charged here as a one-off 0.2 %.
    feeRate: '0.002',
    minTerm: 12,
    maxTerm: 48,
    maxAmount: '500000000',
    kinds: ['JEONSE'],
    bands: [
      [850, 1000, '0.0355'],
      [700, 849, '0.0389'],
    ],
  },
  {
    code: 'HANA-CREDIT-SWITCH',
    lender: '하나은행',
    lenderType: 'BANK',
    name: '하나원큐 신용대출 갈아타기',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 60,
    maxAmount: '150000000',
    kinds: ['CREDIT', 'CARD_LOAN'],
    bands: [
      [900, 1000, '0.0459'],
      [800, 899, '0.0512'],
      [700, 799, '0.0598'],
    ],
  },
  {
    code: 'WOORI-CREDIT-SWITCH',
    lender: '우리은행',
    lenderType: 'BANK',
    name: '우리WON 직장인 신용대출 갈아타기',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 60,
    maxAmount: '100000000',
    kinds: ['CREDIT'],
    bands: [
      [880, 1000, '0.0478'],
      [760, 879, '0.0535'],
    ],
  },
  {
    code: 'KAKAO-CREDIT-SWITCH',
    lender: '카카오뱅크',
    lenderType: 'INTERNET_BANK',
    name: '카카오뱅크 신용대출 갈아타기',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 120,
    maxAmount: '150000000',
    kinds: ['CREDIT', 'CARD_LOAN', 'OVERDRAFT'],
    bands: [
      [900, 1000, '0.0441'],
      [800, 899, '0.0497'],
      [700, 799, '0.0583'],
      [600, 699, '0.0745'],
    ],
  },
  {
    code: 'TOSS-CREDIT-SWITCH',
    lender: '토스뱅크',
    lenderType: 'INTERNET_BANK',
    name: '토스뱅크 대환대출',
    rateType: 'VARIABLE',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 120,
    maxAmount: '100000000',
    kinds: ['CREDIT', 'CARD_LOAN'],
    bands: [
      [850, 1000, '0.0468'],
      [700, 849, '0.0569'],
      [550, 699, '0.0812'],
    ],
  },
  {
    code: 'KBANK-APT-SWITCH',
    lender: '케이뱅크',
    lenderType: 'INTERNET_BANK',
    name: '케이뱅크 아파트담보대출 갈아타기',
    rateType: 'MIXED',
    fixedPeriodMonths: 60,
    // The bank pays the stamp duty and the mortgage registration costs.
    feeFixed: '0',
    feeRate: '0',
    minTerm: 120,
    maxTerm: 600,
    maxAmount: '1000000000',
    kinds: ['MORTGAGE'],
    bands: [
      [850, 1000, '0.0366'],
      [700, 849, '0.0412'],
    ],
  },
  {
    code: 'SAMSUNGLIFE-MORTGAGE',
    lender: '삼성생명',
    lenderType: 'INSURER',
    name: '삼성생명 주택담보대출 (고정)',
    rateType: 'FIXED',
    feeFixed: '75000',
    feeRate: '0',
    minTerm: 120,
    maxTerm: 360,
    maxAmount: '800000000',
    kinds: ['MORTGAGE'],
    bands: [
      [800, 1000, '0.0431'],
      [650, 799, '0.0489'],
    ],
  },
  {
    code: 'SBI-CREDIT-SWITCH',
    lender: 'SBI저축은행',
    lenderType: 'SAVINGS_BANK',
    name: '사이다 대환대출',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 84,
    maxAmount: '50000000',
    kinds: ['CREDIT', 'CARD_LOAN'],
    bands: [
      [700, 1000, '0.0890'],
      [600, 699, '0.1190'],
      [450, 599, '0.1490'],
    ],
  },
  {
    code: 'HYUNDAICAP-AUTO-SWITCH',
    lender: '현대캐피탈',
    lenderType: 'CAPITAL',
    name: '현대캐피탈 오토 대환',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 72,
    maxAmount: '100000000',
    kinds: ['AUTO'],
    bands: [
      [800, 1000, '0.0590'],
      [650, 799, '0.0720'],
    ],
  },
  {
    code: 'OK-CREDIT-LEGACY',
    lender: 'OK저축은행',
    lenderType: 'SAVINGS_BANK',
    name: 'OK 대환 신용대출 (판매 중지)',
    rateType: 'FIXED',
    feeFixed: '0',
    feeRate: '0',
    minTerm: 12,
    maxTerm: 60,
    maxAmount: '30000000',
    kinds: ['CREDIT'],
    active: false,
    bands: [[500, 1000, '0.1250']],
  },
];

async function seedCatalogue(q: QueryRunner): Promise<void> {
  for (const p of CATALOGUE) {
    const [{ product_no: productNo }] = (await q.query(
      `INSERT INTO refinance_product (code, lender, lender_type, name, rate_type, fixed_period_months, fee_fixed,
         fee_rate, min_term_months, max_term_months, max_amount, eligible_kinds, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13) RETURNING product_no`,
      [
        p.code,
        p.lender,
        p.lenderType,
        p.name,
        p.rateType,
        p.fixedPeriodMonths ?? null,
        p.feeFixed,
        p.feeRate,
        p.minTerm,
        p.maxTerm,
        p.maxAmount,
        p.kinds,
        p.active ?? true,
      ],
    )) as { product_no: number }[];
    const rows = [
      ...(p.previous ?? []).map((b) => [...b, '2025-01-01', '2025-10-01'] as const),
      ...p.bands.map((b) => [...b, '2025-10-01', null] as const),
    ];
    for (const [min, max, rate, from, to] of rows) {
      await q.query(
        `INSERT INTO refinance_rate_band (product_no, min_score, max_score, annual_rate, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [productNo, min, max, rate, from, to],
      );
    }
  }
}
