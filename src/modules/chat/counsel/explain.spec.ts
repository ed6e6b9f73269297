import { healthLevers, leversToReach, reason, type HealthComponent } from '../../insights';
import {
  asksAboutAnswer,
  asksAboutIt,
  asksLink,
  asksReconcile,
  explainPrevious,
  reconcileFigures,
} from './explain';

// QA round 25 (left25b): the answer just given, explained from its own text.
describe('QA round 25 (left25b): the answer just given explained', () => {
  const score = [
    'Your financial health score for Q4 2026 is 68 out of 100 (coping).',
    'What moved it most:',
    '- No insurance premiums seen on cards (they may be paid by transfer)',
    '■ Next steps:',
    '1. No insurance premium is paid by card: check that you have the cover you need (ignore this if you pay by transfer).',
    '',
    '■ Your spending is high or rising fast relative to income.',
    '- card spending change (vs previous quarter): 36.3% (above the 30.0% warning level)',
  ].join('\n');
  it('what a word of the answer has to do with it: the line naming it, in plain words', () => {
    expect(asksLink('what does insurance have to do with it')).toBe(true);
    expect(explainPrevious(score, 'what does insurance have to do with it', 'en')).toMatch(
      /^Insurance came up because it is one of the factors of your financial health score/,
    );
    expect(explainPrevious(score, '보험이랑 무슨 상관이에요?', 'ko')).toMatch(
      /^보험이 나온 건 금융 건강 점수의 항목/,
    );
    // A word the answer never named: not explained.
    expect(explainPrevious(score, 'what does my mortgage have to do with it', 'en')).toBeNull();
  });
  it('the last line asked about: its figures said again in plain words', () => {
    for (const q of ['wdym by that last line', 'what do you mean by that'])
      expect(explainPrevious(score, q, 'en')).toBe(
        'That last line means your card spending change (vs previous quarter) is 36.3%, higher than the 30.0% we treat as a warning sign — so it is flagged and counts against your score. Bringing it back under 30.0% clears the flag.',
      );
    const budget =
      "A month’s budget on your income of ₩1,578,333: …\nMonthly income is Q3 2026's income of ₩4,735,000 ÷ 3; card spending is ₩1,329,043 a month: ₩3,987,130 over the last 3 complete months (August to October), ÷ 3.";
    expect(explainPrevious(budget, 'wdym by that last line', 'en')).toBe(
      'That last line shows where the budget’s two figures come from: your monthly income is the ₩4,735,000 of income on file for Q3 2026, split over its 3 months, and your card spending of ₩1,329,043 a month is the ₩3,987,130 you spent over the last 3 complete months (August to October), divided by 3.',
    );
    // Small talk has nothing to explain; a plain question is not about the answer.
    expect(
      explainPrevious('Thanks for sharing! Ask me about your loans.', 'what do you mean by that', 'en'),
    ).toBeNull();
    expect(asksAboutAnswer('what is my next payment')).toBe(false);
    expect(asksAboutIt('그게 무슨 말이에요?')).toBe(true);
    expect(asksAboutIt('DSR이 무슨 뜻이에요?')).toBe(false);
  });
});

describe('QA round 25 (left25b): what raises the health score to a target', () => {
  const c = (
    indicator: HealthComponent['indicator'],
    score: number | null,
    w: number,
    value: number | null,
  ) =>
    ({
      indicator,
      score,
      effectiveWeight: w,
      value,
      reason: reason(indicator, '', '', {}),
    }) as HealthComponent;
  // The demo customer's Q4 2026 components (68: DSR 65.9, insurance 40, stability 34.21, the rest 100).
  const components = [
    c('SPEND_VS_INCOME', 100, 0.1667, 0.5276),
    c('BILLS_ON_TIME', 100, 0.1667, 0),
    c('LIQUID_SAVINGS', null, 0, null),
    c('DEBT_SERVICE', 65.9, 0.3333, 0.3364),
    c('INSURANCE', 40, 0.1667, 0),
    c('SPEND_STABILITY', 34.21, 0.1667, 0.3632),
  ];
  it('the levers, most points first, and the fewest that reach 80', () => {
    const { exact, levers } = healthLevers(components);
    expect(Math.round(exact)).toBe(68);
    expect(levers.map((l) => [l.indicator, Math.round(l.gain), l.fullAt])).toEqual([
      ['DEBT_SERVICE', 11, 0.2],
      ['SPEND_STABILITY', 11, 0.1],
      ['INSURANCE', 10, null],
    ]);
    const { chosen, reached } = leversToReach(exact, levers, 80);
    expect(chosen.map((l) => l.indicator)).toEqual(['DEBT_SERVICE', 'SPEND_STABILITY']);
    expect(reached).toBe(90);
    expect(leversToReach(exact, levers, 101).reached).toBe(100);
  });
});

describe('QA round 27 (helper en27): a figure disputed, plain confusion', () => {
  it('"you told me a different number" reconciles the earlier figure and the latest: one category against all spending', () => {
    for (const q of [
      'you told me a different number before',
      'thats not what you said before',
      "that's not what you told me",
      '아까랑 숫자가 다르잖아요',
    ])
      expect(asksReconcile(q)).toBe(true);
    expect(asksReconcile('how much did i spend this month')).toBe(false);
    const said = reconcileFigures(
      [
        'You spent ₩31,600 on eating out this month (2 transactions, Sun 1 Nov to Sun 29 Nov).\nThe period is still running: this is to date.',
        'You spent ₩173,540 this month (8 transactions, Sun 1 Nov to Sun 29 Nov).',
      ],
      'en',
    );
    expect(said).toBe(
      'Earlier I said “You spent ₩31,600 on eating out this month”, and just now “You spent ₩173,540 this month”. Both are right; they differ because the first is eating out only, the second all your card spending (every category, eating out included). Ask about either and I’ll show how it was worked out.',
    );
    expect(
      reconcileFigures(
        [
          'You spent ₩2,324,660 last month (35 transactions).',
          'You spent ₩1,281,030 in the month before last.',
        ],
        'en',
      ),
    ).toContain('they cover different periods (last month, the month before last)');
  });

  it("the comparison wording ('Your card spending on eating out this month is ₩31,600') is read as one category too", () => {
    expect(
      reconcileFigures(
        [
          'Your card spending on eating out this month is ₩31,600: ₩278,510 less than last month (₩310,110).',
          'Your card spending this month is ₩173,540: ₩2,151,120 less than last month (₩2,324,660).',
        ],
        'en',
      ),
    ).toContain('the first is eating out only, the second all your card spending');
  });

  it('the same figure each time, or none given: said so (no reconciling invented)', () => {
    const a = 'Your KakaoBank jeonse deposit loan has ₩169,000,000 of principal left, over 16 instalments.';
    expect(reconcileFigures([a, a], 'en')).toMatch(
      /^I have given you the same figure each time: “Your KakaoBank/,
    );
    expect(reconcileFigures(['Thanks for sharing!'], 'en')).toBeNull();
  });

  it('"wait what?" restates the lead of the answer just given (was small talk)', () => {
    expect(asksAboutIt('wait what?')).toBe(true);
    expect(asksAboutIt("i'm confused")).toBe(true);
    expect(asksAboutIt('what about september')).toBe(false);
    expect(
      explainPrevious(
        'Right now nothing is left over each month: ₩1,000 short.\n■ Next steps:\n1. Save.',
        'wait what?',
        'en',
      ),
    ).toBe(
      'Put simply, what I said was: “Right now nothing is left over each month: ₩1,000 short”. Ask me about any figure in it and I’ll show how it was worked out.',
    );
  });
});
