import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { FileError, openCsv, openXlsx, xlsxLastRow, type SourceRecord } from './readers';

// The CSV reader counts lines itself: a record is reported on the line where it starts, as a spreadsheet user sees
// it. The tokenizer's own cases (chunk boundaries, quotes, line ends) are in csv-records.spec.ts.

async function readAll(text: string): Promise<{ header: string[]; records: SourceRecord[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-readers-'));
  const file = path.join(dir, 'f.csv');
  fs.writeFileSync(file, text);
  const source = await openCsv(file, {});
  const records: SourceRecord[] = [];
  try {
    for await (const batch of source.records) records.push(...(batch as SourceRecord[]));
    return { header: source.header, records };
  } catch (error) {
    throw source.fileError(error);
  } finally {
    source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('openCsv', () => {
  it('numbers records by their first line across empty lines and quoted line breaks (CRLF too)', async () => {
    // line 1 header, 2 "1,2", 3 empty, 4–5 one record with a quoted CRLF, 6–7 empty, 8 "4,5", 9 '"",', 10 "6"
    const text = 'a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n\r\n\r\n4,5\r\n"",\r\n6\r\n';
    const { header, records } = await readAll(text);
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', 'x\r\ny'] },
      { line: 8, cells: ['4', '5'] },
      { line: 9, cells: ['', ''] },
      { line: 10, cells: ['6'] },
    ]);
  });

  it('reads a semicolon file by sniffing the header and strips a BOM from it', async () => {
    const { header, records } = await readAll('\uFEFFx;y\n1;2\n3;"a;b"\n');
    expect(header).toEqual(['x', 'y']);
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', '2']],
      [3, ['3', 'a;b']],
    ]);
  });

  it('turns an unclosed quote at the end of the file into a FileError', async () => {
    await expect(readAll('a,b\n1,2\n3,"never closed\n')).rejects.toThrow(FileError);
    await expect(readAll('a,b\n1,2\n3,"never closed\n')).rejects.toThrow(/The CSV file cannot be parsed/);
  });
});

describe('openXlsx progress', () => {
  it('reports the share of rows read from the sheet’s dimension, not bytes (ExcelJS buffers the archive)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-readers-'));
    const file = path.join(dir, 'f.xlsx');
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Data');
      ws.addRow(['a', 'b']);
      for (let i = 1; i <= 3999; i++) ws.addRow([i, `row ${i}`]);
      await wb.xlsx.writeFile(file);
      expect(await xlsxLastRow(file, 'xl/worksheets/sheet1.xml')).toBe(4000);

      const source = await openXlsx(file, {});
      const seen: number[] = [];
      try {
        // The XLSX records stream yields batches of rows.
        for await (const batch of source.records)
          for (const record of batch as SourceRecord[])
            if (record.line % 100 === 0) seen.push(source.fractionRead!()!);
      } finally {
        source.close();
      }
      // The records stream reads ahead (a few batches), so the share may lead the consumer: never behind, never back.
      expect(seen).toHaveLength(40);
      for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
      expect(seen[0]).toBeLessThan(0.5);
      expect(source.fractionRead!()).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
