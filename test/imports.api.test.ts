import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startTestApp, subscribe, TestApp } from './support/app';
import { encodeCp949 } from './support/cp949';
import { importClient } from './support/imports';
import { hugeSharedStrings, workbookParts, writeZip } from './support/zip';
import {
  ImportDocument,
  ImportPresetsDocument,
  ImportsDocument,
  LatestImportSummaryDocument,
  StartImportDocument,
} from './generated/operations';

const FIXTURE = path.join(__dirname, 'fixtures/imports/online_retail_sample.csv');
const UCI_MAPPING = [
  ['InvoiceNo', 'invoice_no'],
  ['StockCode', 'item_code'],
  ['Description', 'description'],
  ['Quantity', 'quantity'],
  ['InvoiceDate', 'occurred_at'],
  ['UnitPrice', 'unit_price'],
  ['CustomerID', 'customer_ref'],
  ['Country', 'country'],
].map(([column, field]) => ({ column, field }));

const HEADER = [
  'customer_number',
  'name',
  'email',
  'birth_date',
  'gender',
  'region',
  'household_size',
  'employment',
  'annual_income',
  'credit_score',
];
const REGIONS = ['서울', '경기도', '부산광역시', 'JEJU', '강원도', '전라북도'];
const BIRTHS = ['1985-03-04', '1990/12/31', '19770615', '3/4/1988', '1992년 7월 1일', '32874'];

/** Customers CSV rows: `bad` maps a row index to a broken cell. */
function customerRows(prefix: string, n: number, bad: Record<number, Partial<Record<string, string>>> = {}) {
  return Array.from({ length: n }, (_, i) => {
    const row: Record<string, string> = {
      customer_number: `${prefix}-${String(i + 1).padStart(5, '0')}`,
      name: `고객 ${prefix} ${i + 1}`,
      email: `${prefix.toLowerCase()}.${i + 1}@example.kr`,
      birth_date: BIRTHS[i % BIRTHS.length],
      gender: i % 2 ? '여' : 'M',
      region: REGIONS[i % REGIONS.length],
      household_size: String((i % 4) + 1),
      employment: i % 3 ? 'SALARIED' : '자영업',
      annual_income:
        i % 2 ? `"₩${(42_000_000 + i * 1000).toLocaleString('en-US')}"` : String(42_000_000 + i * 1000),
      credit_score: String(600 + i),
      ...bad[i],
    };
    return HEADER.map((h) => row[h]);
  });
}

function csv(rows: string[][], delimiter = ','): string {
  return [HEADER, ...rows].map((r) => r.join(delimiter)).join('\n') + '\n';
}

describe('imports API', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  let customer: string;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-imports-'));
    // Files from 20 kB up are staged by two worker threads (on PostgreSQL): the small files of most tests keep the
    // stream path, the large one below takes the parallel path.
    t = await startTestApp({
      IMPORTS_DIR: path.join(tmp, 'uploads'),
      IMPORT_STAGE_WORKERS: '2',
      IMPORT_PARALLEL_MIN_BYTES: '20000',
    });
    ({ analyst, admin, customer } = await t.demoSession());
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const { upload, start, finished, importFile } = importClient(
    () => t,
    () => analyst,
  );

  const customersWithPrefix = async (prefix: string) =>
    Number(
      (
        (await t.app.database.dataSource.query(
          `SELECT count(*) AS n FROM customer WHERE customer_number LIKE $1`,
          [`${prefix}-%`],
        )) as { n: string }[]
      )[0].n,
    );

  it('needs ANALYST or ADMIN: CUSTOMER gets 403 / FORBIDDEN, no token 401', async () => {
    const content = csv(customerRows('IMPF', 2));
    expect((await upload(content, 'c.csv', customer)).status).toBe(403);
    const anon = await fetch(t.url.replace('/graphql', '/uploads/imports'), {
      method: 'POST',
      body: new FormData(),
    });
    expect(anon.status).toBe(401);
    const up = await upload(content, 'c.csv', admin);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: 'c.csv', format: 'CSV', bytes: Buffer.byteLength(content) });
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const res = await t.execute(
      StartImportDocument,
      { input: { uploadId: up.body.uploadId as string, target: 'CUSTOMERS', preset: 'customers' } },
      customer,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await t.execute(ImportsDocument, { first: 5 }, customer);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('imports a customers CSV (dates, ₩ amounts, Korean regions normalised); the same file twice leaves one copy', async () => {
    const content = csv(customerRows('IMPA', 12));
    const imp = await importFile(content, 'customers.csv', { target: 'CUSTOMERS', preset: 'customers' });
    expect(imp).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 12,
      rowsValid: 12,
      rowsBad: 0,
      rowsInserted: 12,
    });
    expect(imp.summary).toMatchObject({ rows: 12, distinctCustomers: 12, breakdownBy: 'region' });
    // 42,000,000 × 12 + 1,000 × (0 + … + 11) = 504,066,000
    expect(imp.summary!.totalAmount).toBe('504066000');
    const rows = (await t.app.database.dataSource.query(
      `SELECT customer_number, birth_date::text AS b, region, gender, annual_income::text AS inc, email
       FROM customer WHERE customer_number LIKE 'IMPA-%' ORDER BY customer_number`,
    )) as {
      customer_number: string;
      b: string;
      region: string;
      gender: string;
      inc: string;
      email: string;
    }[];
    expect(rows.map((r) => r.b).slice(0, 6)).toEqual([
      '1985-03-04',
      '1990-12-31',
      '1977-06-15',
      '1988-03-04',
      '1992-07-01',
      '1990-01-01', // Excel serial 32874
    ]);
    expect(rows.map((r) => r.region).slice(0, 6)).toEqual([
      'SEOUL',
      'GYEONGGI',
      'BUSAN',
      'JEJU',
      'GANGWON',
      'JEONBUK',
    ]);
    expect(rows[1]).toMatchObject({ gender: 'FEMALE', inc: '42001000', email: 'impa.2@example.kr' });

    // The same file again: nothing is loaded twice.
    const again = await upload(content, 'customers-again.csv');
    const second = await start({
      uploadId: again.body.uploadId as string,
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(second).toMatchObject({ __typename: 'DuplicateImportError', code: 'DUPLICATE_IMPORT' });
    expect(second.__typename === 'DuplicateImportError' && second.existing.id).toBe(imp.id);
    // The same rows in a different file: natural keys keep one copy, and the duplicates are counted.
    const other = await importFile(content.replace(/\n$/, '\r\n'), 'customers-crlf.csv', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(other).toMatchObject({ status: 'SUCCEEDED', rowsValid: 12, rowsInserted: 0, rowsDuplicate: 12 });
    expect(await customersWithPrefix('IMPA')).toBe(12);
  });

  it('reads a CSV saved by Korean Excel (CP949): Korean names, regions and genders land as written', async () => {
    // Plain amounts: "₩" (U+20A9) has no CP949 code (Excel writes "?" for it).
    const income = HEADER.indexOf('annual_income');
    const rows = customerRows('IMPW', 6).map((r) => r.map((v, k) => (k === income ? '42000000' : v)));
    const content = csv(rows);
    const imp = await importFile(encodeCp949(content), 'customers-cp949.csv', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(imp).toMatchObject({ status: 'SUCCEEDED', rowsValid: 6, rowsBad: 0, rowsInserted: 6 });
    const stored = (await t.app.database.dataSource.query(
      `SELECT name, region, gender FROM customer WHERE customer_number LIKE 'IMPW-%' ORDER BY customer_number`,
    )) as { name: string; region: string; gender: string }[];
    expect(stored.map((r) => r.name)).toEqual(rows.map((r) => r[HEADER.indexOf('name')]));
    expect(stored.map((r) => r.region)).toEqual(['SEOUL', 'GYEONGGI', 'BUSAN', 'JEJU', 'GANGWON', 'JEONBUK']);
    expect(stored[1].gender).toBe('FEMALE'); // '여'
  });

  it('keeps a Korean file name as sent (UTF-8) on the upload and the import', async () => {
    const content = csv(customerRows('IMPK', 2));
    const up = await upload(content, '고객 명단(11월).csv');
    expect(up.status).toBe(201);
    expect(up.body.fileName).toBe('고객 명단(11월).csv');
    const started = await start({
      uploadId: up.body.uploadId as string,
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    if (started.__typename !== 'Import') throw new Error(JSON.stringify(started));
    expect(started.fileName).toBe('고객 명단(11월).csv');
    const read = await t.execute(ImportDocument, { id: started.id }, analyst);
    expect(read.data!.import.fileName).toBe('고객 명단(11월).csv');
  });

  it("lists each target's presets with the columns, the field each fills and its type (staff only)", async () => {
    const all = await t.execute(ImportPresetsDocument, {}, analyst);
    expect(all.errors).toBeUndefined();
    const names = all.data!.importPresets.map((p) => `${p.target}/${p.name}`);
    expect(names).toEqual(expect.arrayContaining(['CUSTOMERS/customers', 'SALES/uci-online-retail']));
    const sales = await t.execute(ImportPresetsDocument, { target: 'SALES' }, analyst);
    const uci = sales.data!.importPresets.find((p) => p.name === 'uci-online-retail')!;
    expect(sales.data!.importPresets.every((p) => p.target === 'SALES')).toBe(true);
    // The preset's header is the UCI file's own header row (test/fixtures/imports/online_retail_sample.csv).
    const header = fs.readFileSync(FIXTURE, 'utf8').split(/\r?\n/)[0].split(',');
    expect(uci.columns.map((c) => c.column).sort()).toEqual([...header].sort());
    expect(uci.columns.find((c) => c.field === 'invoice_no')).toMatchObject({
      column: 'InvoiceNo',
      type: 'text',
      required: true,
    });
    expect(uci.columns.every((c) => c.description.length > 0)).toBe(true);

    const refused = await t.execute(ImportPresetsDocument, {}, customer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reports bad dates and negative amounts per row with line, column and reason, and loads the rest', async () => {
    const content = csv(
      customerRows('IMPB', 50, {
        3: { birth_date: '2024-02-30' },
        10: { annual_income: '-5000000' },
      }),
    );
    const imp = await importFile(content, 'some-bad.csv', { target: 'CUSTOMERS', preset: 'customers' });
    expect(imp).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 50,
      rowsValid: 48,
      rowsBad: 2,
      rowsInserted: 48,
    });
    expect(imp.errors).toEqual([
      {
        line: 5,
        column: 'birth_date',
        value: '2024-02-30',
        reason: 'birth_date "2024-02-30" is not a valid date',
      },
      { line: 12, column: 'annual_income', value: '-5000000', reason: 'annual_income -5000000 is negative' },
    ]);
    expect(await customersWithPrefix('IMPB')).toBe(48);
  });

  it('fails with 10 % bad rows and lands nothing of that import', async () => {
    const bad: Record<number, Partial<Record<string, string>>> = {};
    for (let i = 0; i < 40; i += 10) bad[i] = { birth_date: 'not a date' };
    const imp = await importFile(csv(customerRows('IMPC', 40, bad)), 'ten-percent.csv', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(imp.status).toBe('FAILED');
    expect(imp.failureReason).toBe(
      '4 of 40 rows (10 %) are bad, more than the allowed 5 %: nothing was imported; see the row errors',
    );
    expect(imp.errors).toHaveLength(4);
    expect(imp.errors[0]).toEqual({
      line: 2,
      column: 'birth_date',
      value: 'not a date',
      reason: 'birth_date "not a date" is not a recognised date',
    });
    expect(await customersWithPrefix('IMPC')).toBe(0);
  });

  it('names a wrong delimiter and a missing column clearly (file-level errors, nothing landed)', async () => {
    const semicolons = csv(customerRows('IMPD', 5), ';');
    const wrong = await importFile(semicolons, 'semicolons.csv', {
      target: 'CUSTOMERS',
      preset: 'customers',
      options: { delimiter: ',' },
    });
    expect(wrong.status).toBe('FAILED');
    expect(wrong.failureReason).toContain('not in the header (line 1), which has 1 column');
    expect(wrong.failureReason).toContain(
      'Wrong delimiter? The file was read as comma-separated but its header looks semicolon-separated',
    );
    // Left to sniffing, the same file imports.
    const sniffed = await importFile(semicolons + '\n', 'semicolons-2.csv', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(sniffed).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 5 });

    const noScore = csv(customerRows('IMPE', 5))
      .split('\n')
      .map((l) => l.split(',').slice(0, -1).join(','))
      .join('\n');
    const missing = await importFile(noScore, 'no-score.csv', { target: 'CUSTOMERS', preset: 'customers' });
    expect(missing.status).toBe('FAILED');
    expect(missing.failureReason).toMatch(
      /^Column "credit_score" of the mapping is not in the header \(line 1\), which has 9 columns/,
    );
    expect(await customersWithPrefix('IMPE')).toBe(0);
  });

  it('refuses an invalid mapping before queuing anything', async () => {
    const up = await upload('a,b\n1,2\n', 'x.csv');
    const res = await start({
      uploadId: up.body.uploadId as string,
      target: 'SALES',
      mapping: [
        { column: 'a', field: 'invoice_no' },
        { column: 'b', field: 'nonsense' },
      ],
    });
    expect(res.__typename).toBe('InvalidMappingError');
    expect(res.__typename === 'InvalidMappingError' && res.problems).toEqual([
      'field "nonsense" is not a field of SALES',
      'required field "quantity" is not mapped',
      'required field "unit_price" is not mapped',
      'required field "occurred_at" is not mapped',
    ]);
  });

  it('imports UCI Online Retail lines from CSV and XLSX to the same reference totals, with quality and progress', async () => {
    const content = fs.readFileSync(FIXTURE);
    const up = await upload(content, 'online_retail_sample.csv');
    const started = await start({
      uploadId: up.body.uploadId as string,
      target: 'SALES',
      mapping: UCI_MAPPING,
      options: { currency: 'GBP' },
    });
    if (started.__typename !== 'Import') throw new Error('not started');
    const client = t.ws(analyst);
    const sub = subscribe<{
      importProgress: { status: string; phase: string; rowsValid: number; percent: number };
    }>(
      client,
      'subscription ($id: ID!) { importProgress(id: $id) { status phase rowsRead rowsValid rowsBad percent } }',
      { id: started.id },
    );
    await sub.done;
    expect(sub.errors).toEqual([]);
    const events = sub.results.map((r) => r.importProgress);
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE', rowsValid: 200, percent: 100 });
    expect(events.every((e, i) => i === 0 || e.rowsValid >= events[i - 1].rowsValid)).toBe(true);
    // The stored state comes first (0 % while queued or running, 100 % once finished), then only forward.
    expect([0, 100]).toContain(events[0].percent);
    expect(events.every((e, i) => i === 0 || e.percent >= events[i - 1].percent)).toBe(true);

    const csvImport = await finished(started.id);
    // Reference totals computed from the fixture with Python's decimal (test/fixtures/imports/README.md).
    expect(csvImport.summary).toMatchObject({
      rows: 200,
      totalAmount: '4542.13',
      totalQuantity: '2138',
      invoices: 21,
      cancellations: 1,
      distinctCustomers: 14,
      breakdownBy: 'country',
    });
    expect(csvImport.rowsInserted).toBe(200);
    const quality = csvImport.quality!;
    expect(quality.columns.find((c) => c.field === 'invoice_no')).toMatchObject({
      missing: 0,
      distinct: 21,
      duplicates: 179,
    });
    expect(quality.shift).toMatchObject({
      statistic: 'PSI',
      quarter: '2011Q1',
      previousQuarter: '2010Q4',
      currentRows: 50,
      previousRows: 150,
    });
    expect(quality.shift!.value).toBeGreaterThanOrEqual(0);

    // The same lines as XLSX (dates as date cells, numbers as numbers): same totals, no second copy.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Online Retail');
    const lines = content.toString('utf8').trim().split('\n');
    ws.addRow(lines[0].split(','));
    for (const line of lines.slice(1)) {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      const [inv, code, desc, qty, date, price, cust, country] = cells;
      const [d, hm] = date.split(' ');
      const [y, mo, da] = d.split('-').map(Number);
      const [h, mi] = hm.split(':').map(Number);
      ws.addRow([
        /^\d+$/.test(inv) ? Number(inv) : inv,
        code,
        desc,
        Number(qty),
        new Date(Date.UTC(y, mo - 1, da, h, mi)),
        Number(price),
        cust === '' ? null : Number(cust),
        country,
      ]);
    }
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const xlsxImport = await importFile(xlsx, 'online_retail_sample.xlsx', {
      target: 'SALES',
      mapping: UCI_MAPPING,
      options: { currency: 'GBP' },
    });
    expect(xlsxImport).toMatchObject({
      status: 'SUCCEEDED',
      rowsValid: 200,
      rowsInserted: 0,
      rowsDuplicate: 200,
    });
    expect(xlsxImport.summary).toEqual(csvImport.summary);

    const latest = await t.execute(LatestImportSummaryDocument, { target: 'SALES' }, analyst);
    expect(latest.data!.latestImportSummary).toMatchObject({
      importId: xlsxImport.id,
      summary: { totalAmount: '4542.13' },
    });

    // A truncated XLSX is a clear file-level error and lands nothing.
    const truncated = await importFile(xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'truncated.xlsx', {
      target: 'SALES',
      mapping: UCI_MAPPING,
      options: { currency: 'GBP' },
    });
    expect(truncated).toMatchObject({
      status: 'FAILED',
      rowsInserted: 0,
      failureReason: 'The XLSX file is truncated or corrupt (the zip archive has no readable end record)',
    });
    const count = (await t.app.database.dataSource.query(`SELECT count(*)::int AS n FROM sales_line`)) as {
      n: number;
    }[];
    expect(count[0].n).toBe(200);

    const list = await t.execute(ImportsDocument, { first: 2, filter: { targets: ['SALES'] } }, analyst);
    expect(list.data!.imports.totalCount).toBe(3);
    expect(list.data!.imports.edges.map((e) => e.node.id)).toEqual([truncated.id, xlsxImport.id]);
  });

  it('refuses an XLSX zip bomb before parsing: a 1 GiB shared-strings part in a ~1 MB upload fails the import, memory stays flat', async () => {
    const bomb = path.join(tmp, 'bomb.xlsx');
    await writeZip(
      bomb,
      workbookParts(() => hugeSharedStrings(1_073_741_824)),
    );
    const bytes = fs.readFileSync(bomb);
    expect(bytes.length).toBeLessThan(4 * 1_048_576);
    const rssBefore = process.memoryUsage().rss;
    const imp = await importFile(bytes, 'bomb.xlsx', { target: 'CUSTOMERS', preset: 'customers' });
    const grew = process.memoryUsage().rss - rssBefore;
    expect(imp).toMatchObject({ status: 'FAILED', rowsRead: 0, rowsInserted: 0 });
    expect(imp.failureReason).toMatch(
      /^The XLSX file has an entry \(xl\/sharedStrings\.xml\) that expands \d+× \(at most 200×, IMPORT_XLSX_MAX_RATIO\); refused before parsing$/,
    );
    // Parsing it (ExcelJS caches shared strings) took the process past 3 GiB; refused, it costs nothing.
    expect(grew).toBeLessThan(256 * 1_048_576);

    // An archive that understates a cached part's size (20 MiB declared as 1 KB) is caught while checking it.
    const liar = path.join(tmp, 'liar.xlsx');
    await writeZip(
      liar,
      workbookParts(() => hugeSharedStrings(20 * 1_048_576), 1_000),
    );
    const lying = await importFile(fs.readFileSync(liar), 'liar.xlsx', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(lying).toMatchObject({ status: 'FAILED', rowsInserted: 0 });
    expect(lying.failureReason).toMatch(/^The XLSX file is corrupt: /);

    // A well-formed small workbook built the same way still opens (the header row is read, then mapped).
    const fine = path.join(tmp, 'fine.xlsx');
    await writeZip(
      fine,
      workbookParts(() => hugeSharedStrings(10)),
    );
    const opened = await importFile(fs.readFileSync(fine), 'fine.xlsx', {
      target: 'CUSTOMERS',
      preset: 'customers',
    });
    expect(opened.failureReason).toMatch(/not in the header/);
  });

  it('imports card transactions (references checked set-wise, category from MCC or issuer code) and customer quarters', async () => {
    const ds = t.app.database.dataSource;
    const [a, b] = (await ds.query(
      `SELECT id, customer_number FROM customer WHERE customer_number LIKE 'C%' ORDER BY customer_number LIMIT 2`,
    )) as { id: string; customer_number: string }[];
    const [card] = (await ds.query(
      `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
       VALUES ($1, 'SHINHAN', 'Deep Dream', 'CREDIT', '2024-01-01'), ($2, 'KB', 'Tantan', 'CHECK', '2024-02-01')
       RETURNING id`,
      [a.id, b.id],
    )) as { id: string }[];
    const header =
      'customer_number,card_id,occurred_at,amount,merchant_name,mcc,issuer_category_code,category_code,channel,locality,instalment_months';
    const rows = Array.from({ length: 20 }, (_, i) =>
      [
        i % 2 ? b.customer_number : a.customer_number,
        i % 2 ? '' : card.id,
        `2025-0${(i % 3) + 4}-1${i % 10} 1${i % 10}:30`,
        i === 5 ? '"-3,000"' : `"₩${(12_000 + i * 100).toLocaleString('en-US')}"`,
        `가맹점 ${i}`,
        i % 4 === 0 ? '5812' : '',
        i % 4 === 1 ? 'K11' : '',
        '',
        i % 3 ? '온라인' : 'OFFLINE',
        i % 5 ? '국내' : '해외',
        i % 7 ? '일시불' : '3',
      ].join(','),
    );
    rows.push(['C99999999', '', '2025-05-01', '1000', 'x', '', '', '', '', '', ''].join(','));
    const content = [header, ...rows].join('\n') + '\n';
    const imp = await importFile(content, 'transactions.csv', {
      target: 'TRANSACTIONS',
      preset: 'transactions',
    });
    if (imp.status !== 'SUCCEEDED') throw new Error(String(imp.failureReason));
    expect(imp).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 21,
      rowsValid: 20,
      rowsBad: 1,
      rowsInserted: 20,
    });
    // By hand: 19 purchases of 12,000 + 100·i won (i ≠ 5) = 246,500, the refund of 3,000; two customers.
    expect(imp.summary).toMatchObject({
      rows: 20,
      totalAmount: '243500',
      totalQuantity: null,
      distinctCustomers: 2,
      invoices: null,
      cancellations: 1,
      breakdownBy: 'category',
    });
    expect(imp.errors).toEqual([
      {
        line: 22,
        column: 'customer_number',
        value: 'C99999999',
        reason: 'customer_number is not a known customer',
      },
    ]);
    const loaded = (await ds.query(
      `SELECT merchant_name, kind, amount::text AS amount, category_code, channel, locality, instalment_months, card_id
       FROM card_transaction WHERE import_id = $1 ORDER BY merchant_name`,
      [Buffer.from(imp.id, 'base64url').toString().split(':')[1]],
    )) as Record<string, unknown>[];
    expect(loaded).toHaveLength(20);
    const byName = new Map(loaded.map((r) => [r.merchant_name, r]));
    // MCC 5812 → FOOD; KB's own code K11 (편의점) → GROCERY; a refund row; defaults and Korean aliases
    expect(byName.get('가맹점 0')).toMatchObject({
      category_code: 'FOOD',
      channel: 'OFFLINE',
      locality: 'OVERSEAS',
      card_id: card.id,
    });
    expect(byName.get('가맹점 1')).toMatchObject({
      category_code: 'GROCERY',
      channel: 'ONLINE',
      locality: 'DOMESTIC',
    });
    expect(byName.get('가맹점 5')).toMatchObject({ kind: 'REFUND', amount: '-3000' });
    expect(byName.get('가맹점 6')).toMatchObject({ instalment_months: 0, category_code: 'OTHER' });
    expect(byName.get('가맹점 7')).toMatchObject({ instalment_months: 3 });
    const again = await importFile(content.replace(/\n$/, '\r\n'), 'transactions-2.csv', {
      target: 'TRANSACTIONS',
      preset: 'transactions',
    });
    expect(again).toMatchObject({ status: 'SUCCEEDED', rowsValid: 20, rowsInserted: 0, rowsDuplicate: 20 });

    const quarters = [
      'customer_number,quarter,total_amount,transaction_count,online_share,income',
      `${a.customer_number},2025Q2,"1,250,000",42,35%,"₩15,000,000"`,
      `${b.customer_number},2025-05-17,980000,30,0.5,`,
    ].join('\n');
    const q = await importFile(quarters, 'customer_quarter.csv', {
      target: 'CUSTOMER_QUARTERS',
      preset: 'customer-quarters',
    });
    expect(q).toMatchObject({ status: 'SUCCEEDED', rowsValid: 2, rowsInserted: 2 });
    const stored = (await ds.query(
      `SELECT quarter_start::text AS q, source, total_amount::text AS total, online_share::text AS online, income::text AS income
       FROM customer_quarter WHERE customer_id = ANY($1) ORDER BY total_amount DESC`,
      [[a.id, b.id]],
    )) as Record<string, unknown>[];
    expect(stored).toEqual([
      { q: '2025-04-01', source: 'IMPORTED', total: '1250000', online: '0.350000', income: '15000000' },
      { q: '2025-04-01', source: 'IMPORTED', total: '980000', online: '0.500000', income: null },
    ]);
  });

  it('numbers the lines of an invoice in file order whether or not they come together; known lines are skipped', async () => {
    const header = 'invoice_no,item_code,description,quantity,unit_price,customer_ref,occurred_at,country';
    const line = (invoice: string, item: string) =>
      `${invoice},${item},"ITEM ${item}",1,1.50,C1,2025-01-02 10:00,Korea`;
    const ds = t.app.database.dataSource;
    const lines = async (invoices: string[]) =>
      (
        (await ds.query(
          `SELECT invoice_no || ':' || line_no || ':' || item_code AS l FROM sales_line
           WHERE invoice_no = ANY($1) ORDER BY invoice_no, line_no`,
          [invoices],
        )) as { l: string }[]
      ).map((r) => r.l);
    // Each invoice's lines together (numbered while the file streams) …
    const together = [header, line('T9001', 'A1'), line('T9001', 'A2'), line('T9002', 'B1')].join('\n');
    expect(await importFile(together, 'together.csv', { target: 'SALES', preset: 'sales' })).toMatchObject({
      status: 'SUCCEEDED',
      rowsInserted: 3,
    });
    expect(await lines(['T9001', 'T9002'])).toEqual(['T9001:1:A1', 'T9001:2:A2', 'T9002:1:B1']);
    // … or interleaved (an invoice comes back: numbered in SQL), the same numbers: the n-th line in the file.
    const split = [header, 'T9003:A1', 'T9004:B1', 'T9003:A2', 'T9004:B2', 'T9003:A3']
      .map((l, i) => (i === 0 ? l : line(...(l.split(':') as [string, string]))))
      .join('\n');
    expect(await importFile(split, 'split.csv', { target: 'SALES', preset: 'sales' })).toMatchObject({
      status: 'SUCCEEDED',
      rowsInserted: 5,
    });
    const numbered = ['T9003:1:A1', 'T9003:2:A2', 'T9003:3:A3', 'T9004:1:B1', 'T9004:2:B2'];
    expect(await lines(['T9003', 'T9004'])).toEqual(numbered);
    // A later file with one more line of T9003: the lines already there are skipped, the fourth is added.
    const more = [header, 'T9003:A1', 'T9004:B1', 'T9003:A2', 'T9004:B2', 'T9003:A3', 'T9003:A4']
      .map((l, i) => (i === 0 ? l : line(...(l.split(':') as [string, string]))))
      .join('\n');
    expect(await importFile(more, 'more.csv', { target: 'SALES', preset: 'sales' })).toMatchObject({
      status: 'SUCCEEDED',
      rowsValid: 6,
      rowsInserted: 1,
      rowsDuplicate: 5,
    });
    expect(await lines(['T9003', 'T9004'])).toEqual([
      ...numbered.slice(0, 3),
      'T9003:4:A4',
      ...numbered.slice(3),
    ]);
  });

  it("fills a blank cell of a mapped currency column with the import's currency (it failed the whole import)", async () => {
    const content = [
      'invoice_no,item_code,description,quantity,unit_price,currency,customer_ref,occurred_at,country',
      'Q800001,1,A,1,2.50,USD,C1,2025-03-04 10:00,Korea',
      'Q800001,2,B,2,1.25,,C1,2025-03-04 10:00,Korea',
      'Q800002,3,C,1,9,   ,C2,2025-03-05 11:00,Korea',
    ].join('\n');
    const imp = await importFile(content, 'blank-currency.csv', {
      target: 'SALES',
      preset: 'sales',
      options: { currency: 'GBP' },
    });
    expect(imp).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3,
      rowsValid: 3,
      rowsBad: 0,
      rowsInserted: 3,
    });
    const stored = (await t.app.database.dataSource.query(
      `SELECT invoice_no, line_no, currency FROM sales_line WHERE invoice_no LIKE 'Q8%' ORDER BY 1, 2`,
    )) as { invoice_no: string; line_no: number; currency: string }[];
    expect(stored).toEqual([
      { invoice_no: 'Q800001', line_no: 1, currency: 'USD' },
      { invoice_no: 'Q800001', line_no: 2, currency: 'GBP' },
      { invoice_no: 'Q800002', line_no: 1, currency: 'GBP' },
    ]);
  });

  it('stages a large CSV on worker threads (PostgreSQL; PGlite: the stream path): the same rows, line numbers and row errors', async () => {
    const header = 'invoice_no,item_code,description,quantity,unit_price,customer_ref,occurred_at,country';
    const rows: string[] = [];
    const expected: { line: number; column: string; value: string | null; reason: string }[] = [];
    let line = 1;
    for (let i = 0; i < 600; i++) {
      const invoice = `P${700000 + Math.floor(i / 7)}`;
      // Quoted commas and quotes, line breaks inside quotes (two lines for one row), a bad date every 50th row.
      const description = i % 9 === 0 ? `"two\nlines, ""quoted"" ${i}"` : `"ITEM ${i}, BOXED"`;
      const date = i % 50 === 0 ? '2025-02-30 10:00' : '2025-03-04 10:00';
      rows.push(`${invoice},${20000 + i},${description},${(i % 5) + 1},1.25,C${i % 40},${date},Korea`);
      line += 1;
      if (date.startsWith('2025-02-30'))
        expected.push({
          line,
          column: 'occurred_at',
          value: date,
          reason: 'occurred_at "2025-02-30 10:00" is not a valid date',
        });
      if (i % 9 === 0) line += 1;
    }
    const content = [header, ...rows].join('\r\n') + '\r\n';
    expect(content.length).toBeGreaterThan(20000);
    const imp = await importFile(content, 'parallel.csv', { target: 'SALES', preset: 'sales' });
    expect(imp).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 600,
      rowsValid: 588,
      rowsBad: 12,
      rowsInserted: 588,
    });
    expect(imp.errors).toEqual(expected);
    const ds = t.app.database.dataSource;
    const [{ workers }] = (await ds.query(
      `SELECT timings->>'stageWorkers' AS workers FROM data_import WHERE id = $1`,
      [Buffer.from(imp.id, 'base64url').toString().split(':')[1]],
    )) as { workers: string }[];
    // PGlite has no COPY: there the same file takes the stream path (and the same assertions hold).
    expect(workers).toBe(t.db.kind === 'postgres' ? '2' : '0');
    // The n-th line of each invoice in file order (numbered across the workers' slices), descriptions intact.
    const stored = (await ds.query(
      `SELECT invoice_no, line_no, item_code, description FROM sales_line WHERE invoice_no LIKE 'P7%'
       ORDER BY invoice_no, line_no`,
    )) as { invoice_no: string; line_no: number; item_code: string; description: string }[];
    const kept = rows
      .map((r, i) => ({ i, r }))
      .filter(({ i }) => i % 50 !== 0)
      .map(({ i }) => ({ invoice: `P${700000 + Math.floor(i / 7)}`, i }));
    const perInvoice = new Map<string, number>();
    expect(stored).toEqual(
      kept.map(({ invoice, i }) => {
        const n = (perInvoice.get(invoice) ?? 0) + 1;
        perInvoice.set(invoice, n);
        return {
          invoice_no: invoice,
          line_no: n,
          item_code: String(20000 + i),
          description: i % 9 === 0 ? `two\nlines, "quoted" ${i}` : `ITEM ${i}, BOXED`,
        };
      }),
    );
  });
});
