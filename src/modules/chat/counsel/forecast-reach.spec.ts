import { cutAtMonth, forecastReach } from './forecast-reach';
import type { ForecastData } from './data';
import { extractSlots } from '../../topics/understanding/slots';

const point = (period: string, mean: string) => ({
  period,
  mean,
  lower80: mean,
  upper80: mean,
  lower95: mean,
  upper95: mean,
});
const forecast: ForecastData = {
  kind: 'CUSTOMER',
  series: 'SPENDING',
  label: '월 카드 소비',
  unit: 'KRW',
  method: 'THETA',
  horizon: 3,
  lastObservedPeriod: '2026-10-01',
  observations: 12,
  version: null,
  points: [point('2026-11-01', '100'), point('2026-12-01', '200'), point('2027-01-01', '300')],
};

describe('the month a forecast question asks about', () => {
  // 2026-11-23 15:00 UTC is 2026-11-24 in Korea; 2026-11-30 16:00 UTC is already 1 December there.
  it('"다음 달" on 23 November is December: forecast far enough and cut there', () => {
    const r = forecastReach(1, new Date('2026-11-23T03:00:00Z'));
    expect(r).toEqual({ horizon: 3, target: '2026-12-01' });
    const cut = cutAtMonth(forecast, r.target);
    expect(cut.points.map((p) => p.period)).toEqual(['2026-11-01', '2026-12-01']);
    expect(cut.horizon).toBe(2);
  });

  it('the month is the Korean calendar month', () => {
    expect(forecastReach(1, new Date('2026-11-30T16:00:00Z')).target).toBe('2027-01-01');
  });

  it('without a named month: the default three steps, nothing cut', () => {
    const r = forecastReach(undefined, new Date('2026-11-23T03:00:00Z'));
    expect(r).toEqual({ horizon: 3, target: null });
    expect(cutAtMonth(forecast, r.target)).toBe(forecast);
  });

  it('a target the series does not reach keeps the whole forecast (the answer names the month it shows)', () => {
    expect(cutAtMonth(forecast, '2027-06-01')).toBe(forecast);
    expect(forecastReach(40, new Date('2026-11-23T03:00:00Z')).horizon).toBe(12);
  });

  it('reads "다음 달" / "next month" as one month from now in forecast questions only', () => {
    expect(extractSlots('다음 달 카드값 얼마 나올까요?', 'FORECAST').months).toBe(1);
    expect(extractSlots('담달 소비 예상해줘', 'FORECAST').months).toBe(1);
    expect(extractSlots('다다음 달 지출 전망', 'FORECAST').months).toBe(2);
    expect(extractSlots('predict my spending for next month', 'FORECAST').months).toBe(1);
    expect(extractSlots('6개월 뒤 부채 전망', 'FORECAST').months).toBe(6);
    // A saving that starts next month does not run for one month.
    expect(extractSlots('다음 달부터 2년 동안 모을래요', 'SAVINGS').months).toBe(24);
  });
});
