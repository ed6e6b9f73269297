import { contextNumbers, krwFigures, reviewAnswer } from './review';

const CONTEXT = '{"totalOverdue":{"amount":"1109928","text":"1,109,928원"},"balance":"12000000"}';

describe('review of a model answer', () => {
  it.each([
    ['걱정 마세요, 대출은 승인됩니다.', 'PROMISED_APPROVAL'],
    ['무조건 대출 승인 받으실 수 있어요', 'PROMISED_APPROVAL'],
    ['승인이 확실합니다', 'PROMISED_APPROVAL'],
    ['This is a guaranteed approval.', 'PROMISED_APPROVAL'],
    ['You will definitely be approved.', 'PROMISED_APPROVAL'],
    ['금리 3%로 해드릴게요', 'PROMISED_RATE'],
    ['3.5% 금리를 보장합니다', 'PROMISED_RATE'],
    ['We guarantee a 4.2% rate for you', 'PROMISED_RATE'],
  ])('flags a promise: %s', (answer, flag) => {
    const r = reviewAnswer(answer, CONTEXT, 'ko');
    expect(r.flags).toContain(flag);
    expect(r.appendix).toContain('심사 결과에 따라 달라질 수 있으며');
  });

  it.each([
    '승인 여부와 금리는 심사 결과에 따라 달라질 수 있습니다.',
    '승인이 보장되지 않습니다.',
    '대출이 승인될 거라고 약속드릴 수는 없어요.',
    'Approval is not guaranteed; it depends on the lender’s review.',
    '연체 금액은 1,109,928원입니다.',
  ])('does not flag hedged or grounded text: %s', (answer) => {
    expect(reviewAnswer(answer, CONTEXT, 'ko')).toEqual({ flags: [], appendix: null, ungrounded: [] });
  });

  it('flags KRW figures that are not in the context, in every notation', () => {
    expect(krwFigures('1,234,567원, ₩2,000, KRW 3,000,000, 45000 won, 350만원, 1억 2천만 원')).toEqual([
      '1234567',
      '2000',
      '3000000',
      '45000',
      '3500000',
      '120000000',
    ]);
    expect(contextNumbers(CONTEXT)).toEqual(new Set(['1109928', '12000000']));
    const r = reviewAnswer('잔액 12,000,000원 중 연체는 9,876,543원입니다.', CONTEXT, 'en');
    expect(r).toMatchObject({ flags: ['UNGROUNDED_FIGURE'], ungrounded: ['9876543'] });
    expect(r.appendix).toMatch(/^\n\nCorrection:/);
    expect(reviewAnswer('1,200만원이 남았습니다', CONTEXT, 'ko').flags).toEqual([]);
  });
});
