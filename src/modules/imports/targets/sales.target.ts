import { fastAmount, fastDateTime, fastInteger, fastText, fastVerbatim } from '../fast-cells';
import { parseAmount, parseDateTime, parseInteger, parseText } from '../normalize';
import type { ImportTarget, TargetField } from './import-target';

// Generic sales lines (invoice, item, quantity × unit price), e.g. the UCI Online Retail file.

const CURRENCY = /^[A-Z]{3}$/;

/** Every character is A–Z. */
function isUpperAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Bytes `from`..`to` are all A–Z. */
function isUpperAsciiBytes(src: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (src[i] < 65 || src[i] > 90) return false;
  return true;
}

/** The text ends in a point and zeros (".0", ".00"…). */
function endsWithPointZeros(src: Buffer, from: number, to: number): boolean {
  let i = to - 1;
  if (src[i] !== 48) return false;
  while (i > from && src[i] === 48) i--;
  return src[i] === 46;
}

const fields: TargetField[] = [
  {
    name: 'invoice_no',
    description: 'Invoice number; one starting with C is a cancellation.',
    required: true,
    pgType: 'text',
    parse: (cell) => {
      const r = parseText(cell, 40);
      return r.ok && r.value === '' ? { ok: false, reason: 'is empty' } : r;
    },
    fast: fastText(40),
  },
  {
    name: 'item_code',
    description: 'Item (stock) code.',
    required: false,
    pgType: 'text',
    parse: (c) => parseText(c, 40),
    fast: fastText(40),
  },
  {
    name: 'description',
    description: 'Item description.',
    required: false,
    pgType: 'text',
    parse: (c) => parseText(c, 500),
    fast: fastText(500),
  },
  {
    name: 'quantity',
    description: 'Quantity (negative on cancellations and stock adjustments).',
    required: true,
    pgType: 'integer',
    parse: (cell) => parseInteger(cell, -1_000_000_000, 1_000_000_000),
    fast: fastInteger(-1_000_000_000, 1_000_000_000),
  },
  {
    name: 'unit_price',
    description: 'Unit price, up to 4 decimal places; not negative.',
    required: true,
    pgType: 'numeric(18,4)',
    parse: (cell) => {
      const r = parseAmount(cell, 4);
      if (!r.ok) return r;
      return r.value.startsWith('-') ? { ok: false, reason: `${r.value} is a negative price` } : r;
    },
    fast: fastAmount(4, { nonNegative: true }),
  },
  {
    name: 'currency',
    description: 'ISO 4217 code; when unmapped or blank, the import option currency (default KRW).',
    required: false,
    pgType: 'text',
    parse: (cell) => {
      // Already a code (GBP: the common case in a big file) without the upper-casing and the regular expression.
      if (typeof cell === 'string' && cell.length === 3 && isUpperAscii(cell))
        return { ok: true, value: cell };
      const text = String(cell ?? '')
        .trim()
        .toUpperCase();
      return CURRENCY.test(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `"${text}" is not a currency code` };
    },
    fast: fastVerbatim((src, from, to) => to - from === 3 && isUpperAsciiBytes(src, from, to)),
  },
  {
    name: 'customer_ref',
    description: "The seller's customer reference (text).",
    required: false,
    pgType: 'text',
    parse: (cell) => {
      // XLSX gives numeric ids as numbers: 17850 rather than "17850.0".
      const r = parseText(typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : cell, 64);
      return r.ok ? { ok: true, value: r.value.replace(/\.0+$/, '') } : r;
    },
    // "17850.0" is written "17850" by parse: declined.
    fast: fastText(64, { decline: endsWithPointZeros }),
  },
  {
    name: 'occurred_at',
    description: 'When the sale happened (date formats, Excel serials; no zone = KST).',
    required: true,
    pgType: 'timestamptz',
    parse: (cell, ctx) => parseDateTime(cell, ctx.dateOrder),
    fast: fastDateTime,
  },
  {
    name: 'country',
    description: 'Country.',
    required: false,
    pgType: 'text',
    parse: (c) => parseText(c, 60),
    fast: fastText(60),
  },
];

export const salesTarget: ImportTarget = {
  name: 'SALES',
  description:
    'Sales lines (amount = quantity × unit price); natural key invoice number + line within the invoice.',
  fields,
  presets: {
    'uci-online-retail': [
      ['InvoiceNo', 'invoice_no'],
      ['StockCode', 'item_code'],
      ['Description', 'description'],
      ['Quantity', 'quantity'],
      ['InvoiceDate', 'occurred_at'],
      ['UnitPrice', 'unit_price'],
      ['CustomerID', 'customer_ref'],
      ['Country', 'country'],
    ].map(([column, field]) => ({ column, field })),
    sales: fields.map((f) => ({ column: f.name, field: f.name })),
  },
  defaults: (options) => ({ currency: options.currency ?? 'KRW' }),
  qualityChecks: [
    {
      name: 'negative_quantity_not_cancelled',
      description: 'Negative quantity on an invoice that is not a cancellation (stock adjustment?).',
      condition: `quantity < 0 AND invoice_no NOT LIKE 'C%'`,
    },
    {
      name: 'positive_quantity_cancelled',
      description: 'Positive quantity on a cancellation invoice.',
      condition: `quantity > 0 AND invoice_no LIKE 'C%'`,
    },
    { name: 'zero_quantity', description: 'Quantity of 0.', condition: 'quantity = 0' },
    { name: 'price_not_positive', description: 'Unit price ≤ 0.', condition: 'unit_price <= 0' },
    { name: 'future_date', description: 'Dated after the import.', condition: 'occurred_at > now()' },
    { name: 'missing_customer', description: 'No customer reference.', condition: 'customer_ref IS NULL' },
  ],
  // The line within the invoice: counted while the file streams when each invoice's lines come together (the
  // staged line_no), else numbered here in file order — the same numbers either way.
  numbering: { field: 'invoice_no', column: 'line_no' },
  // Lines already present (same invoice, same line number) are skipped by anti-join; the runner serialises merges
  // of a target, and the unique index still refuses a duplicate from any other writer (the import then fails whole).
  // Only the import itself reads sales_line (its anti-join and distribution shift).
  rebuildIndexes: { table: 'sales_line' },
  mergeSql: (stage, numbered = false) => `
    INSERT INTO sales_line (import_id, invoice_no, line_no, item_code, description, quantity, unit_price, amount,
                            currency, customer_ref, occurred_at, country)
    SELECT $1, s.invoice_no, s.line_no, s.item_code, s.description, s.quantity, s.unit_price,
           s.quantity * s.unit_price, s.currency, s.customer_ref, s.occurred_at, s.country
    FROM ${
      numbered
        ? stage
        : `(SELECT invoice_no, row_number() OVER (PARTITION BY invoice_no ORDER BY source_line)::int AS line_no,
                 item_code, description, quantity, unit_price, currency, customer_ref, occurred_at, country
          FROM ${stage})`
    } s
    WHERE NOT EXISTS (SELECT 1 FROM sales_line x WHERE x.invoice_no = s.invoice_no AND x.line_no = s.line_no)`,
  summary: (stage) => ({
    totals: {
      amount: 'coalesce(sum(quantity * unit_price), 0)::text',
      quantity: 'coalesce(sum(quantity), 0)::text',
    },
    customerField: 'customer_ref',
    invoices: { field: 'invoice_no', cancelledWhen: `invoice_no LIKE 'C%'` },
    breakdown: {
      label: 'country',
      sql: `SELECT coalesce(country, '(none)') AS key, count(*)::int AS rows, sum(quantity * unit_price)::text AS amount,
                   sum(quantity)::text AS quantity
            FROM ${stage} GROUP BY 1 ORDER BY sum(quantity * unit_price) DESC NULLS LAST, 1 LIMIT 20`,
    },
  }),
  shift: {
    amountSql: 'quantity * unit_price',
    timeColumn: 'occurred_at',
    table: 'sales_line',
    tableAmountSql: 'amount',
    tableTimeColumn: 'occurred_at',
  },
};
