import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SourceRecord } from './readers';
import { CopyEncoder, plainColumns, rowStager, newStageCounters } from './stage-rows';
import { importTarget } from './targets';

const sales = importTarget('SALES')!;
const transactions = importTarget('TRANSACTIONS')!;

/** The COPY text of `records` staged for the target's preset (every field mapped by its name). */
async function staged(target: NonNullable<ReturnType<typeof importTarget>>, records: SourceRecord[]) {
  const counters = newStageCounters(target.fields.length);
  const fieldColumn = target.fields.map((f) => ({ column: f.name, field: f.name }));
  const toRow = rowStager(
    {
      fields: target.fields,
      fieldColumn,
      cellIndex: target.fields.map((_, i) => i),
      defaults: {},
      maxErrors: 100,
      fieldCtx: { dateOrder: 'MDY' },
      numberedBy: -1,
    },
    counters,
  );
  let text = '';
  await pipeline(
    Readable.from([records], { objectMode: true }),
    new CopyEncoder(toRow, plainColumns(target.fields, {}, false)),
    new Writable({
      write(chunk: Buffer, _e, done) {
        text += chunk.toString('utf8');
        done();
      },
    }),
  );
  return { text, counters };
}

describe('staging rows', () => {
  it('skips the escape test only for non-text columns without a default', () => {
    expect(plainColumns(sales.fields, { currency: 'KRW' }, true)).toEqual([
      true, // source line
      ...sales.fields.map((f) => ['quantity', 'unit_price', 'occurred_at'].includes(f.name)),
      true, // line number
    ]);
  });

  it('escapes text cells, trims cells once and takes codes and uuids as they are or normalised', async () => {
    const { text, counters } = await staged(sales, [
      {
        line: 2,
        cells: [' 536365 ', 'A\\1', 'tab\there', '6', '2.550', ' gbp ', '17850.0', '2010-12-01 08:26', 'UK'],
      },
      { line: 3, cells: ['536366', '', '', '1', '1', 'GBP', '', '2010-12-01 08:26:07', ''] },
      { line: 4, cells: ['536367', '', '', '1', '1', 'GB1', '', '2010-12-01', ''] },
    ]);
    expect(text).toBe(
      '2\t536365\tA\\\\1\ttab\\there\t6\t2.55\tGBP\t17850\t2010-12-01T08:26:00+09:00\tUK\n' +
        '3\t536366\t\\N\t\\N\t1\t1\tGBP\t\\N\t2010-12-01T08:26:07+09:00\t\\N\n',
    );
    expect(counters.errors).toEqual([
      { line: 4, column: 'currency', value: 'GB1', reason: 'currency "GB1" is not a currency code' },
    ]);
    const card = '0b4e8d1c-6a2f-4c1e-9f3a-2d5b7c8e9f01';
    const tx = await staged(transactions, [
      { line: 2, cells: ['b00000001', card, '2025-03-04 10:00:00', '15700', '스타벅스', '5814'] },
      {
        line: 3,
        cells: ['B00000001', card.toUpperCase(), '2025-03-04 10:00:00', '1', 'x', '', '', '', '온라인'],
      },
      { line: 4, cells: ['B00000001', `${card}0`, '2025-03-04 10:00:00', '1', 'x'] },
    ]);
    expect(tx.text).toBe(
      `2\tB00000001\t${card}\t2025-03-04T10:00:00+09:00\t15700\t스타벅스\t5814\t\\N\t\\N\t\\N\t\\N\t\\N\n` +
        `3\tB00000001\t${card}\t2025-03-04T10:00:00+09:00\t1\tx\t\\N\t\\N\t\\N\tONLINE\t\\N\t\\N\n`,
    );
    expect(tx.counters.errors).toEqual([
      { line: 4, column: 'card_id', value: `${card}0`, reason: `card_id "${card}0" is not a card id` },
    ]);
  });
});
