import { historyWindow } from './chat-memory';

describe('historyWindow', () => {
  const items = [
    { id: 1, content: '대출 상환이 걱정돼요' }, // 9 syllables → 9
    { id: 2, content: 'abcdefgh' }, // 8 characters → 2
    { id: 3, content: '네 알겠어요' }, // 5
    { id: 4, content: 'ok' }, // 1
  ];

  it('keeps the newest items that fit the budget, oldest first', () => {
    expect(historyWindow(items, 8).map((i) => i.id)).toEqual([2, 3, 4]);
    expect(historyWindow(items, 16).map((i) => i.id)).toEqual([2, 3, 4]);
    expect(historyWindow(items, 17).map((i) => i.id)).toEqual([1, 2, 3, 4]);
    expect(historyWindow(items, 7).map((i) => i.id)).toEqual([3, 4]);
  });

  it('stops at the first item that does not fit (no gaps in the conversation)', () => {
    expect(historyWindow([{ content: 'x'.repeat(400) }, { content: 'ok' }], 50)).toEqual([{ content: 'ok' }]);
    expect(historyWindow(items, 0)).toEqual([]);
  });
});
