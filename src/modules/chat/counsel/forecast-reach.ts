import { addMonths, koreanDate } from '../../../common/dates';
import type { ForecastData } from './data';

// Which month a forecast question asks about, and how far to forecast to reach it (pure: the clock is a parameter).
/**
 * How far to forecast (a year's end: to December): a span ("다음 3개월": `months`) is that many steps past the last observation, as is the
 * default of three; a named month ("이번 달" 0, "다음 달" 1: `monthAhead` from this Korean month) is the target, and the series is
 * forecast two steps further than asked (the last observed month is usually last month) so as to reach it.
 */
export function forecastReach(
  slots: {
    months?: number;
    monthAhead?: number;
    yearEnd?: boolean;
    nextYear?: boolean;
    nextQuarter?: boolean;
  },
  now: Date,
): { horizon: number; target: string | null } {
  const clamp = (n: number) => Math.min(12, Math.max(1, n));
  // "내년 카드 지출", "다음 분기": to the window's last month (December next year: up to two years of steps).
  const window = forecastWindow(slots, koreanDate(now));
  if (window) {
    const today = koreanDate(now);
    const ahead =
      (Number(window.to.slice(0, 4)) - Number(today.slice(0, 4))) * 12 +
      Number(window.to.slice(5, 7)) -
      Number(today.slice(5, 7));
    return { horizon: Math.min(24, ahead + 2), target: window.to };
  }
  // "올해 말까지": December of this year is the target (this month when it is December).
  if (slots.yearEnd) {
    const today = koreanDate(now);
    return { horizon: clamp(12 - Number(today.slice(5, 7)) + 2), target: `${today.slice(0, 4)}-12-01` };
  }
  if (slots.monthAhead !== undefined)
    return {
      horizon: clamp(slots.monthAhead + 2),
      target: addMonths(`${koreanDate(now).slice(0, 7)}-01`, Math.min(12, Math.max(0, slots.monthAhead))),
    };
  return { horizon: clamp(slots.months ?? 3), target: null };
}

/** The forecast up to the target month when it reaches it (its last point is then the month asked). */
export function cutAtMonth(f: ForecastData, target: string | null): ForecastData {
  const at = target === null ? -1 : f.points.findIndex((p) => p.period.slice(0, 7) === target.slice(0, 7));
  return at < 0 ? f : { ...f, horizon: at + 1, points: f.points.slice(0, at + 1) };
}

/**
 * The months a forecast question names as a whole ("내년" → January–December next year; "다음 분기" → the quarter after
 * this Korean one), first days of month; null when it names none. `today` is a Korean date (YYYY-MM-DD).
 */
export function forecastWindow(
  slots: { nextYear?: boolean; nextQuarter?: boolean },
  today: string,
): { from: string; to: string; year: number; quarter: number | null } | null {
  const year = Number(today.slice(0, 4));
  if (slots.nextYear)
    return { from: `${year + 1}-01-01`, to: `${year + 1}-12-01`, year: year + 1, quarter: null };
  if (!slots.nextQuarter) return null;
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const [y, nq] = q === 4 ? [year + 1, 1] : [year, q + 1];
  const first = String(nq * 3 - 2).padStart(2, '0');
  const last = String(nq * 3).padStart(2, '0');
  return { from: `${y}-${first}-01`, to: `${y}-${last}-01`, year: y, quarter: nq };
}
