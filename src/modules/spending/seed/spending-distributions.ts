// Tables behind the synthetic card spending (docs/seed-data.md "Cards and transactions"). Rounded public
// figures where they exist (여신금융협회 card statistics, 통계청 가계동향조사 spending shares); believable
// shapes, not official precision.

export type CategoryCode =
  | 'FOOD'
  | 'GROCERY'
  | 'TRANSPORT'
  | 'FUEL'
  | 'SHOPPING'
  | 'ONLINE_SHOPPING'
  | 'MEDICAL'
  | 'EDUCATION'
  | 'TRAVEL'
  | 'LEISURE'
  | 'TELECOM'
  | 'INSURANCE'
  | 'UTILITIES'
  | 'OTHER';

export type LifeStage =
  'STUDENT' | 'YOUNG_SINGLE' | 'SINGLE' | 'YOUNG_FAMILY' | 'MATURE_FAMILY' | 'EMPTY_NEST' | 'RETIRED';

/** Issuers by share of personal credit-card spending (여신금융협회 2024, rounded). */
export const ISSUER_SHARES: readonly (readonly [string, number])[] = [
  ['SHINHAN', 20],
  ['SAMSUNG', 18],
  ['KB', 17],
  ['HYUNDAI', 16],
  ['LOTTE', 9],
  ['WOORI', 7],
  ['HANA', 7],
  ['BC', 3],
  ['NH', 3],
];

export const CARD_PRODUCTS: Record<string, { credit: string[]; check: string[] }> = {
  SHINHAN: { credit: ['신한카드 Deep Dream', '신한카드 Mr.Life', '신한카드 On'], check: ['신한 SOL 체크'] },
  SAMSUNG: { credit: ['삼성카드 taptap O', '삼성 iD ON', '삼성카드 4'], check: ['삼성 iD POCKET 체크'] },
  KB: { credit: ['KB국민 톡톡D', 'KB국민 My WE:SH', 'KB국민 청춘대로'], check: ['KB국민 노리2 체크'] },
  HYUNDAI: { credit: ['현대카드 ZERO Edition3', '현대카드 M', '현대카드 X'], check: ['현대카드 ZERO 체크'] },
  LOTTE: { credit: ['롯데카드 LOCA 365', '롯데카드 디지로카'], check: ['롯데 LOCA 체크'] },
  WOORI: {
    credit: ['우리카드 카드의정석 EVERY DISCOUNT', '우리 DA@카드의정석'],
    check: ['우리 체크카드의정석'],
  },
  HANA: { credit: ['하나 트래블로그', '하나 MULTI Any'], check: ['하나 트래블로그 체크'] },
  BC: { credit: ['BC 바로 클리어', 'BC 그린카드'], check: ['BC 바로 체크'] },
  NH: { credit: ['NH올바른 FLEX', 'NH농협 zgm.고향사랑'], check: ['NH20 해봄 체크'] },
};

/** Issuer code of each group in the issuers' own code books (issuer prefix + this; see the migration). */
export const ISSUER_CATEGORY_SUFFIX: Record<CategoryCode, string> = {
  FOOD: '01',
  GROCERY: '10',
  TRANSPORT: '20',
  FUEL: '22',
  SHOPPING: '30',
  ONLINE_SHOPPING: '40',
  MEDICAL: '50',
  EDUCATION: '60',
  TRAVEL: '70',
  LEISURE: '80',
  TELECOM: '90',
  INSURANCE: '91',
  UTILITIES: '92',
  OTHER: '99',
};

export const ISSUER_PREFIX: Record<string, string> = {
  SHINHAN: 'S',
  KB: 'K',
  SAMSUNG: 'M',
  HYUNDAI: 'H',
  LOTTE: 'L',
  WOORI: 'W',
  HANA: 'N',
  BC: 'B',
  NH: 'F',
};

/** Merchants with their ISO 18245 MCC (each MCC maps to the same group in mcc_category_range). */
export const MERCHANTS: Record<CategoryCode, readonly (readonly [string, number])[]> = {
  FOOD: [
    ['김밥천국', 5812],
    ['본죽', 5812],
    ['한솥도시락', 5812],
    ['맥도날드', 5814],
    ['스타벅스', 5814],
    ['이디야커피', 5814],
    ['교촌치킨', 5814],
    ['파리바게뜨', 5462],
    ['동네 한식당', 5812],
    ['이자카야', 5813],
  ],
  GROCERY: [
    ['이마트', 5411],
    ['홈플러스', 5411],
    ['롯데마트', 5411],
    ['하나로마트', 5411],
    ['GS25', 5499],
    ['CU', 5499],
    ['세븐일레븐', 5499],
    ['다이소', 5331],
    ['코스트코', 5300],
  ],
  TRANSPORT: [
    ['티머니 교통카드', 4111],
    ['카카오T 택시', 4121],
    ['코레일', 4112],
    ['하이패스', 4784],
    ['공영주차장', 7523],
  ],
  FUEL: [
    ['SK에너지', 5541],
    ['GS칼텍스', 5541],
    ['S-OIL', 5541],
    ['HD현대오일뱅크', 5541],
  ],
  SHOPPING: [
    ['롯데백화점', 5311],
    ['신세계백화점', 5311],
    ['현대백화점', 5311],
    ['유니클로', 5651],
    ['올리브영', 5977],
    ['롯데하이마트', 5732],
    ['나이키', 5661],
  ],
  ONLINE_SHOPPING: [
    ['쿠팡', 5964],
    ['네이버페이', 5964],
    ['11번가', 5964],
    ['G마켓', 5964],
    ['SSG.COM', 5964],
    ['컬리', 5964],
  ],
  MEDICAL: [
    ['연세내과의원', 8011],
    ['미소치과의원', 8021],
    ['온누리약국', 5912],
    ['서울대학교병원', 8062],
    ['튼튼소아청소년과', 8011],
  ],
  EDUCATION: [
    ['대치 수학학원', 8299],
    ['YBM어학원', 8299],
    ['메가스터디', 8299],
    ['에듀윌', 8299],
  ],
  TRAVEL: [
    ['대한항공', 4511],
    ['아시아나항공', 4511],
    ['야놀자', 7011],
    ['여기어때', 7011],
    ['하나투어', 4722],
  ],
  LEISURE: [
    ['CGV', 7832],
    ['메가박스', 7832],
    ['인터파크티켓', 7922],
    ['골프존', 7992],
    ['롯데월드', 7996],
  ],
  TELECOM: [
    ['SK텔레콤', 4814],
    ['KT', 4814],
    ['LG유플러스', 4814],
  ],
  INSURANCE: [
    ['삼성화재', 6300],
    ['현대해상', 6300],
    ['DB손해보험', 6300],
    ['교보생명', 6300],
  ],
  UTILITIES: [
    ['한국전력공사', 4900],
    ['도시가스', 4900],
    ['국세청', 9311],
  ],
  OTHER: [
    ['크린토피아', 7216],
    ['준오헤어', 7230],
    ['동네 사진관', 7221],
  ],
};

/** Merchants abroad (trips) and overseas online shops (해외직구). */
export const OVERSEAS_MERCHANTS: Partial<Record<CategoryCode, readonly (readonly [string, number])[]>> = {
  FOOD: [
    ['STARBUCKS', 5814],
    ['ICHIRAN RAMEN', 5812],
    ['LOCAL RESTAURANT', 5812],
  ],
  SHOPPING: [
    ['DUTY FREE', 5309],
    ['UNIQLO GINZA', 5651],
    ['DON QUIJOTE', 5311],
  ],
  TRAVEL: [
    ['HILTON HOTELS', 7011],
    ['MARRIOTT', 7011],
    ['AGODA', 4722],
  ],
  TRANSPORT: [['JR EAST', 4112]],
  LEISURE: [['UNIVERSAL STUDIOS', 7996]],
  ONLINE_SHOPPING: [
    ['AMAZON.COM', 5964],
    ['ALIEXPRESS', 5964],
  ],
};

/** Ticket sizes, won: log-normal median and σ by group. */
export const TICKET: Record<CategoryCode, readonly [number, number]> = {
  FOOD: [13_000, 0.6],
  GROCERY: [18_000, 0.9],
  TRANSPORT: [3_500, 0.8],
  FUEL: [60_000, 0.35],
  SHOPPING: [55_000, 0.9],
  ONLINE_SHOPPING: [32_000, 0.85],
  MEDICAL: [15_000, 1.0],
  EDUCATION: [250_000, 0.5],
  TRAVEL: [140_000, 0.9],
  LEISURE: [22_000, 0.8],
  TELECOM: [65_000, 0.3],
  INSURANCE: [110_000, 0.6],
  UTILITIES: [75_000, 0.6],
  OTHER: [20_000, 0.9],
};

/** Discretionary transactions by life stage: relative weights of a transaction's group. */
export const CATEGORY_MIX: Record<LifeStage, Partial<Record<CategoryCode, number>>> = {
  STUDENT: {
    FOOD: 38,
    GROCERY: 20,
    TRANSPORT: 18,
    ONLINE_SHOPPING: 14,
    SHOPPING: 3,
    LEISURE: 5,
    MEDICAL: 1,
    OTHER: 1,
  },
  YOUNG_SINGLE: {
    FOOD: 34,
    GROCERY: 16,
    TRANSPORT: 14,
    ONLINE_SHOPPING: 15,
    SHOPPING: 6,
    LEISURE: 6,
    FUEL: 2,
    MEDICAL: 2,
    TRAVEL: 1,
    OTHER: 4,
  },
  SINGLE: {
    FOOD: 30,
    GROCERY: 20,
    TRANSPORT: 12,
    ONLINE_SHOPPING: 12,
    SHOPPING: 7,
    LEISURE: 5,
    FUEL: 5,
    MEDICAL: 4,
    TRAVEL: 1,
    OTHER: 4,
  },
  YOUNG_FAMILY: {
    FOOD: 22,
    GROCERY: 28,
    TRANSPORT: 8,
    ONLINE_SHOPPING: 16,
    SHOPPING: 7,
    LEISURE: 4,
    FUEL: 6,
    MEDICAL: 6,
    EDUCATION: 1,
    OTHER: 2,
  },
  MATURE_FAMILY: {
    FOOD: 25,
    GROCERY: 26,
    TRANSPORT: 8,
    ONLINE_SHOPPING: 10,
    SHOPPING: 8,
    LEISURE: 4,
    FUEL: 8,
    MEDICAL: 6,
    EDUCATION: 2,
    TRAVEL: 1,
    OTHER: 2,
  },
  EMPTY_NEST: {
    FOOD: 27,
    GROCERY: 27,
    TRANSPORT: 9,
    ONLINE_SHOPPING: 6,
    SHOPPING: 7,
    LEISURE: 5,
    FUEL: 7,
    MEDICAL: 8,
    TRAVEL: 2,
    OTHER: 2,
  },
  RETIRED: {
    FOOD: 24,
    GROCERY: 32,
    TRANSPORT: 10,
    ONLINE_SHOPPING: 4,
    SHOPPING: 5,
    LEISURE: 3,
    FUEL: 3,
    MEDICAL: 16,
    TRAVEL: 1,
    OTHER: 2,
  },
};

/** Month multipliers of transaction counts (index 0 = January): 가정의 달 May, summer, year-end. */
export const MONTH_FACTOR = [1.0, 0.92, 1.0, 1.0, 1.06, 0.98, 1.04, 1.05, 1.0, 1.02, 1.0, 1.12];

/** 설날 and 추석 (the main holiday day, solar calendar) — gift and food shopping in the two weeks before. */
export const HOLIDAYS: readonly string[] = [
  '2021-02-12',
  '2021-09-21',
  '2022-02-01',
  '2022-09-10',
  '2023-01-22',
  '2023-09-29',
  '2024-02-10',
  '2024-09-17',
  '2025-01-29',
  '2025-10-06',
  '2026-02-17',
  '2026-09-25',
  '2027-02-07',
  '2027-09-15',
  '2028-01-27',
  '2028-10-03',
];

/** Trip months (relative weights): winter break, 설, summer holidays, 추석, year-end. */
export const TRIP_MONTH_WEIGHT = [1.6, 1.3, 0.6, 0.6, 0.9, 0.8, 1.6, 1.9, 1.0, 1.1, 0.7, 1.1];

/** Hour-of-day weights (KST, 0–23) of everyday transactions. */
export const HOUR_WEIGHT = [
  1.2, 0.7, 0.4, 0.2, 0.15, 0.2, 0.6, 2.5, 3.5, 3.2, 3.8, 4.8, 7.5, 6.5, 4.8, 4.5, 4.8, 5.8, 7.5, 7.2, 5.8,
  4.2, 3.0, 2.0,
];
