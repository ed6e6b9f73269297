import { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';
import { CsvRecords, type CsvSyntaxError } from './csv-records';
import type { SourceRecord } from './readers';

// The import tokenizer against csv-parse (the parser it replaced, with the options the reader used:
// relax_quotes, relax_column_count, from_line 2, empty lines skipped), fed whole and in chunks of every small size
// so that records, quotes and CRLFs split across chunk boundaries are covered.

async function tokenize(text: string, chunk = 0, delimiter = ','): Promise<SourceRecord[]> {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  if (chunk === 0) parts.push(bytes);
  else for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const out: SourceRecord[] = [];
  const parser = Readable.from(parts).pipe(new CsvRecords({ delimiter, fromLine: 2 }));
  for await (const batch of parser) out.push(...(batch as SourceRecord[]));
  return out;
}

const reference = (text: string, delimiter = ',') =>
  (
    parseSync(text, {
      delimiter,
      bom: true,
      from_line: 2,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][]
  ).filter((r) => !(r.length === 1 && r[0] === ''));

const CASES: Record<string, string> = {
  plain: 'a,b,c\n1,2,3\n4,5,6\n',
  'no final newline': 'a,b\n1,2\n3,4',
  crlf: 'a,b\r\n1,2\r\n\r\n3,4\r\n',
  'quoted delimiters, quotes and line breaks': 'a,b\n"x,y","say ""hi"""\n"multi\nline",z\n"",\n',
  'quoted CRLF': 'a,b\r\n3,"x\r\ny"\r\n4,5\r\n',
  'quote inside an unquoted field': 'a,b\n5" screen,ok\nx,y"z\n',
  'ragged rows': 'a,b,c\n1\n1,2,3,4\n,,\n',
  'empty lines': 'a\n\n\nx\n\ny\n',
  'trailing empty field': 'a,b\n1,\n,2\n',
  korean: '이름,금액\n"김민준, 서울","₩1,000"\n이서연,2000\n',
  bom: '\uFEFFa,b\n1,2\n',
  'cr only': 'a,b\r1,2\r3,"x\ry"\r4,5\r',
};

describe('CsvRecords', () => {
  it.each(Object.entries(CASES))(
    'reads %s like csv-parse, whole and in every chunk size',
    async (_name, text) => {
      const expected = reference(text);
      for (const chunk of [0, 1, 2, 3, 5, 7, 16]) {
        const records = await tokenize(text, chunk);
        expect([chunk, records.map((r) => r.cells)]).toEqual([chunk, expected]);
      }
    },
  );

  it('numbers each record by the line it starts on (quoted line breaks and empty lines counted)', async () => {
    const text = 'a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n\r\n\r\n4,5\r\n"",\r\n6\r\n';
    for (const chunk of [0, 1, 4]) {
      expect((await tokenize(text, chunk)).map((r) => r.line)).toEqual([2, 4, 8, 9, 10]);
    }
    expect((await tokenize('a\r1\r"x\ry"\r2\r', 3)).map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [3, 'x\ry'],
      [5, '2'],
    ]);
  });

  it('reads semicolon- and tab-separated files', async () => {
    expect((await tokenize('x;y\n1;"a;b"\n', 2, ';')).map((r) => r.cells)).toEqual([['1', 'a;b']]);
    expect((await tokenize('x\ty\n1\t2\n', 0, '\t')).map((r) => r.cells)).toEqual([['1', '2']]);
  });

  it('fails with a CSV_ code on an unclosed quote and on text after a closing quote', async () => {
    await expect(tokenize('a,b\n1,2\n3,"never closed\n', 4)).rejects.toMatchObject({
      code: 'CSV_QUOTE_NOT_CLOSED',
      message: expect.stringContaining('line 3') as string,
    } satisfies Partial<CsvSyntaxError>);
    await expect(tokenize('a,b\n"x"y,2\n')).rejects.toMatchObject({ code: 'CSV_INVALID_CLOSING_QUOTE' });
  });
});
