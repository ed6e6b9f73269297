import { Region } from '../customers';
import {
  excelSerialToWallClock,
  parseAmount,
  parseDate,
  parseDateTime,
  parseEmail,
  parseInteger,
  parseRegion,
} from './normalize';

describe('import normalisation', () => {
  it('reads dates in several formats as KST', () => {
    expect(parseDateTime('2010-12-01 08:26')).toEqual({ ok: true, value: '2010-12-01T08:26:00+09:00' });
    expect(parseDateTime('2025/03/04')).toEqual({ ok: true, value: '2025-03-04T00:00:00+09:00' });
    expect(parseDateTime('2025.03.04')).toEqual({ ok: true, value: '2025-03-04T00:00:00+09:00' });
    expect(parseDateTime('20250304')).toEqual({ ok: true, value: '2025-03-04T00:00:00+09:00' });
    expect(parseDateTime('2025년 3월 4일')).toEqual({ ok: true, value: '2025-03-04T00:00:00+09:00' });
    expect(parseDateTime('12/1/2010 8:26')).toEqual({ ok: true, value: '2010-12-01T08:26:00+09:00' });
    expect(parseDateTime('12/1/2010 8:26', 'DMY')).toEqual({ ok: true, value: '2010-01-12T08:26:00+09:00' });
    expect(parseDateTime('2025-03-04T10:00:00Z')).toEqual({ ok: true, value: '2025-03-04T10:00:00+00:00' });
    expect(parseDateTime('2025-03-04T10:00:00+0100')).toEqual({
      ok: true,
      value: '2025-03-04T10:00:00+01:00',
    });
    // XLSX date cells carry the wall clock in UTC fields
    expect(parseDateTime(new Date(Date.UTC(2010, 11, 1, 8, 26)))).toEqual({
      ok: true,
      value: '2010-12-01T08:26:00+09:00',
    });
  });

  it('reads Excel serial dates (1900 system): 45658 is 2025-01-01, 40513.35 is 2010-12-01 08:24', () => {
    expect(parseDate(45658)).toEqual({ ok: true, value: '2025-01-01' });
    expect(parseDate('45658')).toEqual({ ok: true, value: '2025-01-01' });
    expect(excelSerialToWallClock(40513.35)).toEqual({ y: 2010, mo: 12, d: 1, h: 8, mi: 24, s: 0 });
  });

  it('rejects impossible dates with a reason', () => {
    expect(parseDate('2025-02-30')).toEqual({ ok: false, reason: '"2025-02-30" is not a valid date' });
    expect(parseDate('13/13/2025').ok).toBe(false);
    expect(parseDate('yesterday')).toEqual({ ok: false, reason: '"yesterday" is not a recognised date' });
    expect(parseDate('')).toEqual({ ok: false, reason: 'is empty' });
  });

  it('reads amounts with separators, currency signs and accounting negatives, exactly', () => {
    expect(parseAmount('₩1,234,567', 0)).toEqual({ ok: true, value: '1234567' });
    expect(parseAmount('52,000,000원', 0)).toEqual({ ok: true, value: '52000000' });
    expect(parseAmount('-3,000', 0)).toEqual({ ok: true, value: '-3000' });
    expect(parseAmount('(3,000)', 0)).toEqual({ ok: true, value: '-3000' });
    expect(parseAmount('2.55', 4)).toEqual({ ok: true, value: '2.55' });
    expect(parseAmount(2.55, 4)).toEqual({ ok: true, value: '2.55' });
    expect(parseAmount('0.10', 4)).toEqual({ ok: true, value: '0.1' });
    expect(parseAmount('1000.5', 0)).toEqual({
      ok: false,
      reason: '"1000.5" has a fraction; whole units expected',
    });
    expect(parseAmount('12,34', 0).ok).toBe(false);
    expect(parseAmount('abc', 0)).toEqual({ ok: false, reason: '"abc" is not an amount' });
  });

  it('reads "YYYY-MM-DD HH:MM[:SS]" (the fast path) exactly as the general path would', () => {
    expect(parseDateTime('2025-01-31 23:59')).toEqual({ ok: true, value: '2025-01-31T23:59:00+09:00' });
    expect(parseDateTime('2024-02-29T07:05:09')).toEqual({ ok: true, value: '2024-02-29T07:05:09+09:00' });
    expect(parseDateTime('2025-02-29 10:00')).toEqual({
      ok: false,
      reason: '"2025-02-29 10:00" is not a valid date',
    });
    expect(parseDateTime('2025-01-01 24:00')).toEqual({
      ok: false,
      reason: '"2025-01-01 24:00" is not a valid date',
    });
    expect(parseDateTime('2025-01-01 10:00Z')).toEqual({ ok: true, value: '2025-01-01T10:00:00+00:00' });
    expect(parseDateTime('2025-1-01 10:00')).toEqual({ ok: true, value: '2025-01-01T10:00:00+09:00' });
  });

  it('reads plain numbers (the fast path) exactly as the general path would', () => {
    expect(parseAmount('-0', 0)).toEqual({ ok: true, value: '0' });
    expect(parseAmount('+5', 0)).toEqual({ ok: true, value: '5' });
    expect(parseAmount('007.50', 4)).toEqual({ ok: true, value: '7.5' });
    expect(parseAmount('0.000', 2)).toEqual({ ok: true, value: '0' });
    expect(parseAmount('-000120', 0)).toEqual({ ok: true, value: '-120' });
    expect(parseAmount(' 42 ', 0)).toEqual({ ok: true, value: '42' });
    expect(parseAmount('1.23456', 4)).toEqual({
      ok: false,
      reason: '"1.23456" has more than 4 decimal places',
    });
    expect(parseAmount('12.0', 0)).toEqual({ ok: true, value: '12' });
    expect(parseAmount('12.5', 0)).toEqual({
      ok: false,
      reason: '"12.5" has a fraction; whole units expected',
    });
  });

  it('reads integers in range', () => {
    expect(parseInteger('1,000', 0, 5000)).toEqual({ ok: true, value: 1000 });
    expect(parseInteger('21', 1, 20)).toEqual({ ok: false, reason: '21 is outside 1..20' });
  });

  it('normalises Korean region names to the region enum', () => {
    expect(parseRegion('서울')).toEqual({ ok: true, value: Region.SEOUL });
    expect(parseRegion('서울특별시')).toEqual({ ok: true, value: Region.SEOUL });
    expect(parseRegion('강원도')).toEqual({ ok: true, value: Region.GANGWON });
    expect(parseRegion('전라북도')).toEqual({ ok: true, value: Region.JEONBUK });
    expect(parseRegion('Gyeonggi-do')).toEqual({ ok: true, value: Region.GYEONGGI });
    expect(parseRegion('busan')).toEqual({ ok: true, value: Region.BUSAN });
    expect(parseRegion('평양')).toEqual({ ok: false, reason: '"평양" is not a Korean region (시·도)' });
  });

  it('checks and lower-cases e-mail addresses', () => {
    expect(parseEmail(' Kim@Example.KR ')).toEqual({ ok: true, value: 'kim@example.kr' });
    expect(parseEmail('kim@').ok).toBe(false);
  });
});
