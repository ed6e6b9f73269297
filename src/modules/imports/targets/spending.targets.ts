import { fastAmount, fastDateTime, fastInteger, fastText, fastVerbatim, isOneOf } from '../fast-cells';
import { parseAmount, parseChoice, parseDate, parseDateTime, parseInteger, parseText } from '../normalize';
import type { ImportTarget, TargetField } from './import-target';

// Targets of the spending module's tables (migrations/1764000000000-spending.ts): card transactions and customer
// quarters imported as aggregates (FI_PRO's db_seed/customer_quarter.csv). Customers are referenced by their
// customer number; references are checked set-wise after staging (bad references are bad rows).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID's shape in lower case, character by character. */
function isLowerUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** isLowerUuid over bytes. */
function isLowerUuidBytes(src: Buffer, from: number, to: number): boolean {
  if (to - from !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = src[from + i];
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** A category code already in upper case: A–Z, then A–Z or _. */
function isCategoryCodeBytes(src: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (!((c >= 65 && c <= 90) || (i > from && c === 95))) return false;
  }
  return true;
}

const customerNumber: TargetField = {
  name: 'customer_number',
  description: 'Customer number of an existing customer.',
  required: true,
  pgType: 'text',
  parse: (cell) => {
    const r = parseText(cell, 32);
    return r.ok ? { ok: true, value: r.value.toUpperCase() } : r;
  },
  fast: fastText(32, { upper: true }),
};

const share = (name: string, description: string): TargetField => ({
  name,
  description: `${description} (0–1, or a percentage like 35%).`,
  required: false,
  pgType: 'numeric(7,6)',
  parse: (cell) => {
    const text = String(cell ?? '').trim();
    const pct = text.endsWith('%');
    const r = parseAmount(pct ? text.slice(0, -1) : cell, 8);
    if (!r.ok) return r;
    const v = Number(r.value) / (pct ? 100 : 1);
    return v >= 0 && v <= 1
      ? { ok: true, value: v.toFixed(6) }
      : { ok: false, reason: `${text} is not a share between 0 and 1` };
  },
});

const wholeWon = (
  name: string,
  description: string,
  required: boolean,
  nonNegative: boolean,
): TargetField => ({
  name,
  description,
  required,
  pgType: 'numeric(18,0)',
  parse: (cell) => {
    const r = parseAmount(cell, 0);
    if (!r.ok) return r;
    return nonNegative && r.value.startsWith('-') ? { ok: false, reason: `${r.value} is negative` } : r;
  },
});

const transactionFields: TargetField[] = [
  customerNumber,
  {
    name: 'card_id',
    description: "The card's id; when left out, the customer's earliest card.",
    required: false,
    pgType: 'uuid',
    parse: (cell) => {
      // Already a lower-case uuid (the common case in a big file): no regular expression, no lower-casing.
      if (typeof cell === 'string' && isLowerUuid(cell)) return { ok: true, value: cell };
      const text = String(cell ?? '').trim();
      return UUID.test(text)
        ? { ok: true, value: text.toLowerCase() }
        : { ok: false, reason: `"${text}" is not a card id` };
    },
    fast: fastVerbatim(isLowerUuidBytes),
  },
  {
    name: 'occurred_at',
    description: 'When (date formats, Excel serials; no zone = KST).',
    required: true,
    pgType: 'timestamptz',
    parse: (cell, ctx) => parseDateTime(cell, ctx.dateOrder),
    fast: fastDateTime,
  },
  {
    name: 'amount',
    description: 'Whole won (₩, 원, separators); negative = refund; not 0.',
    required: true,
    pgType: 'numeric(18,0)',
    parse: (cell) => {
      const r = parseAmount(cell, 0);
      return r.ok && r.value === '0' ? { ok: false, reason: 'is 0' } : r;
    },
    fast: fastAmount(0, { nonZero: true }),
  },
  {
    name: 'merchant_name',
    description: 'Merchant (가맹점) name.',
    required: true,
    pgType: 'text',
    parse: (cell) => parseText(cell, 200),
    fast: fastText(200),
  },
  {
    name: 'mcc',
    description: 'ISO 18245 merchant category code.',
    required: false,
    pgType: 'smallint',
    parse: (c) => parseInteger(c, 0, 9999),
    fast: fastInteger(0, 9999),
  },
  {
    name: 'issuer_category_code',
    description: "The issuer's own 업종 code (mapped through issuer_category_map).",
    required: false,
    pgType: 'text',
    parse: (cell) => parseText(cell, 20),
    fast: fastText(20),
  },
  {
    name: 'category_code',
    description: 'Our spending category code (FOOD, GROCERY…); otherwise from the issuer code, then the MCC.',
    required: false,
    pgType: 'text',
    parse: (cell) => {
      const text = String(cell ?? '')
        .trim()
        .toUpperCase();
      return /^[A-Z][A-Z_]*$/.test(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `"${text}" is not a category code` };
    },
    fast: fastVerbatim(isCategoryCodeBytes),
  },
  {
    name: 'channel',
    description: 'ONLINE/OFFLINE (온라인/오프라인); default OFFLINE.',
    required: false,
    pgType: 'text',
    parse: (cell) => parseChoice(cell, ['ONLINE', 'OFFLINE'], { 온라인: 'ONLINE', 오프라인: 'OFFLINE' }),
    fast: fastVerbatim(isOneOf(['ONLINE', 'OFFLINE'])),
  },
  {
    name: 'locality',
    description: 'DOMESTIC/OVERSEAS (국내/해외); default DOMESTIC.',
    required: false,
    pgType: 'text',
    parse: (cell) => parseChoice(cell, ['DOMESTIC', 'OVERSEAS'], { 국내: 'DOMESTIC', 해외: 'OVERSEAS' }),
    fast: fastVerbatim(isOneOf(['DOMESTIC', 'OVERSEAS'])),
  },
  {
    name: 'instalment_months',
    description: '0 (일시불) or 2–36.',
    required: false,
    pgType: 'smallint',
    parse: (cell) => {
      if (String(cell).trim() === '일시불') return { ok: true, value: 0 };
      const r = parseInteger(cell, 0, 36);
      return r.ok && r.value === 1
        ? { ok: false, reason: '1 month is not an instalment plan (0 or 2–36)' }
        : r;
    },
    fast: fastInteger(0, 36, 1),
  },
];

export const transactionsTarget: ImportTarget = {
  name: 'TRANSACTIONS',
  description:
    'Card transactions; natural key customer + time + amount + merchant (rows already present are skipped).',
  fields: transactionFields,
  presets: {
    transactions: transactionFields.map((f) => ({ column: f.name, field: f.name })),
    'transactions-ko': [
      ['고객번호', 'customer_number'],
      ['카드ID', 'card_id'],
      ['거래일시', 'occurred_at'],
      ['금액', 'amount'],
      ['가맹점명', 'merchant_name'],
      ['MCC', 'mcc'],
      ['업종코드', 'issuer_category_code'],
      ['채널', 'channel'],
      ['국내외', 'locality'],
      ['할부개월', 'instalment_months'],
    ].map(([column, field]) => ({ column, field })),
  },
  referenceChecks: [
    {
      field: 'customer_number',
      reason: 'customer_number is not a known customer',
      condition: `NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_number = s.customer_number)`,
    },
    {
      field: 'card_id',
      reason: 'card_id is not a card of this customer',
      condition: `s.card_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM card k JOIN customer c ON c.id = k.customer_id
                    WHERE k.id = s.card_id AND c.customer_number = s.customer_number)`,
    },
    {
      field: 'customer_number',
      reason: 'the customer has no card (give card_id)',
      condition: `s.card_id IS NULL AND NOT EXISTS (SELECT 1 FROM card k JOIN customer c ON c.id = k.customer_id
                    WHERE c.customer_number = s.customer_number)`,
    },
    {
      field: 'category_code',
      reason: 'category_code is not a spending category',
      condition: `s.category_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM spending_category g WHERE g.code = s.category_code)`,
    },
  ],
  qualityChecks: [
    { name: 'future_date', description: 'Dated after the import.', condition: 'occurred_at > now()' },
    { name: 'refund', description: 'Refunds (negative amounts).', condition: 'amount < 0' },
    {
      name: 'large_amount',
      description: 'Amounts of 10,000,000 won or more.',
      condition: 'abs(amount) >= 10000000',
    },
    {
      name: 'night_time',
      description: 'Between 00:00 and 05:59 KST.',
      condition: `extract(hour FROM occurred_at AT TIME ZONE 'UTC' + interval '9 hours') < 6`,
    },
  ],
  // No unique key on card_transaction (spending module: no constraints on the fact table for load speed):
  // duplicates are skipped by NOT EXISTS on customer + time + amount + merchant, within the file by DISTINCT ON.
  // Set-based throughout (EXPLAIN ANALYZE of a million rows, bench/README.md): the customer's earliest card, the
  // issuer's category map and the MCC ranges are hash-joined once instead of being looked up per row by
  // correlated subqueries (1.7 M index probes), and the MCC → category function runs once per distinct MCC.
  mergeSql: (stage) => `
    WITH earliest AS (
      SELECT DISTINCT ON (k.customer_id) k.customer_id, k.id
      FROM card k WHERE k.customer_id IN (SELECT c.id FROM customer c WHERE c.customer_number IN (SELECT customer_number FROM ${stage}))
      ORDER BY k.customer_id, k.issued_on, k.id
    ), mccs AS (
      SELECT d.mcc, spending_category_of_mcc(d.mcc) AS category_code
      FROM (SELECT DISTINCT mcc FROM ${stage} WHERE mcc IS NOT NULL) d
    )
    INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc,
                                  issuer_category_code, category_code, channel, locality, instalment_months, import_id)
    SELECT x.card_id, x.customer_id, CASE WHEN x.amount < 0 THEN 'REFUND' ELSE 'PURCHASE' END, x.amount, x.occurred_at,
           x.merchant_name, x.mcc, x.issuer_category_code,
           coalesce(x.category_code, im.category_code, mc.category_code, 'OTHER'),
           coalesce(x.channel, 'OFFLINE'), coalesce(x.locality, 'DOMESTIC'), coalesce(x.instalment_months, 0), $1
    FROM (
      SELECT DISTINCT ON (c.id, s.occurred_at, s.amount, s.merchant_name)
             coalesce(s.card_id, e.id) AS card_id, c.id AS customer_id, s.occurred_at, s.amount, s.merchant_name, s.mcc,
             s.issuer_category_code, s.category_code, s.channel, s.locality, s.instalment_months
      FROM ${stage} s JOIN customer c ON c.customer_number = s.customer_number
           LEFT JOIN earliest e ON e.customer_id = c.id
      ORDER BY c.id, s.occurred_at, s.amount, s.merchant_name, s.source_line
    ) x
    LEFT JOIN card k ON x.category_code IS NULL AND x.issuer_category_code IS NOT NULL AND k.id = x.card_id
    LEFT JOIN issuer_category_map im ON im.issuer = k.issuer AND im.issuer_code = x.issuer_category_code
    LEFT JOIN mccs mc ON mc.mcc = x.mcc
    WHERE NOT EXISTS (SELECT 1 FROM card_transaction t WHERE t.customer_id = x.customer_id
                        AND t.occurred_at = x.occurred_at AND t.amount = x.amount AND t.merchant_name = x.merchant_name)`,
  summary: (stage) => ({
    totals: {
      amount: 'coalesce(sum(amount), 0)::text',
      cancellations: 'count(*) FILTER (WHERE amount < 0)::int',
    },
    customerField: 'customer_number',
    breakdown: {
      label: 'category',
      sql: `SELECT coalesce(category_code, issuer_category_code, 'MCC ' || mcc::text, '(none)') AS key, count(*)::int AS rows,
                   sum(amount)::text AS amount, NULL::text AS quantity
            FROM ${stage} GROUP BY 1 ORDER BY sum(amount) DESC, 1 LIMIT 20`,
    },
  }),
  shift: {
    amountSql: 'amount',
    timeColumn: 'occurred_at',
    table: 'card_transaction',
    tableAmountSql: 'amount',
    tableTimeColumn: 'occurred_at',
  },
};

const quarterFields: TargetField[] = [
  customerNumber,
  {
    name: 'quarter',
    description: 'The quarter: 2025Q3, 2025-Q3, or any date inside it (stored as its first day).',
    required: true,
    pgType: 'date',
    parse: (cell, ctx) => {
      const text = String(cell ?? '')
        .trim()
        .toUpperCase();
      const m = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(text);
      if (m) return { ok: true, value: `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01` };
      const d = parseDate(cell, ctx.dateOrder);
      if (!d.ok) return { ok: false, reason: `"${text}" is not a quarter (2025Q3) or a date` };
      const month = Number(d.value.slice(5, 7));
      return {
        ok: true,
        value: `${d.value.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`,
      };
    },
  },
  wholeWon('total_amount', 'Spending of the quarter, net of refunds (whole won).', true, false),
  {
    name: 'transaction_count',
    description: 'Purchases in the quarter.',
    required: true,
    pgType: 'integer',
    parse: (cell) => parseInteger(cell, 0, 1_000_000_000),
  },
  {
    name: 'refund_count',
    description: 'Refunds in the quarter.',
    required: false,
    pgType: 'integer',
    parse: (cell) => parseInteger(cell, 0, 1_000_000_000),
  },
  wholeWon('average_ticket', 'Average purchase (whole won).', false, true),
  share('online_share', 'Online share of purchases'),
  share('overseas_share', 'Overseas share of purchases'),
  share('night_share', 'Night-time share of purchases'),
  wholeWon('income', 'Income of the quarter (whole won).', false, true),
  wholeWon('deposit_balance', 'Deposit balance at quarter end (whole won).', false, false),
  wholeWon('loan_balance', 'Loan balance at quarter end (whole won).', false, true),
  wholeWon('card_balance', 'Card balance at quarter end (whole won).', false, true),
];

const QUARTER_VALUES = quarterFields.filter((f) => f.name !== 'customer_number' && f.name !== 'quarter');

export const customerQuartersTarget: ImportTarget = {
  name: 'CUSTOMER_QUARTERS',
  description:
    'Quarterly aggregates per customer (source IMPORTED, which wins over COMPUTED); natural key customer + quarter.',
  fields: quarterFields,
  presets: {
    'customer-quarters': quarterFields.map((f) => ({ column: f.name, field: f.name })),
  },
  referenceChecks: [
    {
      field: 'customer_number',
      reason: 'customer_number is not a known customer',
      condition: `NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_number = s.customer_number)`,
    },
  ],
  qualityChecks: [
    { name: 'negative_total', description: 'Net spending below 0.', condition: 'total_amount < 0' },
    { name: 'no_purchases', description: 'No purchases in the quarter.', condition: 'transaction_count = 0' },
    {
      name: 'future_quarter',
      description: 'A quarter starting after the import.',
      condition: 'quarter > now()::date',
    },
  ],
  // An IMPORTED row replaces a COMPUTED one; a quarter imported before is left alone (counted as duplicate).
  mergeSql: (stage) => `
    INSERT INTO customer_quarter (customer_id, quarter_start, source, ${QUARTER_VALUES.map((f) => f.name).join(', ')},
                                  import_id, updated_at)
    SELECT DISTINCT ON (c.id, s.quarter) c.id, s.quarter, 'IMPORTED',
           ${QUARTER_VALUES.map((f) => (f.name === 'refund_count' ? 'coalesce(s.refund_count, 0)' : `s.${f.name}`)).join(', ')},
           $1, now()
    FROM ${stage} s JOIN customer c ON c.customer_number = s.customer_number
    ORDER BY c.id, s.quarter, s.source_line
    ON CONFLICT (customer_id, quarter_start) DO UPDATE SET source = 'IMPORTED',
      ${QUARTER_VALUES.map((f) => `${f.name} = EXCLUDED.${f.name}`).join(', ')}, import_id = EXCLUDED.import_id,
      updated_at = EXCLUDED.updated_at
    WHERE customer_quarter.source = 'COMPUTED'`,
  summary: (stage) => ({
    totals: {
      amount: 'coalesce(sum(total_amount), 0)::text',
      quantity: 'coalesce(sum(transaction_count), 0)::text',
    },
    customerField: 'customer_number',
    breakdown: {
      label: 'quarter',
      sql: `SELECT to_char(quarter, 'YYYY') || 'Q' || extract(quarter FROM quarter)::text AS key, count(*)::int AS rows,
                   sum(total_amount)::text AS amount, sum(transaction_count)::text AS quantity
            FROM ${stage} GROUP BY quarter ORDER BY quarter DESC LIMIT 20`,
    },
  }),
  shift: {
    amountSql: 'total_amount',
    timeColumn: 'quarter',
    table: 'customer_quarter',
    tableAmountSql: 'total_amount',
    tableTimeColumn: 'quarter_start',
  },
};
