import { addMonths, koreanDate } from '../../../common/dates';
import type { ForecastData } from './data';

// Which month a forecast question asks about, and how far to forecast to reach it (pure: the clock is a parameter).
/**
 * How far to forecast for a question about `months` from now: without a named month, the default three steps past
 * the last observation; with one, two steps more than asked (the last observed month is usually last month), and
 * the month asked as the target (YYYY-MM-01, Korean calendar).
 */
export function forecastReach(
  months: number | undefined,
  now: Date,
): { horizon: number; target: string | null } {
  if (months === undefined) return { horizon: 3, target: null };
  const asked = Math.min(12, Math.max(1, months));
  return {
    horizon: Math.min(12, asked + 2),
    target: addMonths(`${koreanDate(now).slice(0, 7)}-01`, asked),
  };
}

/** The forecast up to the target month when it reaches it (its last point is then the month asked). */
export function cutAtMonth(f: ForecastData, target: string | null): ForecastData {
  const at = target === null ? -1 : f.points.findIndex((p) => p.period.slice(0, 7) === target.slice(0, 7));
  return at < 0 ? f : { ...f, horizon: at + 1, points: f.points.slice(0, at + 1) };
}
