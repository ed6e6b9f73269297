import { encodeCopyField, encodeCopyRow, quoteName, toPgText } from './bulk-write';

describe('COPY text encoding', () => {
  it('writes NULL as \\N and keeps the empty string distinct', () => {
    expect(encodeCopyField(null)).toBe('\\N');
    expect(encodeCopyField(undefined)).toBe('\\N');
    expect(encodeCopyField('')).toBe('');
    expect(encodeCopyField('\\N')).toBe('\\\\N'); // the text "\N" is not NULL
  });

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(encodeCopyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(encodeCopyField('\\.')).toBe('\\\\.'); // can never read as the end-of-data marker
    expect(encodeCopyField(`"quoted" 'single', comma; |pipe|`)).toBe(`"quoted" 'single', comma; |pipe|`);
    expect(encodeCopyField('김민준 🙂 서울특별시')).toBe('김민준 🙂 서울특별시');
  });

  it('writes numbers, bigints, booleans and dates in PostgreSQL input form', () => {
    expect(encodeCopyField(35_000_000)).toBe('35000000');
    expect(encodeCopyField(12345678901234567890n)).toBe('12345678901234567890');
    expect(encodeCopyField(true)).toBe('t');
    expect(encodeCopyField(false)).toBe('f');
    expect(encodeCopyField(new Date('2025-11-21T00:00:00+09:00'))).toBe('2025-11-20T15:00:00.000Z');
  });

  it('refuses values PostgreSQL cannot store', () => {
    expect(() => toPgText('a\0b')).toThrow(/NUL/);
    expect(() => toPgText(Number.NaN)).toThrow(/not finite/);
    expect(() => toPgText(Infinity)).toThrow(/not finite/);
    expect(() => toPgText(new Date('nope'))).toThrow(/invalid/);
  });

  it('joins a row with tabs and ends it with a newline', () => {
    expect(encodeCopyRow(['a', null, 3, 'x\ty'])).toBe('a\t\\N\t3\tx\\ty\n');
  });

  it('quotes identifiers, schema-qualified ones part by part', () => {
    expect(quoteName('customer')).toBe('"customer"');
    expect(quoteName('public.customer')).toBe('"public"."customer"');
    expect(quoteName('we"ird')).toBe('"we""ird"');
  });
});
