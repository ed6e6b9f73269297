import type { HealthComponent } from '../../insights';
import { healthLevers, reason } from '../../insights';
import { largestOfFirst } from './pipeline';

// QA round 25 (left25a). The health score's levers: what each indicator would add at its full score.
const component = (
  indicator: HealthComponent['indicator'],
  score: number | null,
  effectiveWeight: number,
  value: number | null,
  figures: Record<string, string | number> = {},
): HealthComponent => ({
  indicator,
  pillar: 'PLAN',
  value,
  unit: 'ratio',
  score,
  weight: 0.125,
  effectiveWeight,
  reason: reason(indicator, '', '', figures),
});

describe('healthLevers (QA round 25, left25a)', () => {
  it('most points first, each with the value its curve scores 100 at, the DSR as a monthly repayment', () => {
    const { levers } = healthLevers([
      component('SPEND_VS_INCOME', 100, 0.1667, 0.5276),
      component('LIQUID_SAVINGS', null, 0, null),
      component('DEBT_SERVICE', 65.9, 0.3333, 0.3364, {
        annualDebtService: '6371292',
        annualIncome: '18940000',
      }),
      component('INSURANCE', 40, 0.1667, 0),
      component('SPEND_STABILITY', 34.21, 0.1667, 0.3632),
    ]);
    expect(levers.filter((l) => l.points > 0).map((l) => [l.indicator, l.points, l.fullAt])).toEqual([
      ['DEBT_SERVICE', 11, 0.2],
      ['SPEND_STABILITY', 11, 0.1],
      ['INSURANCE', 10, null],
    ]);
    expect(levers[0].monthlyService).toEqual({ now: '530941', at: '315666' });
  });
});

describe('largestOfFirst (QA round 25, left25a)', () => {
  const u = (intent: 'SPENDING' | 'NEXT_PAYMENT', slots = {}) => ({
    intent,
    slots,
    inherited: [],
    confidence: 1,
    alternatives: [],
  });
  it('a spending summary asks its largest category; any other question carries the flag', () => {
    expect(largestOfFirst(u('SPENDING', { period: { kind: 'THIS_MONTH' } })).slots).toEqual({
      period: { kind: 'THIS_MONTH' },
      top: true,
    });
    expect(largestOfFirst(u('NEXT_PAYMENT')).slots).toEqual({ largestOfFirst: true });
    expect(largestOfFirst(u('SPENDING', { cardBill: true })).slots).toEqual({
      cardBill: true,
      largestOfFirst: true,
    });
  });
});
