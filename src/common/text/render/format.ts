// Figures as customer text, one way for each kind, in Korean or English. Pure: no clock (a reference date is a
// parameter), decimals through decimal.js, never floats for money.
//
//   amount   80,276,529원            ₩80,276,529        (whole won, half-up; never "약 8,028만 원", see docs/chat.md)
//   date     12월 22일 (월)          Mon 22 Dec          (the year is added when it differs from the reference date's)
//   rate     연 4.5%                 4.5% a year         (annual rate given as a decimal "0.045"; up to 2 decimals)
//   percent  41.2%                   41.2%               (a ratio 0.412; fixed decimals)
//   quarter  2026년 3분기            Q3 2026
//   month    2026년 3월              Mar 2026
//   count    3건, 60개월             3 loans, 60 months
import Decimal from 'decimal.js';
import { groupDigits } from '../../money';

export type Lang = 'ko' | 'en';

/** Whole won, rounded half-up: "80,276,529원" (ko) or "₩80,276,529" (en); negatives keep their sign first. */
export function formatWon(value: Decimal.Value, lang: Lang): string {
  const won = new Decimal(value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const digits = groupDigits(won.abs());
  const sign = won.isNegative() && !won.isZero() ? '-' : '';
  return lang === 'ko' ? `${sign}${digits}원` : `${sign}₩${digits}`;
}

/** A ratio as a percentage with fixed decimals: 0.4123 → "41.2%"; null → "—". */
export function formatPercent(ratio: Decimal.Value | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || ratio === '') return '—';
  return `${new Decimal(ratio).times(100).toFixed(digits)}%`;
}

/** A percentage with up to `maxDigits` decimals, trailing zeros dropped: 0.0450 → "4.5%", 0.0525 → "5.25%". */
export function formatPercentShort(ratio: Decimal.Value, maxDigits = 2): string {
  return `${new Decimal(ratio).times(100).toDecimalPlaces(maxDigits, Decimal.ROUND_HALF_UP).toFixed()}%`;
}

/** An annual interest rate given as a decimal ("0.045"): "연 4.5%" (ko) or "4.5% a year" (en). */
export function formatAnnualRate(rate: Decimal.Value, lang: Lang): string {
  const p = formatPercentShort(rate);
  return lang === 'ko' ? `연 ${p}` : `${p} a year`;
}

/** A signed change as a percentage: 0.12 → "+12.0%", -0.05 → "-5.0%". */
export function formatChange(ratio: Decimal.Value, digits = 1): string {
  const d = new Decimal(ratio);
  return `${d.gte(0) ? '+' : ''}${formatPercent(d, digits)}`;
}

const WEEKDAYS: Record<Lang, string[]> = {
  ko: ['일', '월', '화', '수', '목', '금', '토'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseIsoDate(iso: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso.slice(0, 40)}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3] ?? '1') };
}

/**
 * A calendar date ("2026-12-22") with its weekday: "12월 22일 (월)" / "Mon 22 Dec". The year is shown when there
 * is no reference date or the date falls in another year than `reference` ("2027년 1월 5일 (화)", "Tue 5 Jan 2027").
 */
export function formatDate(iso: string, lang: Lang, reference?: string): string {
  const { y, m, d } = parseIsoDate(iso);
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const withYear = reference === undefined || parseIsoDate(reference).y !== y;
  return lang === 'ko'
    ? `${withYear ? `${y}년 ` : ''}${m}월 ${d}일 (${weekday})`
    : `${weekday} ${d} ${MONTHS_EN[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** A month ("2026-03" or "2026-03-01"): "2026년 3월" / "Mar 2026". */
export function formatMonth(iso: string, lang: Lang): string {
  const { y, m } = parseIsoDate(iso);
  return lang === 'ko' ? `${y}년 ${m}월` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** A quarter ("2026Q3"): "2026년 3분기" / "Q3 2026"; anything else is returned unchanged. */
export function formatQuarter(quarter: string, lang: Lang): string {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(quarter.trim());
  if (!m) return quarter;
  return lang === 'ko' ? `${m[1]}년 ${m[2]}분기` : `Q${m[2]} ${m[1]}`;
}

/** Units a count can be of, with their Korean counter and English singular/plural. */
export const COUNT_UNITS = {
  loan: { ko: '건', en: ['loan', 'loans'] },
  transaction: { ko: '건', en: ['transaction', 'transactions'] },
  case: { ko: '건', en: ['case', 'cases'] },
  instalment: { ko: '회', en: ['instalment', 'instalments'] },
  payment: { ko: '회', en: ['payment', 'payments'] },
  month: { ko: '개월', en: ['month', 'months'] },
  day: { ko: '일', en: ['day', 'days'] },
  year: { ko: '년', en: ['year', 'years'] },
  item: { ko: '개', en: ['item', 'items'] },
  card: { ko: '장', en: ['card', 'cards'] },
  person: { ko: '명', en: ['person', 'people'] },
  customer: { ko: '명', en: ['customer', 'customers'] },
  row: { ko: '행', en: ['row', 'rows'] },
  time: { ko: '번', en: ['time', 'times'] },
  point: { ko: '점', en: ['point', 'points'] },
} as const satisfies Record<string, { ko: string; en: readonly [string, string] }>;
export type CountUnit = keyof typeof COUNT_UNITS;

/** A count with its unit: formatCount(3, 'loan', 'ko') → "3건", (1, 'loan', 'en') → "1 loan". Digits grouped. */
export function formatCount(n: Decimal.Value, unit: CountUnit, lang: Lang): string {
  const d = new Decimal(n);
  const u = COUNT_UNITS[unit];
  return lang === 'ko' ? `${groupDigits(d)}${u.ko}` : `${groupDigits(d)} ${u.en[d.abs().eq(1) ? 0 : 1]}`;
}

/** A list in running text: ["a","b","c"] → "a, b, c" (ko) / "a, b and c" (en). */
export function formatList(items: readonly string[], lang: Lang): string {
  if (lang === 'ko' || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const ENGLISH_ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An English ordinal day or rank: 1 → "1st", 22 → "22nd", 13 → "13th" (CLDR's ordinal rules, via Intl). */
export function formatOrdinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ENGLISH_ORDINAL.select(n)] ?? 'th'}`;
}
