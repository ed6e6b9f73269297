import { cutAtMonth, forecastReach, forecastWindow } from './forecast-reach';
import type { ForecastData } from './data';
import { extractSlots } from '../../topics/understanding/slots';
import { understandMessage } from '../../topics';

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
  // The month is Korea's: 2026-11-30 16:00 UTC is already 1 December there.
  it('"다음 달" on 23 November is December: forecast far enough and cut there', () => {
    const r = forecastReach({ monthAhead: 1 }, new Date('2026-11-23T03:00:00Z'));
    expect(r).toEqual({ horizon: 3, target: '2026-12-01' });
    const cut = cutAtMonth(forecast, r.target);
    expect(cut.points.map((p) => p.period)).toEqual(['2026-11-01', '2026-12-01']);
    expect(cut.horizon).toBe(2);
  });

  it('the month is the Korean calendar month', () => {
    expect(forecastReach({ monthAhead: 1 }, new Date('2026-11-30T16:00:00Z')).target).toBe('2027-01-01');
  });

  it('without a named month: a span ("다음 3개월") or the default three steps past the last observation, nothing cut', () => {
    const r = forecastReach({}, new Date('2026-11-23T03:00:00Z'));
    expect(r).toEqual({ horizon: 3, target: null });
    expect(cutAtMonth(forecast, r.target)).toBe(forecast);
    expect(forecastReach({ months: 6 }, new Date('2026-11-23T03:00:00Z'))).toEqual({
      horizon: 6,
      target: null,
    });
  });

  it('"올해 말까지" / "for the rest of the year": to December of this Korean year (this month in December)', () => {
    expect(extractSlots('올해 말까지 지출 예상해줘', 'FORECAST')).toMatchObject({ yearEnd: true });
    expect(extractSlots('What will I spend for the rest of the year?', 'FORECAST').yearEnd).toBe(true);
    expect(extractSlots('작년 연말에 얼마 썼어요?', 'FORECAST').yearEnd).toBeUndefined();
    const r = forecastReach({ yearEnd: true }, new Date('2026-11-23T03:00:00Z'));
    expect(r).toEqual({ horizon: 3, target: '2026-12-01' });
    expect(cutAtMonth(forecast, r.target).points.map((p) => p.period)).toEqual(['2026-11-01', '2026-12-01']);
    expect(forecastReach({ yearEnd: true }, new Date('2026-12-10T03:00:00Z'))).toEqual({
      horizon: 2,
      target: '2026-12-01',
    });
    expect(forecastReach({ yearEnd: true }, new Date('2026-02-01T03:00:00Z')).horizon).toBe(12);
  });

  it('a target the series does not reach keeps the whole forecast (the answer names the month it shows)', () => {
    expect(cutAtMonth(forecast, '2027-06-01')).toBe(forecast);
    expect(forecastReach({ monthAhead: 40 }, new Date('2026-11-23T03:00:00Z')).horizon).toBe(12);
  });

  it('reads "다음 달" / "next month" as the month asked, in forecast questions only', () => {
    expect(extractSlots('다음 달 카드값 얼마 나올까요?', 'FORECAST')).toMatchObject({ monthAhead: 1 });
    expect(extractSlots('담달 소비 예상해줘', 'FORECAST').monthAhead).toBe(1);
    expect(extractSlots('다다음 달 지출 전망', 'FORECAST').monthAhead).toBe(2);
    expect(extractSlots('predict my spending for next month', 'FORECAST').monthAhead).toBe(1);
    expect(extractSlots('다음 3개월 카드 소비 전망', 'FORECAST')).toEqual({
      forecastSubject: 'SPENDING',
      months: 3,
    });
    // This month (its days so far are known), not a span that starts now.
    expect(extractSlots('이번달 지출 예상 얼마야?', 'FORECAST').monthAhead).toBe(0);
    expect(extractSlots('How much will I spend this month in total?', 'FORECAST').monthAhead).toBe(0);
    expect(extractSlots('이번 달부터 3개월 지출 예상해줘', 'FORECAST').monthAhead).toBeUndefined();
    expect(forecastReach({ monthAhead: 0 }, new Date('2026-11-23T03:00:00Z'))).toEqual({
      horizon: 2,
      target: '2026-11-01',
    });
    // A saving that starts next month does not run for one month.
    expect(extractSlots('다음 달부터 2년 동안 모을래요', 'SAVINGS')).toEqual({ months: 24 });
  });

  it('a follow-up naming a span drops the inherited month, and the other way round', () => {
    const first = understandMessage('다음 달 카드 소비 예상해줘');
    expect(first.slots).toMatchObject({ monthAhead: 1 });
    const span = understandMessage('그럼 6개월 동안은요?', first);
    expect(span.slots.months).toBe(6);
    expect(span.slots.monthAhead).toBeUndefined();
  });
});

describe('a year or a quarter named as a whole', () => {
  it('"내년" in November 2026 is January–December 2027: forecast to two steps past December (as for a named month) and cut there', () => {
    expect(forecastWindow({ nextYear: true }, '2026-11-27')).toEqual({
      from: '2027-01-01',
      to: '2027-12-01',
      year: 2027,
      quarter: null,
    });
    expect(forecastReach({ nextYear: true }, new Date('2026-11-27T03:00:00Z'))).toEqual({
      horizon: 15,
      target: '2027-12-01',
    });
  });

  it('"다음 분기" is the quarter after this Korean one, across the year end', () => {
    expect(forecastWindow({ nextQuarter: true }, '2026-11-27')).toEqual({
      from: '2027-01-01',
      to: '2027-03-01',
      year: 2027,
      quarter: 1,
    });
    expect(forecastWindow({ nextQuarter: true }, '2026-05-02')).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-01',
    });
    expect(forecastReach({ nextQuarter: true }, new Date('2026-11-27T03:00:00Z'))).toEqual({
      horizon: 6,
      target: '2027-03-01',
    });
    expect(forecastWindow({}, '2026-11-27')).toBeNull();
  });
});
