import { isTrimmed } from './fast-cells';
import { fastPlan, stageSliceFast } from './fast-slice';
import { CopyBytes, copyValue, headerStagerOptions, newStageCounters } from './stage-rows';
import { sliceStager, stageJob, type SliceResult } from './stage-slice';
import { importTarget } from './targets';
import type { ImportTarget } from './targets/import-target';

// The staging fast lane against the general path. Per cell: whatever a field's fast reader accepts, it writes what
// the field's parser + the COPY encoder write. Per slice: random files of canonical records with odd records mixed
// in (seeded, so a failure repeats) stage to the same COPY text, counters and numbering on both paths, and a file
// of canonical records is taken by the lane (else the comparison would prove nothing).

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

/** Canonical cells by field (what a clean export writes). */
const CANONICAL: Record<string, string[]> = {
  invoice_no: ['536365', 'C536379', 'A1', '600000'],
  item_code: ['85123A', '22752', 'POST', '한글코드'],
  description: ['WHITE METAL LANTERN', 'ITEM 20000, BOXED', '빨간 머그컵', 'Café crème 🍰', "it's 5 cm"],
  quantity: ['6', '-1', '0', '12', '1000000000', '-1000000000'],
  unit_price: ['2.55', '0', '1.2500', '3.00', '0.5', '1234567.1234', '10'],
  currency: ['GBP', 'KRW', 'USD'],
  customer_ref: ['17850', '13047', 'K-1', '17850.5', '0'],
  occurred_at: ['2010-12-01 08:26', '2024-02-29 23:59:59', '2025-01-01T00:00', '1999-12-31 12:00:00'],
  country: ['United Kingdom', 'France', '대한민국'],
  customer_number: ['C0001', 'c0002', 'FG-00042'],
  card_id: ['8f14e45f-ceea-467f-a8f3-5c9f0f1a1b2c', '00000000-0000-4000-8000-000000000000'],
  amount: ['12000', '-4500', '1', '99999999', '12000.0'],
  merchant_name: ['스타벅스 강남점', 'GS25', 'Amazon.com'],
  mcc: ['5812', '0', '9999', '42'],
  issuer_category_code: ['F01', '음식점'],
  category_code: ['FOOD', 'GROCERY', 'SHOPPING_ONLINE'],
  channel: ['ONLINE', 'OFFLINE'],
  locality: ['DOMESTIC', 'OVERSEAS'],
  instalment_months: ['0', '2', '36', '12'],
};

/** Cells a reader must decline or read exactly as the parser: odd forms, bad values, padding, other scripts. */
const ODD = [
  '',
  ' ',
  ' 6',
  '6 ',
  '\u00a06',
  '6\u3000',
  '\ufeff6',
  '+6',
  '007',
  '-0',
  '-0.00',
  '1,234',
  '1,234.50',
  '₩12,000',
  '12000원',
  '(1,000)',
  '1.',
  '.5',
  '1e3',
  '2.55555',
  '-2.55',
  '0.00',
  '0',
  '1',
  '37',
  '10000',
  '1000000001',
  '9999999999999999',
  '2010-12-01',
  '2010/12/01 08:26',
  '12/01/2010 08:26',
  '2010-02-30 08:26',
  '2010-12-01 24:00',
  '2010-12-01 08:26:60',
  '2010-12-01 08:26+09:00',
  '0999-12-01 08:26',
  '20101201',
  '2024년 3월 1일',
  '45000',
  'gbp',
  'GB',
  'GBPX',
  'online',
  '온라인',
  '해외',
  '일시불',
  'food',
  '_FOOD',
  '8F14E45F-CEEA-467F-A8F3-5C9F0F1A1B2C',
  '8f14e45f-ceea-467f-a8f3-5c9f0f1a1b2',
  '17850.0',
  '17850.00',
  'x'.repeat(41),
  'x'.repeat(61),
  '가'.repeat(40),
  '가'.repeat(41),
  '🍰'.repeat(20),
  '🍰'.repeat(21),
  'back\\slash',
  'NUL\0',
  'a "quoted" word',
];

/** A CSV cell: quoted when it holds a delimiter, a quote or a line break (or at random). */
function csvCell(rnd: () => number, text: string): string {
  return /[",\r\n]/.test(text) || rnd() < 0.1 ? `"${text.replace(/"/g, '""')}"` : text;
}

function fileOf(
  rnd: () => number,
  target: ImportTarget,
  records: string[][],
  eol: string,
  bom: boolean,
): Buffer {
  const header = target.fields.map((f) => f.name).join(',');
  const lines = records.map((r) => r.map((c) => csvCell(rnd, c)).join(','));
  return Buffer.from(
    `${bom ? '\ufeff' : ''}${header}${eol}${lines.join(eol)}${rnd() < 0.5 ? eol : ''}`,
    'utf8',
  );
}

function canonicalRecord(rnd: () => number, target: ImportTarget): string[] {
  return target.fields.map((f) => pick(rnd, CANONICAL[f.name]));
}

function jobFor(target: ImportTarget) {
  const header = target.fields.map((f) => f.name);
  const mapping = header.map((name) => ({ column: name, field: name }));
  const options = headerStagerOptions(target, header, mapping, 1000);
  return stageJob(target.name, options, { delimiter: ',', encoding: 'utf-8' });
}

/** The file as one slice, staged with the fast lane and without it. */
function stageBoth(
  target: ImportTarget,
  file: Buffer,
  job = jobFor(target),
): { fast: SliceResult; general: SliceResult } {
  const task = () => ({
    seq: 0,
    bytes: new Uint8Array(file).buffer as ArrayBuffer,
    length: file.length,
    offset: 0,
    startLine: 1,
    last: true,
  });
  return {
    fast: sliceStager(job)(task()),
    general: sliceStager(job, { fastLane: false })(task()),
  };
}

const copyText = (r: SliceResult) => (r.copy ? Buffer.from(r.copy, 0, r.copyLength).toString('utf8') : '');

const TARGETS = ['SALES', 'TRANSACTIONS'];

describe('fast cell readers', () => {
  it.each(TARGETS)('%s: an accepted cell is written as the parser + COPY encoder write it', (name) => {
    const target = importTarget(name)!;
    let accepted = 0;
    for (const field of target.fields) {
      expect(field.fast).toBeDefined();
      for (const text of [...CANONICAL[field.name], ...ODD]) {
        const src = Buffer.from(`,${text},`, 'utf8');
        const out = new CopyBytes(4096);
        // What the lane hands a reader: a trimmed cell without control characters or backslashes.
        const plain = [...text].every((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\\');
        if (text === '' || !plain || !isTrimmed(src, 1, src.length - 1)) continue;
        if (!field.fast!(src, 1, src.length - 1, out)) continue;
        accepted++;
        const parsed = field.parse(text.trim(), { dateOrder: 'MDY' });
        expect({ field: field.name, text, ok: parsed.ok }).toEqual({ field: field.name, text, ok: true });
        const expected = parsed.ok ? copyValue(parsed.value, false) : '';
        expect({ field: field.name, text, out: out.buffer.toString('utf8', 0, out.used) }).toEqual({
          field: field.name,
          text,
          out: expected,
        });
      }
    }
    expect(accepted).toBeGreaterThan(target.fields.length * 2);
  });
});

describe('fast lane', () => {
  it.each(TARGETS)('%s: takes a file of canonical records, with the general path’s output', (name) => {
    const target = importTarget(name)!;
    const rnd = random(7);
    const records = Array.from({ length: 300 }, () => canonicalRecord(rnd, target));
    // Runs of one invoice (the numbering) and an empty line.
    records.splice(10, 0, [...records[9]], [...records[9]]);
    const file = fileOf(rnd, target, records, '\r\n', true);
    // Two empty lines after the 5th record (skipped, counted in the line numbers).
    const lines = file.toString('utf8').split('\r\n');
    lines.splice(6, 0, '', '');
    const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
    const plan = fastPlan(jobFor(target), target)!;
    expect(plan).toBeDefined();
    const out = new CopyBytes(bytes.length * 2);
    const counters = newStageCounters(target.fields.length);
    expect(
      stageSliceFast(plan, bytes, { startLine: 1, offset: 0, last: true }, out, counters, undefined),
    ).toBe(true);
    const { fast, general } = stageBoth(target, bytes);
    expect(general.counters.valid).toBe(records.length);
    expect(copyText(fast)).toBe(copyText(general));
    expect(fast.counters).toEqual(general.counters);
    expect(fast.numbering).toEqual(general.numbering);
  });

  it.each(TARGETS)('%s: odd records give the same output as the general path (400 seeded files)', (name) => {
    const target = importTarget(name)!;
    let taken = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = random(seed);
      const records = Array.from({ length: 20 }, () => canonicalRecord(rnd, target));
      const oddRecord = records[Math.floor(rnd() * records.length)];
      const kind = rnd();
      if (kind < 0.7) oddRecord[Math.floor(rnd() * oddRecord.length)] = pick(rnd, ODD);
      else if (kind < 0.8)
        oddRecord.pop(); // a short record
      else if (kind < 0.9)
        oddRecord.push('extra'); // a long one
      else
        oddRecord[Math.floor(rnd() * oddRecord.length)] = pick(rnd, ['a\nb', 'a\r\nb', 'tab\there', 'x\ry']);
      const file = fileOf(rnd, target, records, rnd() < 0.5 ? '\n' : '\r\n', rnd() < 0.2);
      const { fast, general } = stageBoth(target, file);
      const context = { seed, oddRecord };
      expect({ ...context, copy: copyText(fast) }).toEqual({ ...context, copy: copyText(general) });
      expect({ ...context, counters: fast.counters }).toEqual({ ...context, counters: general.counters });
      expect({ ...context, numbering: fast.numbering }).toEqual({ ...context, numbering: general.numbering });
      expect(fast.error).toEqual(general.error);
      const plan = fastPlan(jobFor(target), target)!;
      const out = new CopyBytes(file.length * 2);
      const counters = newStageCounters(target.fields.length);
      if (stageSliceFast(plan, file, { startLine: 1, offset: 0, last: true }, out, counters, undefined))
        taken++;
    }
    // Some odd records are still canonical for their field (a 0 where 0 is allowed): the lane takes those files.
    expect(taken).toBeGreaterThan(20);
    expect(taken).toBeLessThan(400);
  });

  it('reads a column mapped to two fields once for each', () => {
    const sales = importTarget('SALES')!;
    const header = sales.fields.map((f) => f.name);
    // The country column also read as the customer reference: 180 bytes of Korean, twice per row.
    const mapping = header.map((name) => ({
      column: name === 'customer_ref' ? 'country' : name,
      field: name,
    }));
    const job = stageJob(sales.name, headerStagerOptions(sales, header, mapping, 1000), {
      delimiter: ',',
      encoding: 'utf-8',
    });
    const rnd = random(11);
    const records = Array.from({ length: 2000 }, () => {
      const r = canonicalRecord(rnd, sales);
      r[header.indexOf('country')] = '가나다라마바사아자차'.repeat(6); // 60 characters, 180 bytes
      return r;
    });
    const file = fileOf(rnd, sales, records, '\n', false);
    const { fast, general } = stageBoth(sales, file, job);
    expect(general.counters.valid).toBe(records.length);
    expect(copyText(fast)).toBe(copyText(general));
    expect(fastPlan(job, sales)!.cellUses).toBe(2);
  });

  it('leaves files in another encoding or with an unread field to the general path', () => {
    const sales = importTarget('SALES')!;
    expect(fastPlan({ ...jobFor(sales), encoding: 'euc-kr' }, sales)).toBeUndefined();
    const quarters = importTarget('CUSTOMER_QUARTERS')!;
    expect(fastPlan(jobFor(quarters), quarters)).toBeUndefined();
  });
});
