import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { encodeCp949 } from '../../../test/support/cp949';
import { MAX_RECORD_CHARS } from './csv-records';
import { countLineFeeds, fileSliceSource, RecordCutter, renumber, stageInParallel } from './parallel-stage';
import { csvFileError, openCsv, readCsvHead } from './readers';
import { RunNumbering } from './run-numbering';
import { CopyEncoder, headerStagerOptions, newStageCounters, plainColumns, rowStager } from './stage-rows';
import { stageJob } from './stage-slice';
import { importTarget } from './targets';

// The parallel staging path against the single-threaded one on the same files: the same COPY text, row errors,
// counters and line numbers (usable or not), and the same FileError for bad CSV syntax — with slices cut small so
// that quoted fields, CRLFs, numbering runs and multi-byte characters fall across slice boundaries. Real worker
// threads (running the TypeScript sources through the swc hook).

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-parallel-stage-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
function write(content: string | Buffer): string {
  const file = path.join(dir, `f${files++}.csv`);
  fs.writeFileSync(file, content);
  return file;
}

interface Staged {
  copy: string;
  read: number;
  valid: number;
  bad: number;
  missing: number[];
  errors: unknown[];
  usable?: boolean;
  failure?: string;
}

/** Stages `file` for the target's preset of field names, by the stream path (workers 0) or by the workers. */
async function stage(file: string, targetName: string, workers: number, sliceBytes = 64, maxErrors = 50) {
  const target = importTarget(targetName)!;
  const head = await readCsvHead(file, {});
  const counters = newStageCounters(target.fields.length);
  const numbering = target.numbering && new RunNumbering();
  const mapping = target.fields.map((f) => ({ column: f.name, field: f.name }));
  const stager = headerStagerOptions(target, head.header, mapping, maxErrors, numbering);
  let copyText: Readable[];
  if (workers > 0) {
    const source = await fileSliceSource(file);
    const job = stageJob(target.name, stager, head);
    copyText = [
      Readable.from(stageInParallel({ source, head, job, workers, counters, numbering, sliceBytes })),
    ];
  } else {
    const source = await openCsv(file, {}, head);
    const plain = plainColumns(target.fields, stager.defaults, target.numbering !== undefined);
    copyText = [source.records, new CopyEncoder(rowStager(stager, counters), plain)];
  }
  const parts: Buffer[] = [];
  const out: Staged = { copy: '', read: 0, valid: 0, bad: 0, missing: [], errors: [] };
  try {
    await pipeline([
      ...copyText,
      new Writable({
        write(chunk: Buffer, _e, done) {
          parts.push(chunk);
          done();
        },
      }),
    ]);
  } catch (error) {
    out.failure = (csvFileError(error) as Error).message;
  }
  const { read, valid, bad, missing, errors } = counters;
  return {
    ...out,
    copy: Buffer.concat(parts).toString('utf8'),
    read,
    valid,
    bad,
    missing,
    errors,
    usable: numbering?.usable,
  };
}

/** Both paths on the file; the parallel one with several slice sizes. Returns the stream path's result. */
async function expectSame(file: string, targetName: string, sliceSizes = [16, 61, 1024]): Promise<Staged> {
  const single = await stage(file, targetName, 0);
  for (const sliceBytes of sliceSizes) {
    const parallel = await stage(file, targetName, 2, sliceBytes);
    if (single.failure) {
      // The same message; the counters at the failure may differ (the stream path counts by its 32 KiB reads).
      expect({ sliceBytes, failure: parallel.failure }).toEqual({ sliceBytes, failure: single.failure });
    } else expect({ sliceBytes, ...parallel }).toEqual({ sliceBytes, ...single });
  }
  return single;
}

const SALES_HEADER = 'invoice_no,item_code,description,quantity,unit_price,customer_ref,occurred_at,country';
const sale = (invoice: string, i: number, description = `"ITEM ${i}, BOXED"`) =>
  `${invoice},${20000 + i},${description},${(i % 7) + 1},${(i % 13) + 0.5},C${i % 50},2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00,Korea`;

describe('RecordCutter', () => {
  const cuts = (text: string, step: number) => {
    // Fed as the staging reads it: a growing buffer, cut where it says, the rest carried over.
    const bytes = Buffer.from(text);
    const cutter = new RecordCutter(44);
    const out: number[] = [];
    let from = 0;
    for (let end = step; from < bytes.length && end <= bytes.length + step; end += step) {
      const cut = cutter.scan(bytes.subarray(from, Math.min(end, bytes.length)));
      if (cut > 0) {
        out.push(from + cut);
        cutter.shift(cut);
        from += cut;
      }
    }
    return out;
  };

  it('cuts only after line ends outside quoted fields, with the tokenizer quote rules', () => {
    const text = 'a,b\n"x\ny",1\n5" tv,"q""\n""z"\nc,"d"\r\n';
    // Record ends: after "a,b\n" (4), after the quoted line break's record (12), the mid-field quote's (28), CRLF.
    const ends = [4, 12, 28, text.length];
    for (const step of [1, 2, 3, 5, 8, 100])
      expect(cuts(text, step).every((c) => ends.includes(c))).toBe(true);
    expect(cuts(text, 100)).toEqual([text.length]);
    expect(cuts(text, 1)).toEqual(ends);
  });

  it('waits for the byte after a quote at the end of a read (a doubled quote may follow)', () => {
    const cutter = new RecordCutter(44);
    expect(cutter.scan(Buffer.from('"a"'))).toBe(0);
    expect(cutter.scan(Buffer.from('"a""\n'))).toBe(0); // "" inside the field: still open
    expect(cutter.scan(Buffer.from('"a""\n",1\nx'))).toBe(9);
  });

  it('counts every LF as a line (inside quotes too) and renumbers the last column', () => {
    expect(countLineFeeds(Buffer.from('a\n"b\nc"\n\n'))).toBe(4);
    expect(renumber(Buffer.from('1\tA\t1\n2\tA\t2\n'), 5).toString()).toBe('1\tA\t6\n2\tA\t7\n');
  });
});

describe('parallel staging', () => {
  it('stages generated sales lines exactly as the stream path (numbering runs across slices)', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => sale(`${600000 + Math.floor(i / 9)}`, i));
    const single = await expectSame(write([SALES_HEADER, ...rows].join('\n') + '\n'), 'SALES');
    expect(single.valid).toBe(400);
    expect(single.usable).toBe(true);
  });

  it('odd files: quoted commas, quotes and line breaks, CRLF, empty lines, a BOM, broken cells, no final newline', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 300; i++) {
      const invoice = `${700000 + Math.floor(i / 4)}`;
      if (i % 17 === 0) rows.push('');
      if (i % 11 === 0) rows.push(sale(invoice, i, '"multi\nline ""quoted"" text, with comma"'));
      else if (i % 13 === 0) rows.push(sale(invoice, i, 'mid"field"quote'));
      else if (i % 8 === 0)
        rows.push(sale(invoice, i).replace('2025-01', '2025-13')); // bad date
      else if (i % 9 === 0)
        rows.push(sale(invoice, i).replace(/,\d+(\.\d+)?,C/, ',abc,C')); // bad price
      else if (i % 10 === 0)
        rows.push(sale('', i)); // missing invoice
      else rows.push(sale(invoice, i, `"설명 ${i} — 한글"`));
    }
    const body = [SALES_HEADER, ...rows].join('\r\n');
    const single = await expectSame(write(`\ufeff${body}`), 'SALES');
    expect(single.bad).toBeGreaterThan(30);
    expect(single.errors.length).toBeGreaterThan(30);
    // The errors cap (maxErrors) keeps the first ones in file order.
    const file = write(body);
    const few = await stage(file, 'SALES', 0, 64, 5);
    expect(await stage(file, 'SALES', 2, 64, 5)).toEqual(few);
  });

  it('an invoice that comes back makes the numbering unusable, as in the stream path', async () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => sale('800001', i)),
      ...Array.from({ length: 40 }, (_, i) => sale('800002', i)),
      sale('800001', 99),
    ];
    const single = await expectSame(write([SALES_HEADER, ...rows].join('\n')), 'SALES');
    expect(single.usable).toBe(false);
  });

  it('reads CP949 (Korean Excel) files like the stream path', async () => {
    const header = 'customer_number,name,email,region,gender,annual_income';
    const rows = Array.from(
      { length: 120 },
      (_, i) =>
        `P-${i},"고객, ${i}",p${i}@example.kr,${['서울', '경기도', '부산광역시'][i % 3]},${i % 2 ? '여' : '남'},${4000 + i}`,
    );
    const text = [header, ...rows].join('\n') + '\n';
    const file = write(encodeCp949(text));
    expect((await readCsvHead(file, {})).encoding).toBe('euc-kr');
    const single = await expectSame(file, 'CUSTOMERS', [7, 64]);
    expect(single.valid).toBe(120);
    expect(single.copy).toContain('고객, 7');
  });

  it('fails bad CSV syntax with the same FileError: invalid closing quote, unclosed quote', async () => {
    const good = Array.from({ length: 50 }, (_, i) => sale('900001', i));
    const closing = await expectSame(write([SALES_HEADER, ...good, '"9"x,1', ...good].join('\n')), 'SALES');
    expect(closing.failure).toMatch(/Invalid closing quote on line 52/);
    const plain = good.map((l) => l.replace(/"[^"]*"/, 'plain'));
    const open = await expectSame(
      write([SALES_HEADER, ...good, '900002,"never closed', ...plain].join('\n')),
      'SALES',
    );
    expect(open.failure).toMatch(/Quote not closed: the field opened on line 52/);
  });

  it('fails a record over MAX_RECORD_CHARS as the stream path does (an unclosed quote swallowing the file)', async () => {
    const filler = `${'x'.repeat(99)}\n`.repeat(Math.ceil((MAX_RECORD_CHARS * 1.2) / 100));
    const file = write([SALES_HEADER, sale('900003', 1), '900004,"open', filler].join('\n'));
    const single = await expectSame(file, 'SALES', [65_536]);
    expect(single.failure).toMatch(/The record starting on line 3 is longer than 1048576 characters/);
    // Korean text: more bytes than characters, so the bytes alone do not decide.
    const korean = `${'가'.repeat(99)}\n`.repeat(Math.ceil((MAX_RECORD_CHARS * 1.05) / 100));
    const long = await expectSame(write([SALES_HEADER, '900005,"open', korean].join('\n')), 'SALES', [
      1 << 20,
    ]);
    expect(long.failure).toMatch(/The record starting on line 2 is longer/);
  });

  it("fails with a worker's failure (a worker that cannot start) and stops the workers", async () => {
    const file = write([SALES_HEADER, sale('900006', 1)].join('\n'));
    const head = await readCsvHead(file, {});
    const copy = stageInParallel({
      source: await fileSliceSource(file),
      head,
      job: {
        target: 'NO_SUCH_TARGET',
        fieldColumn: [],
        cellIndex: [],
        defaults: {},
        maxErrors: 10,
        dateOrder: 'MDY',
        delimiter: ',',
        encoding: 'utf-8',
      },
      workers: 2,
      counters: newStageCounters(0),
    });
    await expect(
      pipeline(Readable.from(copy), new Writable({ write: (_c, _e, done) => done() })),
    ).rejects.toThrow(/Unknown import target NO_SUCH_TARGET/);
  });
});
