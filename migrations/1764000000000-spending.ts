import { MigrationInterface, QueryRunner } from 'typeorm';

// Card spending (card-spending analytics platform): the 업종 taxonomy with its MCC and per-issuer mappings,
// cards, card transactions and the per-customer quarterly aggregates. Amounts are whole KRW (numeric(18,0)).
// Decisions (docs/architecture.md "Spending"):
// - A refund or cancellation is its own row with a NEGATIVE amount and kind REFUND, in the category of what it
//   refunds; totals are net, counts and average tickets are over purchases.
// - The category is resolved once, when a transaction is written (from the issuer's own code, else the MCC), and
//   stored on the row, so quarterly aggregation is a plain GROUP BY without joins over millions of rows.
// - Not partitioned: a (customer_id, occurred_at) b-tree serves per-customer reads and a BRIN on occurred_at
//   serves quarter scans; partitions would need the partition key in every unique key and partition upkeep.
// - card_transaction has no foreign keys (load speed, measured; see the table).

const CATEGORIES: [string, string, string, number][] = [
  ['FOOD', '식비/외식', 'Dining out', 1],
  ['GROCERY', '마트·편의점', 'Groceries & convenience stores', 2],
  ['TRANSPORT', '교통', 'Transport', 3],
  ['FUEL', '주유', 'Fuel', 4],
  ['SHOPPING', '쇼핑', 'Shopping', 5],
  ['ONLINE_SHOPPING', '온라인쇼핑', 'Online shopping', 6],
  ['MEDICAL', '의료', 'Medical', 7],
  ['EDUCATION', '교육', 'Education', 8],
  ['TRAVEL', '여행·숙박', 'Travel & lodging', 9],
  ['LEISURE', '문화·여가', 'Culture & leisure', 10],
  ['TELECOM', '통신', 'Telecommunications', 11],
  ['INSURANCE', '보험', 'Insurance', 12],
  ['UTILITIES', '공과금', 'Utilities & public charges', 13],
  ['OTHER', '기타', 'Other', 14],
];

// ISO 18245 merchant category codes → 업종 group. Ranges may nest: the narrowest range holding an MCC wins
// (5964–5969 direct marketing inside 5900–5999 misc. retail). An MCC in no range is OTHER.
const MCC_RANGES: [number, number, string, string][] = [
  [3000, 3350, 'TRAVEL', 'Airlines'],
  [3351, 3500, 'TRAVEL', 'Car rental agencies'],
  [3501, 3999, 'TRAVEL', 'Hotels and resorts'],
  [4011, 4011, 'TRANSPORT', 'Railroads (freight)'],
  [4111, 4131, 'TRANSPORT', 'Commuter transport, passenger rail, taxis, buses'],
  [4214, 4215, 'OTHER', 'Freight, courier services'],
  [4411, 4411, 'TRAVEL', 'Cruise lines'],
  [4457, 4468, 'LEISURE', 'Boat rentals, marinas'],
  [4511, 4582, 'TRAVEL', 'Airlines, airports'],
  [4722, 4723, 'TRAVEL', 'Travel agencies, tour operators'],
  [4784, 4784, 'TRANSPORT', 'Tolls and bridge fees'],
  [4789, 4789, 'TRANSPORT', 'Transportation services'],
  [4812, 4816, 'TELECOM', 'Telecom equipment and services, network services'],
  [4821, 4821, 'TELECOM', 'Telegraph services'],
  [4899, 4899, 'TELECOM', 'Cable, satellite and pay television'],
  [4900, 4900, 'UTILITIES', 'Utilities: electric, gas, water, sanitary'],
  [5013, 5199, 'SHOPPING', 'Wholesale and distributors'],
  [5200, 5299, 'SHOPPING', 'Home supply, building materials'],
  [5300, 5300, 'GROCERY', 'Wholesale clubs'],
  [5309, 5309, 'SHOPPING', 'Duty-free stores'],
  [5310, 5310, 'GROCERY', 'Discount stores (hypermarkets)'],
  [5311, 5311, 'SHOPPING', 'Department stores'],
  [5331, 5331, 'GROCERY', 'Variety stores'],
  [5399, 5399, 'SHOPPING', 'Misc. general merchandise'],
  [5411, 5411, 'GROCERY', 'Grocery stores, supermarkets'],
  [5422, 5451, 'GROCERY', 'Meat, seafood, confectionery, dairy'],
  [5462, 5462, 'FOOD', 'Bakeries'],
  [5499, 5499, 'GROCERY', 'Convenience and misc. food stores'],
  [5511, 5599, 'SHOPPING', 'Vehicle dealers, auto parts'],
  [5541, 5542, 'FUEL', 'Service stations, automated fuel dispensers'],
  [5600, 5699, 'SHOPPING', 'Clothing and accessories'],
  [5700, 5799, 'SHOPPING', 'Furniture, appliances, electronics, music'],
  [5811, 5814, 'FOOD', 'Caterers, restaurants, bars, fast food'],
  [5815, 5818, 'ONLINE_SHOPPING', 'Digital goods'],
  [5900, 5999, 'SHOPPING', 'Misc. retail'],
  [5912, 5912, 'MEDICAL', 'Drug stores, pharmacies'],
  [5960, 5960, 'INSURANCE', 'Direct marketing: insurance services'],
  [5961, 5969, 'ONLINE_SHOPPING', 'Mail order, catalogue and direct marketing merchants'],
  [5976, 5976, 'MEDICAL', 'Orthopaedic goods, prosthetics'],
  [5983, 5983, 'FUEL', 'Fuel dealers'],
  [5994, 5994, 'LEISURE', 'News dealers'],
  [6300, 6300, 'INSURANCE', 'Insurance sales and premiums'],
  [6381, 6399, 'INSURANCE', 'Insurance premiums'],
  [7011, 7033, 'TRAVEL', 'Lodging, timeshares, campgrounds'],
  [7210, 7299, 'OTHER', 'Personal services (laundry, beauty, funeral)'],
  [7511, 7519, 'TRAVEL', 'Truck stops, vehicle rentals'],
  [7523, 7523, 'TRANSPORT', 'Parking lots and garages'],
  [7531, 7549, 'TRANSPORT', 'Automotive repair and services'],
  [7800, 7999, 'LEISURE', 'Amusement, recreation, cinemas, sports, tourist attractions'],
  [8011, 8099, 'MEDICAL', 'Doctors, dentists, hospitals, medical services'],
  [8211, 8299, 'EDUCATION', 'Schools, universities, academies (학원)'],
  [8351, 8351, 'EDUCATION', 'Child care services'],
  [9211, 9223, 'UTILITIES', 'Court costs, fines, bail'],
  [9311, 9311, 'UTILITIES', 'Tax payments'],
  [9399, 9399, 'UTILITIES', 'Government services'],
  [9402, 9402, 'UTILITIES', 'Postal services'],
];

const ISSUERS: [string, string, string][] = [
  ['SHINHAN', '신한카드', 'Shinhan Card'],
  ['KB', 'KB국민카드', 'KB Kookmin Card'],
  ['SAMSUNG', '삼성카드', 'Samsung Card'],
  ['HYUNDAI', '현대카드', 'Hyundai Card'],
  ['LOTTE', '롯데카드', 'Lotte Card'],
  ['WOORI', '우리카드', 'Woori Card'],
  ['HANA', '하나카드', 'Hana Card'],
  ['BC', 'BC카드', 'BC Card'],
  ['NH', 'NH농협카드', 'NH NongHyup Card'],
];

// Each issuer's own 업종 classification in its statements/files → our group. The codes are the issuers'
// published 가맹점 업종 names with illustrative numbering (issuers' code books are not public); an import maps
// through this table first and falls back to the MCC.
const ISSUER_CODES: [string, string, string][] = [
  ['한식', '01', 'FOOD'],
  ['일식·중식·양식', '02', 'FOOD'],
  ['커피전문점·제과', '03', 'FOOD'],
  ['패스트푸드', '04', 'FOOD'],
  ['대형마트', '10', 'GROCERY'],
  ['편의점', '11', 'GROCERY'],
  ['슈퍼마켓', '12', 'GROCERY'],
  ['대중교통', '20', 'TRANSPORT'],
  ['택시', '21', 'TRANSPORT'],
  ['주유소', '22', 'FUEL'],
  ['LPG충전소', '23', 'FUEL'],
  ['백화점', '30', 'SHOPPING'],
  ['의류·잡화', '31', 'SHOPPING'],
  ['가전·가구', '32', 'SHOPPING'],
  ['온라인쇼핑몰', '40', 'ONLINE_SHOPPING'],
  ['간편결제', '41', 'ONLINE_SHOPPING'],
  ['병원', '50', 'MEDICAL'],
  ['약국', '51', 'MEDICAL'],
  ['학원', '60', 'EDUCATION'],
  ['서적', '61', 'EDUCATION'],
  ['항공', '70', 'TRAVEL'],
  ['숙박', '71', 'TRAVEL'],
  ['여행사', '72', 'TRAVEL'],
  ['영화·공연', '80', 'LEISURE'],
  ['스포츠·레저', '81', 'LEISURE'],
  ['이동통신요금', '90', 'TELECOM'],
  ['보험료', '91', 'INSURANCE'],
  ['전기·가스·수도', '92', 'UTILITIES'],
  ['국세·지방세', '93', 'UTILITIES'],
  ['기타', '99', 'OTHER'],
];

/** Issuer-specific prefixes so the per-issuer tables differ the way real code books do. */
const ISSUER_PREFIX: Record<string, string> = {
  SHINHAN: 'S',
  KB: 'K',
  SAMSUNG: 'M',
  HYUNDAI: 'H',
  LOTTE: 'L',
  WOORI: 'W',
  HANA: 'N',
  BC: 'B',
  NH: 'F',
};

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class Spending1764000000000 implements MigrationInterface {
  name = 'Spending1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spending_category (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
        name_ko text NOT NULL,
        name_en text NOT NULL,
        sort_order integer NOT NULL UNIQUE
      )`);
    await q.query(
      `INSERT INTO spending_category (code, name_ko, name_en, sort_order) VALUES ${CATEGORIES.map(
        ([c, ko, en, o]) => `(${lit(c)}, ${lit(ko)}, ${lit(en)}, ${o})`,
      ).join(', ')}`,
    );

    await q.query(`
      CREATE TABLE mcc_category_range (
        mcc_from smallint NOT NULL CHECK (mcc_from BETWEEN 0 AND 9999),
        mcc_to smallint NOT NULL CHECK (mcc_to BETWEEN 0 AND 9999),
        category_code text NOT NULL REFERENCES spending_category (code),
        description text NOT NULL,
        PRIMARY KEY (mcc_from, mcc_to),
        CHECK (mcc_from <= mcc_to)
      )`);
    await q.query(
      `INSERT INTO mcc_category_range (mcc_from, mcc_to, category_code, description) VALUES ${MCC_RANGES.map(
        ([f, t, c, d]) => `(${f}, ${t}, ${lit(c)}, ${lit(d)})`,
      ).join(', ')}`,
    );
    // The one MCC → group rule, usable by imports in SQL: the narrowest range holding the code, else OTHER.
    await q.query(`
      CREATE FUNCTION spending_category_of_mcc(mcc integer) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT r.category_code FROM mcc_category_range r
            WHERE mcc BETWEEN r.mcc_from AND r.mcc_to
            ORDER BY r.mcc_to - r.mcc_from, r.mcc_from LIMIT 1),
          'OTHER')
      $$`);

    await q.query(`
      CREATE TABLE card_issuer (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name_ko text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(
      `INSERT INTO card_issuer (code, name_ko, name_en) VALUES ${ISSUERS.map(
        ([c, ko, en]) => `(${lit(c)}, ${lit(ko)}, ${lit(en)})`,
      ).join(', ')}`,
    );
    await q.query(`
      CREATE TABLE issuer_category_map (
        issuer text NOT NULL REFERENCES card_issuer (code),
        issuer_code text NOT NULL,
        issuer_name text NOT NULL,
        category_code text NOT NULL REFERENCES spending_category (code),
        PRIMARY KEY (issuer, issuer_code)
      )`);
    await q.query(
      `INSERT INTO issuer_category_map (issuer, issuer_code, issuer_name, category_code) VALUES ${ISSUERS.flatMap(
        ([issuer]) =>
          ISSUER_CODES.map(
            ([name, code, cat]) =>
              `(${lit(issuer)}, ${lit(ISSUER_PREFIX[issuer] + code)}, ${lit(name)}, ${lit(cat)})`,
          ),
      ).join(', ')}`,
    );

    await q.query(`
      CREATE TABLE card (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
        issuer text NOT NULL REFERENCES card_issuer (code),
        product_name text NOT NULL CHECK (length(product_name) BETWEEN 1 AND 100),
        card_type text NOT NULL CHECK (card_type IN ('CREDIT', 'CHECK')),
        issued_on date NOT NULL,
        closed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closed_on IS NULL OR closed_on >= issued_on)
      )`);
    await q.query(`CREATE INDEX card_customer_idx ON card (customer_id, issued_on)`);

    // The fact table: millions of rows a quarter. A bigint identity key (append-only b-tree, half a uuid's
    // size) and no foreign keys: a per-row RI check locks the parent card/customer row and measured at more than
    // twice the load time of the table itself; writers (seed, import merge) check cards, customers and category
    // codes set-wise before loading.
    await q.query(`
      CREATE TABLE card_transaction (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        card_id uuid NOT NULL,
        -- Denormalised from the card: every aggregate and ownership check is per customer.
        customer_id uuid NOT NULL,
        kind text NOT NULL DEFAULT 'PURCHASE' CHECK (kind IN ('PURCHASE', 'REFUND')),
        amount numeric(18, 0) NOT NULL,
        occurred_at timestamptz NOT NULL,
        merchant_name text NOT NULL CHECK (length(merchant_name) BETWEEN 1 AND 200),
        mcc smallint CHECK (mcc BETWEEN 0 AND 9999),
        -- The issuer's own 업종 code as the source gave it, when it did.
        issuer_category_code text,
        -- A spending_category code (checked by the writers, see above).
        category_code text NOT NULL CHECK (category_code ~ '^[A-Z][A-Z_]*$'),
        channel text NOT NULL CHECK (channel IN ('ONLINE', 'OFFLINE')),
        locality text NOT NULL CHECK (locality IN ('DOMESTIC', 'OVERSEAS')),
        -- 0 = lump sum (일시불); 2–36 = instalments (할부). Refunds carry the purchase's plan.
        instalment_months smallint NOT NULL DEFAULT 0 CHECK (instalment_months = 0 OR instalment_months BETWEEN 2 AND 36),
        -- The import that loaded the row (the imports module owns that table); null for seeded/API rows.
        import_id uuid,
        CHECK ((kind = 'PURCHASE' AND amount > 0) OR (kind = 'REFUND' AND amount < 0))
      )`);
    // Per-customer history (quarters, insights, a card's transactions: a customer has a handful of cards).
    await q.query(
      `CREATE INDEX card_transaction_customer_time_idx ON card_transaction (customer_id, occurred_at)`,
    );
    // Quarter scans over the whole portfolio: rows arrive roughly in time order, so a BRIN stays tiny.
    await q.query(`CREATE INDEX card_transaction_time_brin ON card_transaction USING brin (occurred_at)`);
    await q.query(
      `CREATE INDEX card_transaction_import_idx ON card_transaction (import_id) WHERE import_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE customer_quarter (
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        -- First day of the calendar quarter (KST); the label 2025Q3 is derived from it.
        quarter_start date NOT NULL CHECK (extract(day FROM quarter_start) = 1 AND extract(month FROM quarter_start) IN (1, 4, 7, 10)),
        source text NOT NULL CHECK (source IN ('COMPUTED', 'IMPORTED')),
        -- Net of refunds.
        total_amount numeric(18, 0) NOT NULL,
        -- Purchases only (refunds are not transactions of the customer's choosing).
        transaction_count integer NOT NULL CHECK (transaction_count >= 0),
        refund_count integer NOT NULL DEFAULT 0 CHECK (refund_count >= 0),
        -- Gross purchases ÷ purchase count, truncated to the won; null without purchases.
        average_ticket numeric(18, 0),
        -- Shares of gross purchase amount (0–1); null without purchases.
        online_share numeric(7, 6) CHECK (online_share BETWEEN 0 AND 1),
        overseas_share numeric(7, 6) CHECK (overseas_share BETWEEN 0 AND 1),
        night_share numeric(7, 6) CHECK (night_share BETWEEN 0 AND 1),
        -- Not derivable from card transactions: imported (or entered), never touched by recompute.
        income numeric(18, 0) CHECK (income >= 0),
        deposit_balance numeric(18, 0),
        loan_balance numeric(18, 0) CHECK (loan_balance >= 0),
        card_balance numeric(18, 0) CHECK (card_balance >= 0),
        import_id uuid,
        computed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, quarter_start)
      )`);
    await q.query(
      `CREATE INDEX customer_quarter_quarter_idx ON customer_quarter (quarter_start, customer_id)`,
    );

    // By-category amounts as rows (not jsonb): portfolio-by-category is a plain GROUP BY, the category is a
    // foreign key, and feature vectors pivot with sum(…) FILTER (WHERE category_code = …).
    await q.query(`
      CREATE TABLE customer_quarter_category (
        customer_id uuid NOT NULL,
        quarter_start date NOT NULL,
        category_code text NOT NULL REFERENCES spending_category (code),
        amount numeric(18, 0) NOT NULL,
        transaction_count integer NOT NULL CHECK (transaction_count >= 0),
        PRIMARY KEY (customer_id, quarter_start, category_code),
        FOREIGN KEY (customer_id, quarter_start) REFERENCES customer_quarter (customer_id, quarter_start) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX customer_quarter_category_quarter_idx ON customer_quarter_category (quarter_start, category_code)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_quarter_category`);
    await q.query(`DROP TABLE customer_quarter`);
    await q.query(`DROP TABLE card_transaction`);
    await q.query(`DROP TABLE card`);
    await q.query(`DROP TABLE issuer_category_map`);
    await q.query(`DROP TABLE card_issuer`);
    await q.query(`DROP FUNCTION spending_category_of_mcc(integer)`);
    await q.query(`DROP TABLE mcc_category_range`);
    await q.query(`DROP TABLE spending_category`);
  }
}
