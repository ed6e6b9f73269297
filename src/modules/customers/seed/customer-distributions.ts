import type { WeightedPairs } from '../../../common/random';
import { Employment, Gender, Region } from '../customer.enums';

// Distributions for synthetic Korean retail-bank customers. Figures are rounded from public statistics;
// they aim at a believable shape, not at official precision. docs/seed-data.md explains each choice.
//
// Sources (as of 2023–2024):
//  - Age pyramid: 행정안전부 주민등록인구통계, resident population by 5-year age band, Dec 2023.
//  - Sex ratio by age: same source (women outnumber men from the late 60s on).
//  - Regions: 행정안전부 주민등록인구 by 시·도, Dec 2024 (51.2 million residents).
//  - Household size: 통계청 인구주택총조사 2023, households by number of members
//    (1: 35.5 %, 2: 28.8 %, 3: 19.2 %, 4: 14.0 %, 5+: 2.9 %), split by age of the household head.
//  - Employment: 통계청 경제활동인구조사 (employment rate by age, self-employed ≈ 20 % of the employed,
//    public sector ≈ 10 % of wage earners), 국민연금 수급 for retirement by age.
//  - Earned income: 통계청 임금근로일자리 소득(보수) 결과 2022 — median wage ≈ 2.67 million KRW a month
//    (≈ 32 million a year), peaking in the 40s and early 50s; 국민연금·기초연금 for pension incomes.
//  - Credit scores: NICE 평점 1–1000; published distributions put about half the population above 900 and
//    around 5 % under 600.
//  - Surnames: 통계청 인구주택총조사 2015 성씨 (김 21.5 %, 이 14.7 %, 박 8.4 % …), in thousands of people.
//  - Given names: common syllables of 대법원 출생신고 name rankings, split into an older (born before 1980)
//    and a younger generation.

/** Looks up the row for `age` in a table of [age below which the row applies, values]. */
function byAge<T>(table: readonly (readonly [number, T])[], age: number): T {
  return table.find(([below]) => age < below)![1];
}

/** Customers are adults of 19 (Korea's age of majority) to 85. */
export const MIN_AGE = 19;
export const MAX_AGE = 85;

export interface AgeBand {
  readonly from: number;
  readonly to: number; // inclusive
  /** Residents in thousands. */
  readonly weight: number;
}

// 19–24 takes age 19 on top of the 20–24 band, 80–85 takes age 85 on top of 80–84.
export const AGE_BANDS: readonly AgeBand[] = [
  { from: 19, to: 24, weight: 3_120 },
  { from: 25, to: 29, weight: 3_310 },
  { from: 30, to: 34, weight: 3_550 },
  { from: 35, to: 39, weight: 3_270 },
  { from: 40, to: 44, weight: 3_850 },
  { from: 45, to: 49, weight: 3_990 },
  { from: 50, to: 54, weight: 4_360 },
  { from: 55, to: 59, weight: 4_250 },
  { from: 60, to: 64, weight: 4_160 },
  { from: 65, to: 69, weight: 3_250 },
  { from: 70, to: 74, weight: 2_310 },
  { from: 75, to: 79, weight: 1_720 },
  { from: 80, to: 85, weight: 1_540 },
];

const FEMALE_SHARE_BY_AGE: readonly (readonly [number, number])[] = [
  [30, 0.48],
  [50, 0.49],
  [60, 0.5],
  [70, 0.51],
  [80, 0.56],
  [Infinity, 0.64],
];

/** Share of women among people of `age`. */
export function femaleShare(age: number): number {
  return byAge(FEMALE_SHARE_BY_AGE, age);
}

/** Residents in thousands, Dec 2024. */
export const REGION_WEIGHTS: WeightedPairs<Region> = [
  [Region.GYEONGGI, 13_690],
  [Region.SEOUL, 9_330],
  [Region.BUSAN, 3_270],
  [Region.GYEONGNAM, 3_230],
  [Region.INCHEON, 3_020],
  [Region.GYEONGBUK, 2_540],
  [Region.DAEGU, 2_360],
  [Region.CHUNGNAM, 2_130],
  [Region.JEONNAM, 1_790],
  [Region.JEONBUK, 1_730],
  [Region.CHUNGBUK, 1_590],
  [Region.GANGWON, 1_520],
  [Region.DAEJEON, 1_440],
  [Region.GWANGJU, 1_400],
  [Region.ULSAN, 1_100],
  [Region.JEJU, 670],
  [Region.SEJONG, 390],
];

// Household size by age of the customer, in percent: a customer stands for a household head, so the mix over
// the age pyramid reproduces the census distribution of households. Young adults mostly live alone, people
// in their 40s with children, people over 60 as couples or alone.
//                                                      1   2   3   4  5+
const HOUSEHOLD_BY_AGE: readonly (readonly [number, readonly number[]])[] = [
  [25, [66, 15, 11, 6, 2]],
  [30, [58, 20, 12, 8, 2]],
  [40, [36, 20, 21, 19, 4]],
  [50, [24, 16, 25, 30, 5]],
  [60, [25, 28, 28, 15, 4]],
  [70, [29, 47, 16, 6, 2]],
  [Infinity, [44, 45, 7, 2, 2]],
];

/** Household size weights for a customer of `age`; 5 stands for "5 or more" (see LARGE_HOUSEHOLD_WEIGHTS). */
export function householdSizeWeights(age: number): WeightedPairs<number> {
  return byAge(HOUSEHOLD_BY_AGE, age).map((weight, i) => [i + 1, weight] as const);
}

/** Within "5+": five, six or seven members. */
export const LARGE_HOUSEHOLD_WEIGHTS: WeightedPairs<number> = [
  [5, 80],
  [6, 16],
  [7, 4],
];

const EMPLOYMENT_COLUMNS = [
  Employment.SALARIED,
  Employment.PUBLIC_SECTOR,
  Employment.SELF_EMPLOYED,
  Employment.FREELANCER,
  Employment.STUDENT,
  Employment.HOMEMAKER,
  Employment.RETIRED,
  Employment.UNEMPLOYED,
] as const;

// Employment by age, in percent of everyone that age; the homemaker column is for both sexes together.
//                                                        SAL PUB SELF FREE STU HOME RET UNEMP
const EMPLOYMENT_BY_AGE: readonly (readonly [number, readonly number[]])[] = [
  [25, [30, 2, 1, 6, 44, 2, 0, 15]],
  [30, [58, 7, 3, 7, 8, 4, 0, 13]],
  [40, [60, 9, 9, 6, 1, 9, 0, 6]],
  [50, [53, 9, 15, 5, 0, 13, 0, 5]],
  [60, [45, 8, 20, 5, 0, 14, 2, 6]],
  [65, [28, 2, 22, 5, 0, 14, 21, 8]],
  [75, [15, 0.5, 16, 3, 0, 12, 49, 4.5]],
  [Infinity, [4, 0, 8, 1, 0, 9, 76, 2]],
];

/** Nine in ten full-time homemakers are women (경제활동인구조사, 가사 사유 비경제활동인구). */
const HOMEMAKER_FACTOR: Record<Gender, number> = { [Gender.FEMALE]: 1.8, [Gender.MALE]: 0.2 };

export function employmentWeights(age: number, gender: Gender): WeightedPairs<Employment> {
  return byAge(EMPLOYMENT_BY_AGE, age).map((weight, i) => {
    const employment = EMPLOYMENT_COLUMNS[i];
    return [
      employment,
      employment === Employment.HOMEMAKER ? weight * HOMEMAKER_FACTOR[gender] : weight,
    ] as const;
  });
}

/** Median salaried income (KRW/year) before the age profile; with it the salaried median is ≈ 33 million. */
export const BASE_WAGE = 31_500_000;

const WAGE_FACTOR_BY_AGE: readonly (readonly [number, number])[] = [
  [25, 0.62],
  [30, 0.85],
  [35, 1.02],
  [40, 1.15],
  [45, 1.25],
  [50, 1.3],
  [55, 1.28],
  [60, 1.15],
  [65, 0.8],
  [Infinity, 0.6],
];

/** Wage by age relative to BASE_WAGE: rises to a peak in the 40s–early 50s, falls after retirement age. */
export function wageAgeFactor(age: number): number {
  return byAge(WAGE_FACTOR_BY_AGE, age);
}

export interface IncomeModel {
  /** Probability of no income at all. */
  readonly zeroShare: number;
  /** Median of the non-zero income; `wage` scales with BASE_WAGE and the age profile. */
  readonly median: { readonly wage: number } | { readonly fixed: number };
  /** σ of log income: spread within the group. */
  readonly sigma: number;
}

export const INCOME_MODELS: Record<Employment, IncomeModel> = {
  [Employment.SALARIED]: { zeroShare: 0, median: { wage: 1 }, sigma: 0.5 },
  [Employment.PUBLIC_SECTOR]: { zeroShare: 0, median: { wage: 1.2 }, sigma: 0.3 },
  [Employment.SELF_EMPLOYED]: { zeroShare: 0, median: { wage: 0.85 }, sigma: 0.9 },
  [Employment.FREELANCER]: { zeroShare: 0, median: { wage: 0.55 }, sigma: 0.75 },
  // Part-time jobs for some students; occasional earnings or benefits for homemakers and the unemployed.
  [Employment.STUDENT]: { zeroShare: 0.55, median: { fixed: 4_000_000 }, sigma: 0.6 },
  [Employment.HOMEMAKER]: { zeroShare: 0.85, median: { fixed: 5_000_000 }, sigma: 0.7 },
  [Employment.UNEMPLOYED]: { zeroShare: 0.65, median: { fixed: 4_000_000 }, sigma: 0.6 },
  // 국민연금 (≈ 650,000 KRW a month on average) plus 기초연금; civil-service pensions make the tail.
  [Employment.RETIRED]: { zeroShare: 0, median: { fixed: 11_000_000 }, sigma: 0.6 },
};

/** Incomes are rounded to 10,000 won and capped where a log-normal tail stops being believable. */
export const INCOME_ROUNDING = 10_000;
export const INCOME_CAP = 3_000_000_000;

/**
 * Credit score = 1000 − a log-normal "deficit": most people sit near the top, a tail reaches far down.
 * The deficit's median grows for thin-file young adults and for low or no income.
 */
export const CREDIT_DEFICIT_MEDIAN = 100;
export const CREDIT_DEFICIT_SIGMA = 0.75;
export const CREDIT_REFERENCE_INCOME = 30_000_000;

// Thin credit files keep young adults lower; scores peak in late working life.
const CREDIT_FACTOR_BY_AGE: readonly (readonly [number, number])[] = [
  [25, 1.7],
  [30, 1.3],
  [40, 1.05],
  [60, 0.95],
  [75, 0.85],
  [Infinity, 0.95],
];

export function creditAgeFactor(age: number): number {
  return byAge(CREDIT_FACTOR_BY_AGE, age);
}

export function creditIncomeFactor(annualIncome: number): number {
  if (annualIncome <= 0) return 1.25;
  const factor = Math.exp(-0.2 * Math.log(annualIncome / CREDIT_REFERENCE_INCOME));
  return Math.min(1.4, Math.max(0.7, factor));
}

/** Korean nationals counted by the 2015 census, in thousands. */
const CENSUS_2015_THOUSANDS = 49_706;

/** [hangul, conventional romanisation, people in thousands (2015 census)]. */
const COMMON_SURNAMES: readonly (readonly [string, string, number])[] = [
  ['김', 'kim', 10_690],
  ['이', 'lee', 7_307],
  ['박', 'park', 4_192],
  ['최', 'choi', 2_334],
  ['정', 'jung', 2_152],
  ['강', 'kang', 1_177],
  ['조', 'cho', 1_056],
  ['윤', 'yoon', 1_021],
  ['장', 'jang', 993],
  ['임', 'lim', 824],
  ['한', 'han', 773],
  ['오', 'oh', 763],
  ['서', 'seo', 752],
  ['신', 'shin', 741],
  ['권', 'kwon', 706],
  ['황', 'hwang', 697],
  ['안', 'ahn', 686],
  ['송', 'song', 683],
  ['유', 'yoo', 660],
  ['전', 'jeon', 559],
  ['홍', 'hong', 559],
  ['고', 'ko', 471],
  ['문', 'moon', 464],
  ['양', 'yang', 461],
  ['손', 'son', 457],
  ['류', 'ryu', 450],
  ['배', 'bae', 401],
  ['백', 'baek', 382],
  ['허', 'heo', 327],
  ['남', 'nam', 276],
  ['심', 'shim', 272],
  ['노', 'noh', 266],
  ['하', 'ha', 231],
  ['구', 'koo', 208],
  ['곽', 'kwak', 204],
  ['주', 'joo', 202],
  ['성', 'sung', 200],
  ['차', 'cha', 190],
  ['우', 'woo', 189],
  ['민', 'min', 171],
  ['진', 'jin', 167],
  ['나', 'na', 164],
  ['지', 'ji', 154],
  ['엄', 'eom', 144],
  ['원', 'won', 133],
  ['채', 'chae', 131],
  ['천', 'cheon', 117],
  ['공', 'kong', 93],
  ['방', 'bang', 92],
  ['현', 'hyun', 90],
  ['변', 'byun', 80],
  ['함', 'ham', 78],
  ['염', 'yeom', 68],
  ['여', 'yeo', 62],
  ['추', 'choo', 60],
  ['도', 'do', 56],
  ['소', 'so', 53],
  ['석', 'seok', 52],
  ['선', 'sun', 46],
  ['설', 'seol', 45],
  ['마', 'ma', 42],
  ['길', 'gil', 37],
  ['연', 'yeon', 36],
  ['위', 'wi', 33],
  ['표', 'pyo', 32],
  ['명', 'myung', 27],
  ['기', 'ki', 26],
  ['반', 'ban', 25],
  ['왕', 'wang', 24],
  ['금', 'keum', 23],
  ['옥', 'ok', 23],
  ['육', 'yook', 22],
  ['탁', 'tak', 21],
  ['인', 'in', 21],
  ['맹', 'maeng', 20],
  ['제', 'je', 20],
  ['국', 'kook', 20],
  ['모', 'mo', 19],
  ['남궁', 'namgoong', 19],
  ['황보', 'hwangbo', 11],
  ['제갈', 'jegal', 5],
  ['선우', 'sunwoo', 3],
  ['독고', 'dokgo', 2],
];

// About 4 % of people carry one of thousands of rarer surnames; they share that weight equally here so that
// 김, 이, 박 … keep their census shares.
const RARE_SURNAMES: readonly (readonly [string, string])[] = [
  ['경', 'kyung'],
  ['봉', 'bong'],
  ['사', 'sa'],
  ['부', 'boo'],
  ['어', 'eo'],
  ['은', 'eun'],
  ['편', 'pyeon'],
  ['용', 'yong'],
  ['예', 'ye'],
  ['목', 'mok'],
  ['형', 'hyung'],
  ['계', 'kye'],
  ['피', 'pi'],
  ['두', 'doo'],
  ['감', 'kam'],
  ['음', 'eum'],
  ['빈', 'bin'],
  ['동', 'dong'],
  ['온', 'on'],
  ['호', 'ho'],
  ['범', 'beom'],
  ['좌', 'jwa'],
  ['팽', 'paeng'],
  ['승', 'seung'],
  ['간', 'kan'],
  ['상', 'sang'],
  ['시', 'si'],
  ['라', 'ra'],
  ['태', 'tae'],
  ['사공', 'sagong'],
  ['서문', 'seomun'],
  ['동방', 'dongbang'],
];

const COMMON_TOTAL = COMMON_SURNAMES.reduce((sum, [, , weight]) => sum + weight, 0);

/** [hangul, romanisation, weight]: the common surnames by census count, then the rare ones. */
export const SURNAMES: readonly (readonly [string, string, number])[] = [
  ...COMMON_SURNAMES,
  ...RARE_SURNAMES.map(
    ([hangul, latin]) =>
      [hangul, latin, (CENSUS_2015_THOUSANDS - COMMON_TOTAL) / RARE_SURNAMES.length] as const,
  ),
];

export interface GivenNamePool {
  readonly first: readonly string[];
  readonly second: readonly string[];
}

/** People born before this year get the older generation's name syllables. */
export const NAME_GENERATION_SPLIT_YEAR = 1980;

// Syllables repeat on purpose: a repeated syllable is proportionally more common.
export const GIVEN_NAME_POOLS: Record<Gender, Record<'older' | 'younger', GivenNamePool>> = {
  [Gender.MALE]: {
    older: {
      first: [...'영정성상종재동진병용광명기석경승철창인태현준대만영성상정'],
      second: [...'수호철식희민석훈진환우현준규일섭길택원남기근태영수호철'],
    },
    younger: {
      first: [...'민준서도지현승우건예시주윤하은재성태동진연정민준서도'],
      second: [...'준우호민현진원혁훈빈재율찬성수환규석윤결후한준우호'],
    },
  },
  [Gender.FEMALE]: {
    older: {
      first: [...'영정미경순은숙명현혜선옥금춘말수희지귀영정미경순'],
      second: [...'숙희자순영미옥정경애란연화남선주진숙희자영'],
    },
    younger: {
      first: [...'서지수민하예은유채다윤소가혜나주아연세현서지수민하'],
      second: [...'연윤은아진희영빈원린현서지민유인경나율우연윤은아'],
    },
  },
};

/** Share of customers who gave an e-mail address; the others have none on file. */
export const EMAIL_SHARE = 0.3;
/** Reserved example domains (RFC 2606): generated addresses can never reach a real mailbox. */
export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

/** Customers joined the bank at some point in the last five years (and not before their 19th birthday). */
export const CUSTOMER_SINCE_YEARS = 5;
