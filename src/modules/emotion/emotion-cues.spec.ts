import { cueAdjustments, findCues, intensifierCount, isNegated } from './emotion-cues';
import { intensityOf } from './emotion-model';

const negatedOf = (text: string, word: string) => {
  const i = text.toLowerCase().indexOf(word);
  return isNegated(text.toLowerCase(), i, i + word.length);
};

describe('negation', () => {
  it.each([
    ['걱정 안 해도 돼요', '걱정', true],
    ['걱정 없어요', '걱정', true],
    ['불안하지 않아요', '불안', true],
    ['안 불안해요', '불안', true],
    ['별로 걱정은 안돼', '걱정', true],
    ['너무 걱정돼요', '걱정', false],
    ['연체돼서 불안해요', '불안', false],
    ['I am not worried', 'worried', true],
    ["don't really worry", 'worry', true],
    ['I am worried', 'worried', false],
  ])('%s: %s negated = %s', (text, word, expected) => {
    expect(negatedOf(text, word)).toBe(expected);
  });

  it('turns a negated worry into relief instead of anxiety', () => {
    const plain = cueAdjustments(findCues('걱정돼요'));
    expect(plain).toEqual({ ANXIOUS: 2, FRUSTRATED: 0, SAD: 0, NEUTRAL: 0, HOPEFUL: 0 });
    const negated = cueAdjustments(findCues('걱정 없어요'));
    expect(negated).toEqual({ ANXIOUS: -4, FRUSTRATED: 0, SAD: 0, NEUTRAL: 2, HOPEFUL: 2 });
    const notHappy = cueAdjustments(findCues('not happy'));
    expect(notHappy.HOPEFUL).toBeCloseTo(-2.4, 12);
    expect(notHappy.SAD).toBeCloseTo(1.2, 12);
  });
});

describe('finance cues', () => {
  it('finds 연체/독촉 as anxious, 다행 as hopeful, overdue in English', () => {
    expect(findCues('연체 독촉 전화').map((h) => h.label)).toEqual(['ANXIOUS', 'ANXIOUS']);
    expect(findCues('다 갚아서 다행이다').map((h) => h.label)).toEqual(['HOPEFUL']);
    expect(findCues('my loan is overdue').map((h) => h.label)).toEqual(['ANXIOUS']);
  });
});

describe('intensity', () => {
  it('counts intensifiers: 너무, 진짜, !!, ㅠㅠ, very, capitals', () => {
    expect(intensifierCount('너무 진짜 힘들어요!! ㅠㅠ')).toBe(4);
    expect(intensifierCount('I am VERY very worried')).toBe(2);
    expect(intensifierCount('대출 한도 알려줘')).toBe(0);
  });

  it('rescales the probability (0.2 → 0, 1 → 1), adds 0.1 per intensifier up to 3, caps at 1, 0 for NEUTRAL', () => {
    expect(intensityOf('ANXIOUS', 0.6, 0)).toBeCloseTo(0.5, 12);
    expect(intensityOf('ANXIOUS', 0.6, 2)).toBeCloseTo(0.7, 12);
    expect(intensityOf('ANXIOUS', 0.6, 10)).toBeCloseTo(0.8, 12);
    expect(intensityOf('SAD', 0.99, 3)).toBe(1);
    expect(intensityOf('SAD', 0.1, 0)).toBe(0);
    expect(intensityOf('NEUTRAL', 0.9, 3)).toBe(0);
  });
});

describe('sleep and breath as worry', () => {
  it.each(['잠이 안 와요', '잠이 안와', '잠을 못 자겠어요', '잠 못 자요', '숨이 막혀요'])(
    '%s → ANXIOUS, not negated',
    (text) => {
      expect(findCues(text)).toEqual([expect.objectContaining({ label: 'ANXIOUS', negated: false })]);
    },
  );

  it('"잠도 잘 자요" is no cue', () => {
    expect(findCues('요즘은 잠도 잘 자요')).toEqual([]);
  });
});

describe('crying faces', () => {
  it('a run of ㅠ/ㅜ is one SAD cue', () => {
    expect(findCues('힘들어요 ㅜㅜㅜㅜ').map((h) => h.match)).toEqual(['힘들', 'ㅜㅜㅜㅜ']);
    expect(findCues('ㅠ ㅠ')).toHaveLength(2);
  });
});
