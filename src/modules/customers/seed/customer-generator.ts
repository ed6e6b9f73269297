import { koreanDate } from '../../../common/dates';
import { type Rng, randomUuid } from '../../../common/random';
import type { PgValue } from '../../../common/seed';
import { Employment, Gender, Region } from '../customer.enums';
import {
  AGE_BANDS,
  BASE_WAGE,
  CREDIT_DEFICIT_MEDIAN,
  CREDIT_DEFICIT_SIGMA,
  CUSTOMER_SINCE_YEARS,
  EMAIL_DOMAINS,
  EMAIL_SHARE,
  GIVEN_NAME_POOLS,
  INCOME_CAP,
  INCOME_MODELS,
  INCOME_ROUNDING,
  LARGE_HOUSEHOLD_WEIGHTS,
  NAME_GENERATION_SPLIT_YEAR,
  REGION_WEIGHTS,
  SURNAMES,
  creditAgeFactor,
  creditIncomeFactor,
  employmentWeights,
  femaleShare,
  householdSizeWeights,
  wageAgeFactor,
} from './customer-distributions';
import { romanizeHangul } from './hangul-romanization';

// Synthetic customers, one row of the `customer` table at a time. Pure and deterministic: the same rng
// state, count and options give the same rows, and the first k rows do not depend on `count`.

export interface GenerateCustomersOptions {
  /** The generated world's "now": ages and join dates are relative to it. */
  readonly now: Date;
  /** Number of the first customer: C00000001 for 1. */
  readonly startNumber: number;
}

export interface GeneratedCustomer {
  readonly id: string;
  readonly customerNumber: string;
  readonly name: string;
  readonly email: string | null;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly gender: Gender;
  readonly region: Region;
  readonly householdSize: number;
  readonly employment: Employment;
  /** Whole KRW, a multiple of 10,000 (an exact safe integer, never a fraction). */
  readonly annualIncome: number;
  /** NICE scale, 1–1000. */
  readonly creditScore: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** customer_number is C + 8 digits. */
export const MAX_CUSTOMER_NUMBER = 99_999_999;

export function formatCustomerNumber(n: number): string {
  return `C${String(n).padStart(8, '0')}`;
}

const AGE_BAND_WEIGHTS = AGE_BANDS.map((band) => [band, band.weight] as const);
const SURNAME_WEIGHTS = SURNAMES.map((entry) => [entry, entry[2]] as const);
const DAY_MS = 86_400_000;

const KST_OFFSET_MS = 9 * 3_600_000;

/** Midnight UTC of the day `years` years after the day at `dayMs` (negative: before); 29 Feb → 28 Feb. */
function addYears(dayMs: number, years: number): number {
  const date = new Date(dayMs);
  const [y, m, d] = [date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()];
  const shifted = Date.UTC(y, m, d);
  return new Date(shifted).getUTCDate() === d ? shifted : Date.UTC(y, m, d - 1);
}

interface BirthDay {
  readonly isoDate: string;
  /** Midnight in Korea on the 19th birthday: the earliest a customer can have joined. */
  readonly adultSinceMs: number;
}

/**
 * Birth dates for each age on `today` (만 나이), with the calendar work done once per distinct day: the
 * generator draws only a day offset per customer.
 */
class BirthCalendar {
  private readonly todayMs: number;
  private readonly ranges = new Map<number, { firstDay: number; days: number }>();
  private readonly days = new Map<number, BirthDay>();

  constructor(today: string) {
    this.todayMs = Date.parse(`${today}T00:00:00Z`);
  }

  draw(rng: Rng, age: number): BirthDay {
    let range = this.ranges.get(age);
    if (!range) {
      const latest = addYears(this.todayMs, -age); // turned `age` today
      const earliest = addYears(this.todayMs, -(age + 1)) + DAY_MS; // turns `age + 1` tomorrow
      range = { firstDay: Math.round(earliest / DAY_MS), days: Math.round((latest - earliest) / DAY_MS) };
      this.ranges.set(age, range);
    }
    const dayNumber = range.firstDay + rng.int(0, range.days); // days since 1970-01-01: a small-integer key
    let day = this.days.get(dayNumber);
    if (!day) {
      const dayMs = dayNumber * DAY_MS;
      day = {
        isoDate: new Date(dayMs).toISOString().slice(0, 10),
        adultSinceMs: addYears(dayMs, 19) - KST_OFFSET_MS,
      };
      this.days.set(dayNumber, day);
    }
    return day;
  }
}

function annualIncome(rng: Rng, employment: Employment, age: number): number {
  const model = INCOME_MODELS[employment];
  if (model.zeroShare > 0 && rng.chance(model.zeroShare)) return 0;
  const median =
    'wage' in model.median ? BASE_WAGE * wageAgeFactor(age) * model.median.wage : model.median.fixed;
  const income = Math.min(INCOME_CAP, rng.logNormal(median, model.sigma));
  return Math.round(income / INCOME_ROUNDING) * INCOME_ROUNDING;
}

function creditScore(rng: Rng, age: number, income: number): number {
  const deficitMedian = CREDIT_DEFICIT_MEDIAN * creditAgeFactor(age) * creditIncomeFactor(income);
  const score = Math.round(1000 - rng.logNormal(deficitMedian, CREDIT_DEFICIT_SIGMA));
  return Math.min(1000, Math.max(1, score));
}

function givenName(rng: Rng, gender: Gender, birthYear: number): string {
  const pools = GIVEN_NAME_POOLS[gender];
  const pool = birthYear < NAME_GENERATION_SPLIT_YEAR ? pools.older : pools.younger;
  const first = rng.pick(pool.first);
  let second = rng.pick(pool.second);
  while (second === first) second = rng.pick(pool.second); // 민민, 영영: not names
  return first + second;
}

export function* generateCustomers(
  rng: Rng,
  count: number,
  { now, startNumber }: GenerateCustomersOptions,
): Generator<GeneratedCustomer> {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number, got ${count}`);
  if (
    !Number.isSafeInteger(startNumber) ||
    startNumber < 1 ||
    startNumber + count - 1 > MAX_CUSTOMER_NUMBER
  ) {
    throw new RangeError(
      `customer numbers ${startNumber}…${startNumber + count - 1} do not fit C00000001–C99999999`,
    );
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid date');
  const calendar = new BirthCalendar(koreanDate(now));
  const nowMs = now.getTime();
  const sinceMs = nowMs - CUSTOMER_SINCE_YEARS * 365.25 * DAY_MS;

  for (let i = 0; i < count; i++) {
    // The order of draws below is part of the output: changing it changes every seeded database.
    const band = rng.weighted(AGE_BAND_WEIGHTS);
    const age = rng.int(band.from, band.to);
    const gender = rng.chance(femaleShare(age)) ? Gender.FEMALE : Gender.MALE;
    const birth = calendar.draw(rng, age);
    const birthDate = birth.isoDate;
    const region = rng.weighted(REGION_WEIGHTS);
    const employment = rng.weighted(employmentWeights(age, gender));
    let householdSize = rng.weighted(householdSizeWeights(age));
    if (householdSize === 5) householdSize = rng.weighted(LARGE_HOUSEHOLD_WEIGHTS);
    const income = annualIncome(rng, employment, age);
    const score = creditScore(rng, age, income);
    const [surname, surnameLatin] = rng.weighted(SURNAME_WEIGHTS);
    const given = givenName(rng, gender, Number(birthDate.slice(0, 4)));
    const customerNumber = formatCustomerNumber(startNumber + i);
    // The customer number makes the address unique; example.* domains can never reach a real mailbox.
    const email = rng.chance(EMAIL_SHARE)
      ? `${romanizeHangul(given)}.${surnameLatin}.${customerNumber.toLowerCase()}@${rng.pick(EMAIL_DOMAINS)}`
      : null;
    // Joined within the last few years, but not before turning 19 (midnight in Korea, so never after now).
    const joinFrom = Math.max(sinceMs, birth.adultSinceMs);
    const createdAt = new Date(Math.floor((joinFrom + rng.float() * (nowMs - joinFrom)) / 1000) * 1000);

    yield {
      id: randomUuid(rng),
      customerNumber,
      name: surname + given,
      email,
      birthDate,
      gender,
      region,
      householdSize,
      employment,
      annualIncome: income,
      creditScore: score,
      createdAt,
      updatedAt: createdAt,
    };
  }
}

/** Columns of `customer` that the generator fills, in the order of `customerRow`. */
export const CUSTOMER_COLUMNS = [
  'id',
  'customer_number',
  'name',
  'email',
  'birth_date',
  'gender',
  'region',
  'household_size',
  'employment',
  'annual_income',
  'credit_score',
  'created_at',
  'updated_at',
] as const;

export function customerRow(c: GeneratedCustomer): PgValue[] {
  return [
    c.id,
    c.customerNumber,
    c.name,
    c.email,
    c.birthDate,
    c.gender,
    c.region,
    c.householdSize,
    c.employment,
    c.annualIncome,
    c.creditScore,
    c.createdAt,
    c.updatedAt,
  ];
}
