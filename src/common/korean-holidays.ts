// Korean public holidays (관공서의 공휴일에 관한 규정) that fall on weekdays, including substitute holidays
// (대체공휴일), election days and the temporary holidays the government designated, 2024–2027 — as published in
// the 월력요항 of the Korea Astronomy and Space Science Institute / the 관보. Weekend holidays are left out
// (weekends are never business days). Banks close on these days, so a due date on one moves to the next business
// day (민법 제161조). Operators add later years or bank-specific closures with the HOLIDAYS variable.
import { addDays, isWeekend } from './dates';

export const KOREAN_PUBLIC_HOLIDAYS: readonly string[] = Object.freeze([
  // 2024
  '2024-01-01', // 신정
  '2024-02-09', // 설날 연휴
  '2024-02-12', // 설날 대체공휴일
  '2024-03-01', // 삼일절
  '2024-04-10', // 제22대 국회의원 선거
  '2024-05-06', // 어린이날 대체공휴일
  '2024-05-15', // 부처님오신날
  '2024-06-06', // 현충일
  '2024-08-15', // 광복절
  '2024-09-16', // 추석 연휴
  '2024-09-17', // 추석
  '2024-09-18', // 추석 연휴
  '2024-10-01', // 국군의 날 (임시공휴일)
  '2024-10-03', // 개천절
  '2024-10-09', // 한글날
  '2024-12-25', // 성탄절
  // 2025
  '2025-01-01', // 신정
  '2025-01-27', // 임시공휴일
  '2025-01-28', // 설날 연휴
  '2025-01-29', // 설날
  '2025-01-30', // 설날 연휴
  '2025-03-03', // 삼일절 대체공휴일
  '2025-05-05', // 어린이날 · 부처님오신날
  '2025-05-06', // 대체공휴일
  '2025-06-03', // 제21대 대통령 선거
  '2025-06-06', // 현충일
  '2025-08-15', // 광복절
  '2025-10-03', // 개천절
  '2025-10-06', // 추석
  '2025-10-07', // 추석 연휴
  '2025-10-08', // 추석 대체공휴일
  '2025-10-09', // 한글날
  '2025-12-25', // 성탄절
  // 2026
  '2026-01-01', // 신정
  '2026-02-16', // 설날 연휴
  '2026-02-17', // 설날
  '2026-02-18', // 설날 연휴
  '2026-03-02', // 삼일절 대체공휴일
  '2026-05-05', // 어린이날
  '2026-05-25', // 부처님오신날 대체공휴일
  '2026-06-03', // 제9회 전국동시지방선거
  '2026-08-17', // 광복절 대체공휴일
  '2026-09-24', // 추석 연휴
  '2026-09-25', // 추석
  '2026-10-05', // 개천절 대체공휴일
  '2026-10-09', // 한글날
  '2026-12-25', // 성탄절
  // 2027 (QA round 24, loan24: a payment late over the new year counted 1월 1일 as a business day)
  '2027-01-01', // 신정
  '2027-02-08', // 설날
  '2027-02-09', // 설날 대체공휴일 (연휴의 일요일)
  '2027-03-01', // 삼일절
  '2027-05-05', // 어린이날
  '2027-05-13', // 부처님오신날
  '2027-08-16', // 광복절 대체공휴일
  '2027-09-14', // 추석 연휴
  '2027-09-15', // 추석
  '2027-09-16', // 추석 연휴
  '2027-10-04', // 개천절 대체공휴일
  '2027-10-11', // 한글날 대체공휴일
  '2027-12-27', // 성탄절 대체공휴일
]);

/**
 * The lunar holidays' own day (설날: 1st of the 1st lunar month; 추석: 15th of the 8th), 2024–2027 as in the
 * 월력요항 — the years KOREAN_PUBLIC_HOLIDAYS covers.
 */
export const LUNAR_HOLIDAY_DAYS: Readonly<Record<'SEOLLAL' | 'CHUSEOK', readonly string[]>> = Object.freeze({
  SEOLLAL: ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-07'],
  CHUSEOK: ['2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15'],
});

/**
 * The break around a lunar holiday as people say "추석 연휴": the day before, the day and the day after, widened
 * by every adjoining day off (weekends, substitute and neighbouring public holidays) — 추석 2025 ran from
 * 개천절 (10월 3일) to 한글날 (10월 9일), 2026 from 9월 24일 to the Sunday 9월 27일.
 */
export function holidayBreak(
  day: string,
  holidays: ReadonlySet<string> = KOREAN_HOLIDAY_SET,
): { from: string; through: string } {
  const off = (d: string) => isWeekend(d) || holidays.has(d);
  let from = addDays(day, -1);
  let through = addDays(day, 1);
  while (off(addDays(from, -1))) from = addDays(from, -1);
  while (off(addDays(through, 1))) through = addDays(through, 1);
  return { from, through };
}

/**
 * The latest break of that holiday begun by `today` (its days up to today when it is still running); none when the
 * table holds no such holiday by then.
 */
export function latestHolidayBreak(
  holiday: 'SEOLLAL' | 'CHUSEOK',
  today: string,
): { from: string; through: string } | undefined {
  const breaks = LUNAR_HOLIDAY_DAYS[holiday].map((d) => holidayBreak(d)).filter((b) => b.from <= today);
  const last = breaks[breaks.length - 1];
  return last && { from: last.from, through: last.through < today ? last.through : today };
}

const KOREAN_HOLIDAY_SET: ReadonlySet<string> = new Set(KOREAN_PUBLIC_HOLIDAYS);
