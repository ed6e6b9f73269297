import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

// Bulk loading for generated rows: COPY … FROM STDIN in text format, streamed with backpressure so memory
// stays constant however many rows the source yields. PGlite served by pglite-socket cannot do COPY FROM
// STDIN (the copy sub-protocol desynchronises the socket: electric-sql/pglite PR #1028), so there the same
// rows go in as batched INSERT … SELECT FROM json_populate_recordset — one JSON parameter per batch, no
// hand-written escaping, still a few seconds per 100,000 rows.

/** A value as the generators produce it; converted to PostgreSQL's text input form by `toPgText`. */
export type PgValue = string | number | bigint | boolean | Date | null | undefined;
export type Row = readonly PgValue[];
export type RowSource = Iterable<Row> | AsyncIterable<Row>;
export type BulkMethod = 'copy' | 'insert';

export interface BulkWriteOptions {
  /** Called now and then with the number of rows handed to the database so far. */
  onProgress?: (rowsWritten: number) => void;
}

/** Rows per INSERT statement on the fallback path; measured on PGlite, 2,000–5,000 is the flat optimum. */
const INSERT_BATCH_ROWS = 2_000;
/** Characters per COPY chunk; the readable buffers at most 16 chunks, so memory stays around a megabyte. */
const COPY_CHUNK_CHARS = 64 * 1024;

/** Double-quotes an identifier, a dotted name being schema-qualified ("public.customer"). */
export function quoteName(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** PostgreSQL's text input form of a value; null stays null (SQL NULL). */
export function toPgText(value: PgValue): string | null {
  switch (typeof value) {
    case 'string':
      // PostgreSQL text cannot hold NUL; fail here with the value's context rather than mid-COPY.
      if (value.includes('\0'))
        throw new RangeError(`a string contains a NUL character: ${JSON.stringify(value)}`);
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`a number is not finite: ${value}`);
      return String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return null;
    default:
      if (value === null) return null;
      if (Number.isNaN(value.getTime())) throw new RangeError('a date is invalid');
      return value.toISOString();
  }
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_COPY_ESCAPE = /[\\\t\n\r]/;
const COPY_ESCAPE_ALL = /[\\\t\n\r]/g;

/** One field in COPY text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
export function encodeCopyField(value: PgValue): string {
  const text = toPgText(value);
  if (text === null) return '\\N';
  return NEEDS_COPY_ESCAPE.test(text) ? text.replace(COPY_ESCAPE_ALL, (ch) => COPY_ESCAPES[ch]) : text;
}

/** One row in COPY text format, newline-terminated. */
export function encodeCopyRow(row: Row): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : '\t') + encodeCopyField(row[i]);
  return line + '\n';
}

function checkWidth(row: Row, columns: readonly string[], index: number, table: string): void {
  if (row.length !== columns.length) {
    throw new RangeError(`${table} row ${index + 1} has ${row.length} values for ${columns.length} columns`);
  }
}

/** Streams rows into `table` with COPY FROM STDIN; resolves with the row count the server reports. */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: RowSource,
  opts: BulkWriteOptions = {},
): Promise<number> {
  let sent = 0;
  async function* chunks(): AsyncGenerator<string> {
    let chunk = '';
    for await (const row of rows) {
      checkWidth(row, columns, sent, table);
      chunk += encodeCopyRow(row);
      sent++;
      if (chunk.length >= COPY_CHUNK_CHARS) {
        yield chunk;
        chunk = '';
        opts.onProgress?.(sent);
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  const sql = `COPY ${quoteName(table)} (${columns.map(quoteName).join(', ')}) FROM STDIN (FORMAT text)`;
  const sink = client.query(copyFrom(sql));
  // pipeline waits for the sink's 'finish', which pg-copy-streams emits only after the server's
  // ReadyForQuery; a server error (constraint violation) rejects it, a source error sends CopyFail.
  await pipeline(Readable.from(chunks()), sink);
  opts.onProgress?.(sent);
  return sink.rowCount;
}

/** The same contract as copyRows, as batched INSERTs (for servers without COPY FROM STDIN). */
export async function insertRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: RowSource,
  opts: BulkWriteOptions = {},
): Promise<number> {
  const names = columns.map(quoteName).join(', ');
  // The table's row type turns each JSON text value into its column's type, exactly as COPY would.
  const sql = `INSERT INTO ${quoteName(table)} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${quoteName(table)}, $1::json)`;
  let written = 0;
  let index = 0;
  let batch: Record<string, string | null>[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const result = await client.query(sql, [JSON.stringify(batch)]);
    written += result.rowCount ?? 0;
    batch = [];
    opts.onProgress?.(written);
  };
  for await (const row of rows) {
    checkWidth(row, columns, index++, table);
    const record: Record<string, string | null> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i]] = toPgText(row[i]);
    batch.push(record);
    if (batch.length >= INSERT_BATCH_ROWS) await flush();
  }
  await flush();
  return written;
}

export function writeRows(
  client: ClientBase,
  method: BulkMethod,
  table: string,
  columns: readonly string[],
  rows: RowSource,
  opts: BulkWriteOptions = {},
): Promise<number> {
  return (method === 'copy' ? copyRows : insertRows)(client, table, columns, rows, opts);
}

/** COPY wherever the server speaks the copy sub-protocol; batched INSERT on PGlite. */
export async function detectBulkMethod(client: ClientBase): Promise<BulkMethod> {
  const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
  return /PGlite/i.test(rows[0]?.version ?? '') ? 'insert' : 'copy';
}
