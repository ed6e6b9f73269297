import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { CSV_CHUNK_BYTES, CsvRecords, lineEndsOf } from './csv-records';
import type { Cell } from './normalize';
import {
  chunkDecoder,
  detectCsvEncoding,
  ENCODING_SAMPLE_BYTES,
  type CsvTextEncoding,
} from './text-encoding';

// Streaming readers: a file becomes a header plus an object-mode stream of records with backpressure, so memory
// stays constant whatever the file's size. File-level problems (wrong delimiter, truncated XLSX) are FileErrors
// (`fileError` turns an error the stream emitted into one).

export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

export interface SourceRecord {
  /** 1-based line (CSV) or row (XLSX) number in the file, as a spreadsheet user sees it. */
  line: number;
  cells: Cell[];
}

export interface OpenedSource {
  header: string[];
  /** Bytes of the file consumed so far, for progress. */
  bytesRead(): number;
  /**
   * Share of the records read so far (0–1) when the reader knows it better than by bytes: ExcelJS reads an XLSX
   * archive whole before its rows when the sheet precedes the shared strings, so bytes say 100 % from the start.
   */
  fractionRead?(): number | undefined;
  /** Releases the file (idempotent; call it also after reading to the end). */
  close(): void;
  /** Delimiter used (CSV). */
  delimiter?: string;
  /**
   * The records as an object-mode stream of batches (`SourceRecord[]`, in file order): pipe it, or iterate it
   * with for await. Batches rather than single records keep the per-record stream machinery off the hot path.
   */
  records: Readable;
  /** The FileError describing an error the records stream failed with (other errors unchanged). */
  fileError(error: unknown): unknown;
}

const CANDIDATES = [',', ';', '\t', '|'];
/** Rows per batch of the XLSX reader's records stream. */
const XLSX_BATCH_ROWS = 256;

/** The delimiter that splits the header line into the most fields (quotes respected); ',' when none does. */
export function sniffDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** What the start of a CSV file says: its header, delimiter, text encoding and line ends. */
export interface CsvHead {
  header: string[];
  delimiter: string;
  encoding: CsvTextEncoding;
  /** From the first line break (csv-records.ts lineEndsOf); undefined when the sample has none. */
  lineEnds: 'lf' | 'cr' | undefined;
  /** The sample starts with a UTF-8 byte order mark. */
  bom: boolean;
}

/** The first line of a CSV file, the file's text encoding (decided on its first bytes) and its line ends. */
async function firstLineOf(
  path: string,
): Promise<{ line: string; encoding: CsvTextEncoding; lineEnds: CsvHead['lineEnds']; bom: boolean }> {
  const fh = await fs.promises.open(path, 'r');
  try {
    const buf = Buffer.alloc(ENCODING_SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const sample = buf.subarray(0, bytesRead);
    const encoding = detectCsvEncoding(sample);
    const text = chunkDecoder(encoding)
      .write(sample)
      .replace(/^\uFEFF/, '');
    return {
      line: text.split(/\r?\n/, 1)[0] ?? '',
      encoding,
      lineEnds: lineEndsOf(text, bytesRead < buf.length),
      bom: sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf,
    };
  } finally {
    await fh.close();
  }
}

export const delimiterName = (d: string) =>
  ({ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' })[d] ?? JSON.stringify(d);

/** The header (line 1) of a CSV file, its delimiter (given or sniffed), text encoding and line ends. */
export async function readCsvHead(path: string, opts: { delimiter?: string }): Promise<CsvHead> {
  const { line: firstLine, encoding, lineEnds, bom } = await firstLineOf(path);
  const sniffed = sniffDelimiter(firstLine);
  const delimiter = opts.delimiter ?? sniffed;
  let header: string[];
  try {
    const parsed = parseSync(firstLine, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
    header = (parsed[0] ?? []).map((h) => h.trim());
  } catch (error) {
    throw new FileError(`The CSV header (line 1) cannot be parsed: ${(error as Error).message}`);
  }
  if (header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw new FileError('The file is empty: no header line');
  }
  return { header, delimiter, encoding, lineEnds, bom };
}

/**
 * The FileError describing a CSV syntax error (a CSV_… code: CSV_QUOTE_NOT_CLOSED, CSV_INVALID_CLOSING_QUOTE,
 * CSV_MAX_RECORD_SIZE); other errors unchanged.
 */
export const csvFileError = (error: unknown): unknown =>
  error instanceof Error && /^CSV_/.test(String((error as { code?: unknown }).code))
    ? new FileError(`The CSV file cannot be parsed: ${error.message}`)
    : error;

export async function openCsv(
  path: string,
  opts: { delimiter?: string },
  head?: CsvHead,
): Promise<OpenedSource> {
  const { header, delimiter, encoding } = head ?? (await readCsvHead(path, opts));
  const file = fs.createReadStream(path, { highWaterMark: CSV_CHUNK_BYTES });
  // The header was read above; records start on line 2, in batches (one per chunk of the file), each numbered
  // by the line it starts on (csv-records.ts).
  const records = new CsvRecords({ delimiter, fromLine: 2, encoding });
  file.pipe(records);
  // An error of the file reaches whoever consumes the records.
  file.on('error', (error) => records.destroy(error));
  return {
    header,
    delimiter,
    records,
    bytesRead: () => file.bytesRead,
    close: () => {
      records.destroy();
      file.destroy();
    },
    fileError: csvFileError,
  };
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  if ('result' in value) return xlsxCell(value.result as ExcelJS.CellValue); // formula
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text); // hyperlink
  if ('error' in value) return null;
  return String(value);
}

const corrupt = (error: unknown) =>
  new FileError(`The XLSX file is truncated or corrupt (${(error as Error).message ?? String(error)})`);

/** Streams one worksheet (by name, or the first) with ExcelJS's WorkbookReader: rows are not kept. */
export async function openXlsx(
  path: string,
  opts: { sheet?: string; limits?: XlsxLimits },
): Promise<OpenedSource> {
  await inspectXlsx(path, opts.limits);
  const file = fs.createReadStream(path);
  // Loaded on the first XLSX import, not at start-up (ExcelJS and its zip stack are ~250 ms of CPU to require).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const excel = require('exceljs') as typeof ExcelJS;
  const reader = new excel.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  let rows: AsyncIterator<ExcelJS.Row> | undefined;
  let chosen: ExcelJS.Worksheet | undefined;
  const seen: string[] = [];
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const ws = next.value as unknown as ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>;
      const name = (ws as unknown as { name?: string }).name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      if (opts.sheet === undefined || opts.sheet === name) {
        rows = ws[Symbol.asyncIterator]();
        chosen = ws;
        break;
      }
      for await (const _row of ws) void _row; // skip this sheet
    }
  } catch (error) {
    throw corrupt(error);
  }
  if (!rows) {
    throw new FileError(
      opts.sheet === undefined
        ? 'The XLSX file has no worksheet'
        : `The XLSX file has no sheet "${opts.sheet}" (sheets: ${seen.join(', ') || 'none'})`,
    );
  }
  const rowIterator = rows;
  const values = (row: ExcelJS.Row): Cell[] => {
    const v = row.values as ExcelJS.CellValue[];
    return v.slice(1).map(xlsxCell); // ExcelJS rows are 1-based
  };
  let first: IteratorResult<ExcelJS.Row>;
  try {
    first = await rowIterator.next();
  } catch (error) {
    throw corrupt(error);
  }
  if (first.done) throw new FileError('The worksheet is empty: no header row');
  const header = values(first.value).map((c) => (c === null || c === undefined ? '' : String(c).trim()));
  // Progress by rows: the sheet's <dimension ref="A1:H5001"/> gives its last row (ExcelJS names a sheet by the
  // number of its part, xl/worksheets/sheetN.xml).
  const sheetNo = (chosen as unknown as { id?: number }).id;
  const lastRow = sheetNo
    ? await xlsxLastRow(path, `xl/worksheets/sheet${sheetNo}.xml`).catch(() => null)
    : null;
  let rowNumber = first.value.number;
  async function* records(): AsyncGenerator<SourceRecord[]> {
    try {
      let batch: SourceRecord[] = [];
      for (;;) {
        const next = await rowIterator.next();
        if (next.done) break;
        rowNumber = next.value.number;
        const cells = values(next.value);
        if (cells.every((c) => c === null || c === undefined || c === '')) continue;
        batch.push({ line: next.value.number, cells });
        if (batch.length >= XLSX_BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      // Drain the remaining entries so a truncated archive after the sheet is noticed too.
      for (;;) if ((await sheets.next()).done) break;
    } catch (error) {
      if (error instanceof FileError) throw error;
      throw corrupt(error);
    }
  }
  const stream = Readable.from(records(), { objectMode: true, highWaterMark: 4 });
  return {
    header,
    records: stream,
    bytesRead: () => file.bytesRead,
    fractionRead: () => (lastRow ? Math.min(1, rowNumber / lastRow) : undefined),
    close: () => {
      stream.destroy();
      file.destroy();
    },
    fileError: (error) => error,
  };
}

/** Bounds on what an XLSX archive may expand to, checked before ExcelJS reads a byte of it. */
export interface XlsxLimits {
  /** All entries together, uncompressed (declared sizes, from the central directory). */
  maxUncompressedBytes: number;
  /** Largest expansion ratio (uncompressed ÷ compressed) of an entry of more than 1 MiB. */
  maxRatio: number;
  /** The parts ExcelJS keeps in memory (shared strings, styles), uncompressed. */
  maxCachedPartBytes: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 4 * 1_073_741_824,
  maxRatio: 200,
  maxCachedPartBytes: 256 * 1_048_576,
};

/** Entries of a sane workbook: a few dozen parts; thousands mean an attack or not a workbook. */
const MAX_XLSX_ENTRIES = 10_000;
const RATIO_FLOOR_BYTES = 1_048_576;
/** Parts ExcelJS's streaming reader caches whole (sharedStrings: 'cache', styles: 'cache'). */
const CACHED_PART = /^xl\/(sharedStrings|styles)\.xml$/i;

const mib = (bytes: number) => `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MiB`;

/**
 * Reads the zip central directory of an XLSX upload and refuses, before any parsing, an archive that is truncated,
 * has too many entries, expands too far in total or per entry (a zip bomb: a few MB that inflate to GBs), or whose
 * memory-resident parts are too large. The cached parts are then inflated once into nothing with yauzl's size
 * validation, so a part that lies about its size is caught too (the sheets themselves are streamed row by row).
 */
export async function inspectXlsx(path: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) =>
        err ? reject(err) : resolve(z),
      ),
    );
  } catch {
    throw new FileError('The XLSX file is truncated or corrupt (the zip archive has no readable end record)');
  }
  try {
    if (zip.entryCount > MAX_XLSX_ENTRIES)
      throw new FileError(
        `The XLSX archive has ${zip.entryCount} entries (at most ${MAX_XLSX_ENTRIES}); refused before parsing`,
      );
    let total = 0;
    const cached: yauzl.Entry[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const size = entry.uncompressedSize;
        total += size;
        const ratio = size / Math.max(1, entry.compressedSize);
        let problem: string | undefined;
        if (total > limits.maxUncompressedBytes)
          problem = `expands to more than ${mib(limits.maxUncompressedBytes)} (IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES)`;
        else if (size > RATIO_FLOOR_BYTES && ratio > limits.maxRatio)
          problem =
            `has an entry (${entry.fileName.slice(0, 80)}) that expands ${Math.round(ratio)}× ` +
            `(at most ${limits.maxRatio}×, IMPORT_XLSX_MAX_RATIO)`;
        else if (CACHED_PART.test(entry.fileName) && size > limits.maxCachedPartBytes)
          problem =
            `has a ${entry.fileName} of ${mib(size)} ` +
            `(at most ${mib(limits.maxCachedPartBytes)}, IMPORT_XLSX_MAX_CACHED_PART_BYTES)`;
        if (problem) return reject(new FileError(`The XLSX file ${problem}; refused before parsing`));
        if (CACHED_PART.test(entry.fileName)) cached.push(entry);
        zip.readEntry();
      });
      zip.readEntry();
    });
    for (const entry of cached) {
      await new Promise<void>((resolve, reject) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          stream.on('error', reject).on('end', resolve).resume();
        }),
      );
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`The XLSX file is corrupt: ${(error as Error).message.slice(0, 200)}`);
  } finally {
    zip.close();
  }
}

/**
 * The last row of a worksheet part as its <dimension> element declares it (written first in the part by Excel,
 * LibreOffice, ExcelJS and openpyxl), or null when the part has none in its first 64 KiB.
 */
export async function xlsxLastRow(path: string, entryName: string): Promise<number | null> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  try {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve(null));
      zip.on('entry', (e: yauzl.Entry) => (e.fileName === entryName ? resolve(e) : zip.readEntry()));
      zip.readEntry();
    });
    if (!entry) return null;
    const head = await new Promise<string>((resolve, reject) =>
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        let text = '';
        stream.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.length >= 65_536 || /<dimension\b[^>]*>/.test(text)) {
            stream.destroy();
            resolve(text);
          }
        });
        stream.on('error', reject).on('end', () => resolve(text));
      }),
    );
    const ref = /<dimension\b[^>]*\bref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head);
    if (!ref) return null;
    const last = Number(ref[1] ?? 1);
    return last > 1 ? last : null;
  } finally {
    zip.close();
  }
}

export function formatOf(fileName: string, firstBytes: Buffer): 'CSV' | 'XLSX' {
  // XLSX is a zip archive: "PK\x03\x04".
  if (firstBytes.length >= 4 && firstBytes.readUInt32BE(0) === 0x504b0304) return 'XLSX';
  return /\.xlsx$/i.test(fileName) ? 'XLSX' : 'CSV';
}
