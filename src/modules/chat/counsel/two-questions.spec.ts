import { twoQuestionsOf } from './two-questions';

describe('twoQuestionsOf (QA round 24, fu24)', () => {
  it('splits two questions joined by a question word + 고', () => {
    expect(twoQuestionsOf('다음 납입일 언제고 이번달 편의점 얼마 썼어요?')).toEqual([
      '다음 납입일 언제',
      '이번달 편의점 얼마 썼어요?',
    ]);
    expect(twoQuestionsOf('대출 이자 얼마고 카드값은 언제 나가요?')).toEqual([
      '대출 이자 얼마',
      '카드값은 언제 나가요?',
    ]);
  });
  it('leaves one question alone', () => {
    expect(twoQuestionsOf('이번달 카드 얼마 썼어요?')).toBeNull();
    expect(twoQuestionsOf('중도상환수수료 있어요? 그리고 지금 5천 갚으면 이자 얼마 줄어요')).toBeNull();
    expect(twoQuestionsOf('대출 잔액이랑 이번달 카드 쓴거 같이 알려줘')).toBeNull();
  });
});
