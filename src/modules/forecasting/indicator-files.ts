import type { IndicatorFrequency } from './indicator.entity';

// Reading indicator series from the files they are published in. Pure: text in, observations out; a bad line
// fails naming the file's line. Periods are the first day of the month (quarters: of the quarter's first month).

export interface Observation {
  /** YYYY-MM-01 */
  period: string;
  /** The value as published (a decimal string). */
  value: string;
}

export type IndicatorFormat = 'FRED' | 'BOK' | 'MONTH_VALUE';

export interface IndicatorDefinition {
  code: string;
  name: string;
  unit: string;
  frequency: IndicatorFrequency;
  source: string;
  licence: string;
  format: IndicatorFormat;
  /** Path of the file: relative to the bundled folder, or to the data folder given to the loader. */
  file: string;
  /** Shipped with fingraph (its licence allows redistribution) and loaded on first start. */
  bundled: boolean;
}

export class IndicatorFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function rows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
}

function check(file: string, line: number, period: string, value: string): Observation {
  if (!/^\d{4}-\d{2}-01$/.test(period)) throw new IndicatorFileError(file, line, `bad period "${period}"`);
  if (!NUMBER.test(value)) throw new IndicatorFileError(file, line, `bad value "${value}"`);
  return { period, value };
}

/** FRED downloads: `DATE,VALUE` (header `observation_date,…` or `"Date",…`); "." marks a missing value. */
function parseFred(file: string, text: string): Observation[] {
  return rows(text)
    .slice(1)
    .flatMap((cells, i) => {
      if (cells.length === 1 && cells[0] === '') return [];
      if (cells.length !== 2)
        throw new IndicatorFileError(file, i + 2, `expected 2 columns, got ${cells.length}`);
      return cells[1] === '.' ? [] : [check(file, i + 2, cells[0], cells[1])];
    });
}

/** Bank of Korea ECOS exports: STAT_CODE,STAT_NAME,ITEM_CODE1,ITEM_NAME1,UNIT_NAME,TIME (YYYYMM),DATA_VALUE. */
function parseBok(file: string, text: string): Observation[] {
  const [header, ...body] = rows(text);
  const time = header.indexOf('TIME');
  const value = header.indexOf('DATA_VALUE');
  if (time < 0 || value < 0) throw new IndicatorFileError(file, 1, 'expected TIME and DATA_VALUE columns');
  return body.flatMap((cells, i) => {
    if (cells.length === 1 && cells[0] === '') return [];
    const t = cells[time] ?? '';
    if (!/^\d{6}$/.test(t)) throw new IndicatorFileError(file, i + 2, `bad TIME "${t}" (want YYYYMM)`);
    return [check(file, i + 2, `${t.slice(0, 4)}-${t.slice(4)}-01`, cells[value] ?? '')];
  });
}

/** `month,value` with YYYY-MM months. */
function parseMonthValue(file: string, text: string): Observation[] {
  return rows(text)
    .slice(1)
    .flatMap((cells, i) => {
      if (cells.length === 1 && cells[0] === '') return [];
      return [check(file, i + 2, `${cells[0]}-01`, cells[1] ?? '')];
    });
}

/** Parses a file and checks the periods are unique, ordered and (for monthly series) without gaps. */
export function parseIndicatorFile(definition: IndicatorDefinition, text: string): Observation[] {
  const parse = { FRED: parseFred, BOK: parseBok, MONTH_VALUE: parseMonthValue }[definition.format];
  const observations = parse(definition.file, text);
  if (observations.length < 3) throw new IndicatorFileError(definition.file, 1, 'fewer than 3 observations');
  const step = definition.frequency === 'MONTHLY' ? 1 : 3;
  for (let i = 1; i < observations.length; i++) {
    const [py, pm] = observations[i - 1].period.split('-').map(Number);
    const [y, m] = observations[i].period.split('-').map(Number);
    if ((y - py) * 12 + (m - pm) !== step) {
      throw new IndicatorFileError(
        definition.file,
        i + 2,
        `${observations[i].period} does not follow ${observations[i - 1].period} by ${step} month(s)`,
      );
    }
  }
  return observations;
}

const FRED_LICENCE = 'Public domain (US federal data via FRED, Federal Reserve Bank of St. Louis)';
const BOK_LICENCE = 'Bank of Korea ECOS public statistics; no licence file: not redistributed';

function fred(
  code: string,
  name: string,
  unit: string,
  frequency: IndicatorFrequency = 'MONTHLY',
): IndicatorDefinition {
  return {
    code: `FRED_${code}`,
    name,
    unit,
    frequency,
    source: `FRED ${code}`,
    licence: FRED_LICENCE,
    format: 'FRED',
    file: `${code}.csv`,
    bundled: true,
  };
}

function bok(
  code: string,
  name: string,
  unit: string,
  file: string,
  format: IndicatorFormat = 'BOK',
): IndicatorDefinition {
  return {
    code,
    name,
    unit,
    frequency: 'MONTHLY',
    source: 'Bank of Korea ECOS',
    licence: BOK_LICENCE,
    format,
    file: `bok_korea/${file}`,
    bundled: false,
  };
}

/**
 * Each series' name in both languages (the stored `name` is FRED's English or the Bank of Korea's Korean), so that a
 * reply never names a series in the other language than its own.
 */
const INDICATOR_NAMES: Record<string, { ko: string; en: string }> = {
  FRED_FEDFUNDS: { ko: '미국 연방기금 실효금리', en: 'US federal funds effective rate' },
  FRED_UNRATE: { ko: '미국 실업률', en: 'US unemployment rate' },
  FRED_CPIAUCSL: { ko: '미국 소비자물가지수', en: 'US consumer price index (all urban consumers)' },
  FRED_PSAVERT: { ko: '미국 개인저축률', en: 'US personal saving rate' },
  FRED_DSPIC96: { ko: '미국 실질 가처분소득', en: 'US real disposable personal income' },
  FRED_TOTALSL: { ko: '미국 소비자신용 총액', en: 'US total consumer credit' },
  FRED_PCE: { ko: '미국 개인소비지출', en: 'US personal consumption expenditures' },
  FRED_DRCCLACBS: {
    ko: '미국 은행 신용카드 대출 연체율',
    en: 'US credit-card loan delinquency rate (commercial banks)',
  },
  BOK_BASE_RATE: { ko: '한국은행 기준금리 (월말)', en: 'Bank of Korea base rate (month end)' },
  BOK_LENDING_RATE_NEW: {
    ko: '예금은행 대출금리 (신규취급액, 대출평균)',
    en: 'Korean banks’ lending rate (new loans, average)',
  },
  BOK_DEPOSIT_RATE_NEW: {
    ko: '예금은행 저축성수신금리 (신규취급액)',
    en: 'Korean banks’ savings deposit rate (new deposits)',
  },
  BOK_LOANS_OUTSTANDING: { ko: '예금은행 총대출금 (말잔)', en: 'Korean banks’ total loans (month end)' },
  BOK_DEPOSITS_AVG: { ko: '예금은행 총수신 (평잔)', en: 'Korean banks’ total deposits (average balance)' },
};

/** A series' name in Korean or English; undefined for a code not listed (its stored name stands). */
export function indicatorName(code: string, language: 'ko' | 'en'): string | undefined {
  return INDICATOR_NAMES[code]?.[language];
}

/** Every series fingraph knows how to load. Bundled ones ship in ./data/fred; the Korean ones load from a folder. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  fred('FEDFUNDS', 'US federal funds effective rate', '%'),
  fred('UNRATE', 'US unemployment rate', '%'),
  fred('CPIAUCSL', 'US consumer price index (all urban consumers)', 'index 1982-84=100'),
  fred('PSAVERT', 'US personal saving rate', '%'),
  fred('DSPIC96', 'US real disposable personal income', 'billions of chained 2017 USD'),
  fred('TOTALSL', 'US total consumer credit', 'millions of USD'),
  fred('PCE', 'US personal consumption expenditures', 'billions of USD'),
  fred('DRCCLACBS', 'US credit-card loan delinquency rate (commercial banks)', '%', 'QUARTERLY'),
  bok('BOK_BASE_RATE', '한국은행 기준금리 (월말)', '연%', 'base_rate_monthly_DERIVED.csv', 'MONTH_VALUE'),
  bok(
    'BOK_LENDING_RATE_NEW',
    '예금은행 대출금리 (신규취급액, 대출평균)',
    '연%',
    'bank_lending_rate_new_monthly.csv',
  ),
  bok(
    'BOK_DEPOSIT_RATE_NEW',
    '예금은행 저축성수신금리 (신규취급액)',
    '연%',
    'bank_deposit_rate_new_monthly.csv',
  ),
  bok('BOK_LOANS_OUTSTANDING', '예금은행 총대출금 (말잔)', '십억원', 'bank_loans_outstanding_monthly.csv'),
  bok('BOK_DEPOSITS_AVG', '예금은행 총수신 (평잔)', '십억원', 'bank_deposits_avg_balance_monthly.csv'),
];
