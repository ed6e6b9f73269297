import { addMonths, koreanDate } from '../../../common/dates';
import type { ForecastData } from './data';

// Which month a forecast question asks about, and how far to forecast to reach it (pure: the clock is a parameter).
/**
 * How far to forecast (a year's end: to December): a span ("다음 3개월": `months`) is that many steps past the last observation, as is the
 * default of three; a named month ("이번 달" 0, "다음 달" 1: `monthAhead` from this Korean month) is the target, and the series is
 * forecast two steps further than asked (the last observed month is usually last month) so as to reach it.
 */
export function forecastReach(
  slots: { months?: number; monthAhead?: number; yearEnd?: boolean },
  now: Date,
): { horizon: number; target: string | null } {
  const clamp = (n: number) => Math.min(12, Math.max(1, n));
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
