import { quarter } from '../quarter.fixture';
import { formatWonEn, formatWonKo, groupThousands, percent1, quarterSummary } from './quarter-summary';

describe('formatting', () => {
  it('groups whole won with commas, without floats', () => {
    expect(formatWonEn('1234567')).toBe('₩1,234,567');
    expect(formatWonKo('1234567')).toBe('1,234,567원');
    expect(groupThousands('0')).toBe('0');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1,000');
    // beyond 2^53: exact
    expect(groupThousands('123456789012345678')).toBe('123,456,789,012,345,678');
  });

  it('percent with one decimal, half-up', () => {
    expect(percent1('0.12345')).toBe('12.3');
    expect(percent1('0.12355')).toBe('12.4');
    expect(percent1('0.2')).toBe('20.0');
  });
});

describe('quarterSummary', () => {
  it('Korean and English from the templates (hand-written expectations)', () => {
    // 6,000,000 vs 5,000,000 → +20.0 %; FOOD 25.0 %, GROCERY 20.0 %, SHOPPING 15.0 % (OTHER not named)
    const s = quarterSummary({
      features: quarter({ previousTotalSpend: '5000000' }),
      health: { score: 85, band: 'HEALTHY' },
      lifeStage: 'YOUNG_FAMILY',
    });
    expect(s.en).toBe(
      'In 2025Q3 you spent ₩6,000,000 across 120 card payments (average ₩50,000), up 20.0% on the previous quarter. ' +
        'Top categories: Dining ₩1,500,000 (25.0%), Groceries ₩1,200,000 (20.0%), Shopping ₩900,000 (15.0%). ' +
        'Financial health: 85/100 (healthy). Life stage: young family.',
    );
    expect(s.ko).toBe(
      '2025년 3분기 카드 지출은 총 6,000,000원(120건, 건당 평균 50,000원)으로 전 분기 대비 20.0% 증가했습니다. ' +
        '주요 지출: 외식 1,500,000원(25.0%), 식료품·마트 1,200,000원(20.0%), 쇼핑 900,000원(15.0%). ' +
        '금융 건강도: 85점(양호). 라이프스테이지: 영유아 자녀 가구.',
    );
    expect(s.facts.changePercent).toBe('+20.0');
  });

  it('a decrease, and no previous quarter', () => {
    // 6,000,000 vs 8,000,000 → −25.0 %
    const down = quarterSummary({
      features: quarter({ previousTotalSpend: '8000000' }),
      health: null,
      lifeStage: null,
    });
    expect(down.en).toContain('down 25.0% on the previous quarter.');
    expect(down.ko).toContain('전 분기 대비 25.0% 감소했습니다.');
    expect(down.facts.changePercent).toBe('-25.0');
    const none = quarterSummary({
      features: quarter({ previousTotalSpend: null }),
      health: null,
      lifeStage: null,
    });
    expect(none.en).toContain('there is no previous quarter to compare.');
    expect(none.ko).toContain('비교할 전 분기 자료가 없습니다.');
    expect(none.facts.changePercent).toBeNull();
  });
});
