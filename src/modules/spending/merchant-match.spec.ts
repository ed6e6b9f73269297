import { brandOf, merchantMatch, merchantMatches, merchantNamedIn } from './spending.service';

// The merchant filter's needles and the merchant a question names among the customer's own (counsellor slots).
describe('merchantMatch', () => {
  it('matches a known brand under both spellings, a branch only itself', () => {
    expect(merchantMatch('스타벅스').needles).toEqual(['스타벅스', 'starbucks']);
    expect(merchantMatch('면세점').needles).toEqual(['면세점', 'dutyfree']);
    expect(merchantMatch('스타벅스 강남점').needles).toEqual(['스타벅스강남점']);
  });

  it('does not count another merchant whose name holds the brand ("이마트" is not "롯데하이마트")', () => {
    const emart = merchantMatch('이마트');
    expect(merchantMatches('이마트 성수점', emart)).toBe(true);
    expect(merchantMatches('E-MART', emart)).toBe(true);
    expect(merchantMatches('롯데하이마트', emart)).toBe(false);
    expect(merchantMatches('하이마트 강남점', emart)).toBe(false);
    expect(merchantMatches('LOTTE HI-MART', emart)).toBe(false);
    expect(merchantMatches('롯데하이마트', merchantMatch('하이마트'))).toBe(true);
    expect(merchantMatches('스타벅스 강남R점', merchantMatch('스타벅스'))).toBe(true);
  });
});

describe('a kind of shop: coffee', () => {
  it('"커피" / "카페" / "coffee" is every café, not all of eating out, and never a brand of its own', () => {
    for (const asked of ['카페', '커피', 'coffee', 'coffee shops']) {
      const coffee = merchantMatch(asked);
      for (const name of [
        '스타벅스 강남R점',
        'STARBUCKS COFFEE',
        '이디야커피',
        '투썸플레이스 역삼점',
        '동네카페 봄',
        'CAFE KITSUNE',
      ])
        expect(merchantMatches(name, coffee)).toBe(true);
      for (const name of ['김밥천국', '맥도날드', '파리바게뜨', '교촌치킨'])
        expect(merchantMatches(name, coffee)).toBe(false);
    }
    // Rankings merge a brand's spellings, not every café into one.
    expect(brandOf('이디야커피')).toBe('이디야커피');
    expect(brandOf('STARBUCKS COFFEE')).toBe('스타벅스');
    expect(brandOf('동네카페 봄')).toBeUndefined();
  });
});

describe('kinds of shop: convenience stores, taxis, department stores, cinemas', () => {
  it.each([
    [
      '편의점',
      ['CU 역삼점', 'GS25 (Yeoksam)', '세븐일레븐 강남점', '이마트24'],
      ['이마트 성수점', '홈플러스'],
    ],
    ['택시', ['카카오T 택시', 'KAKAO T TAXI', '서울 개인택시'], ['티머니 교통카드', '코레일']],
    ['백화점', ['현대백화점 판교점', '롯데백화점 본점', '신세계 강남'], ['롯데하이마트', '다이소']],
    ['영화관', ['CGV 강남', '메가박스 코엑스', '롯데시네마 월드타워'], ['넷플릭스', 'CU']],
  ])('"%s" counts %j and not %j', (asked, yes, no) => {
    const m = merchantMatch(asked);
    for (const name of yes) expect(merchantMatches(name, m)).toBe(true);
    for (const name of no) expect(merchantMatches(name, m)).toBe(false);
  });
});

describe('merchantNamedIn', () => {
  const names = [
    'DUTY FREE',
    'HILTON HOTELS',
    'MARRIOTT',
    'CU',
    'KT',
    '동네 한식당',
    '하나투어',
    'ICHIRAN RAMEN',
  ];

  it('finds a merchant of their own by its whole name, case and spaces ignored', () => {
    expect(merchantNamedIn('Why was I charged by DUTY FREE?', names)).toBe('DUTY FREE');
    expect(merchantNamedIn('why was i charged by dutyfree', names)).toBe('DUTY FREE');
    expect(merchantNamedIn('MARRIOTT 결제 얼마였어?', names)).toBe('MARRIOTT');
    expect(merchantNamedIn('동네한식당에서 얼마 썼어?', names)).toBe('동네 한식당');
    expect(merchantNamedIn('하나투어 결제 내역 보여줘', names)).toBe('하나투어');
    expect(merchantNamedIn('CU에서 뭐 샀지?', names)).toBe('CU');
  });

  it('finds a brand named in Hangul among Latin names ("메리어트" → MARRIOTT), only when it is one of theirs', () => {
    expect(merchantNamedIn('메리어트 결제 이거 뭐예요?', names)).toBe('MARRIOTT');
    expect(merchantNamedIn('힐튼 얼마 나왔어?', names)).toBe('HILTON HOTELS');
    expect(merchantNamedIn('이치란 이게 뭐에요?', names)).toBe('ICHIRAN RAMEN');
    expect(merchantNamedIn('유니버설 스튜디오 결제 뭐죠?', names)).toBeUndefined();
  });

  it('takes the first word of a longer Latin name (five letters or more)', () => {
    expect(merchantNamedIn('what is the hilton charge?', names)).toBe('HILTON');
    expect(merchantNamedIn('ichiran 얼마 나왔어?', names)).toBe('ICHIRAN');
  });

  it('matches Latin names as whole words only, and none when no merchant is named', () => {
    expect(merchantNamedIn('is this cute?', names)).toBeUndefined(); // not "CU"
    expect(merchantNamedIn('kitchen costs', names)).toBeUndefined(); // not "KT"
    expect(merchantNamedIn('이번 달 식비 얼마야?', names)).toBeUndefined();
    expect(merchantNamedIn('anything', [])).toBeUndefined();
  });

  it('prefers the longest name that matches', () => {
    expect(merchantNamedIn('DUTY FREE 결제', ['DUTY', 'DUTY FREE'])).toBe('DUTY FREE');
  });
});
