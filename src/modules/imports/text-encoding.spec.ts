import { chunkDecoder, detectCsvEncoding } from './text-encoding';

// "고객,서울" as Korean Excel saves it (CP949) and as UTF-8; bytes of CP949 from the KS X 1001 table.
const CP949 = Buffer.from([0xb0, 0xed, 0xb0, 0xb4, 0x2c, 0xbc, 0xad, 0xbf, 0xef]);
const UTF8 = Buffer.from('고객,서울', 'utf8');

describe('CSV text encoding', () => {
  it('reads UTF-8 (with or without a BOM) and plain ASCII as UTF-8', () => {
    expect(detectCsvEncoding(UTF8)).toBe('utf-8');
    expect(detectCsvEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]))).toBe('utf-8');
    expect(detectCsvEncoding(Buffer.from('a,b\n1,2\n'))).toBe('utf-8');
    // A sample cut in the middle of a character is still UTF-8.
    expect(detectCsvEncoding(UTF8.subarray(0, UTF8.length - 1))).toBe('utf-8');
  });

  it('reads what Korean Excel saves (CP949) as CP949, and decodes it across chunk boundaries', () => {
    expect(detectCsvEncoding(CP949)).toBe('euc-kr');
    const d = chunkDecoder('euc-kr');
    // Split inside the two-byte 객.
    expect(d.write(CP949.subarray(0, 3)) + d.write(CP949.subarray(3)) + d.end()).toBe('고객,서울');
  });

  it('reads bytes that are neither as UTF-8 (the rows then say what is wrong)', () => {
    expect(detectCsvEncoding(Buffer.from([0x41, 0xff, 0xfe, 0xff]))).toBe('utf-8');
  });
});
