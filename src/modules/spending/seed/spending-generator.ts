import { addDays, ageOn, daysBetween, koreanDate } from '../../../common/dates';
import type { Rng, WeightedPairs } from '../../../common/random';
import {
  type Quarter,
  addQuarters,
  firstDay,
  formatQuarter,
  quarterOfInstant,
  quarterRange,
} from '../../../common/quarters';
import type { Row } from '../../../common/seed';
import { Employment, type SeededCustomer } from '../../customers';
import {
  CARD_PRODUCTS,
  CATEGORY_MIX,
  type CategoryCode,
  HOLIDAYS,
  HOUR_WEIGHT,
  ISSUER_CATEGORY_SUFFIX,
  ISSUER_PREFIX,
  ISSUER_SHARES,
  type LifeStage,
  MERCHANTS,
  MONTH_FACTOR,
  OVERSEAS_MERCHANTS,
  TICKET,
  TRIP_MONTH_WEIGHT,
} from './spending-distributions';

// Synthetic cards and card transactions. Pure: the random stream and "now" are parameters, rows are yielded
// lazily. Every customer's cards come from the stream `cards/<customer number>` and each customer-quarter's
// transactions from `<customer number>/<quarter>`, so the first k customers' rows do not depend on how many
// customers are generated, and rows come out quarter by quarter (time-clustered, which keeps the BRIN index on
// occurred_at useful).

const KST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

export const CARD_COLUMNS = [
  'id',
  'customer_id',
  'issuer',
  'product_name',
  'card_type',
  'issued_on',
  'closed_on',
  'created_at',
] as const;

/** The id is the table's identity: on a fresh database the same seed gives the same ids. */
export const TRANSACTION_COLUMNS = [
  'card_id',
  'customer_id',
  'kind',
  'amount',
  'occurred_at',
  'merchant_name',
  'mcc',
  'issuer_category_code',
  'category_code',
  'channel',
  'locality',
  'instalment_months',
] as const;

export interface SeededCard {
  id: string;
  customerId: string;
  issuer: string;
  productName: string;
  cardType: 'CREDIT' | 'CHECK';
  issuedOn: string;
  closedOn: string | null;
}

export interface SpendingProfile {
  customer: SeededCustomer;
  stage: LifeStage;
  age: number;
  /** Everyday transactions per month before seasonality. */
  monthlyTransactions: number;
  /** Multiplier of ticket sizes (income). */
  ticketScale: number;
  /** Probability that a delivery/booking-able purchase is made online (age). */
  onlineProbability: number;
  /** Multiplier of the night-time share of purchases (age and habit). */
  nightFactor: number;
  tripsPerYear: number;
  telecom: number | null;
  insurance: number | null;
  utilities: number | null;
  education: number | null;
  recurringDay: number;
  cards: SeededCard[];
}

/** The quarters seeded: `complete` whole quarters before the one holding `now`, plus that one up to `now`. */
export function seedQuarters(now: Date, complete = 8): Quarter[] {
  const current = quarterOfInstant(now);
  return quarterRange(addQuarters(current, -complete), current);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex32 = (n: number) => HEX[n >>> 24] + HEX[(n >>> 16) & 0xff] + HEX[(n >>> 8) & 0xff] + HEX[n & 0xff];

function uuid(rng: Rng): string {
  const a = hex32(rng.uint32());
  const b = hex32((rng.uint32() & 0xffff0fff) | 0x00004000);
  const c = hex32((rng.uint32() & 0x3fffffff) | 0x80000000);
  const d = hex32(rng.uint32());
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

/** Poisson deviate (Knuth for small means, rounded normal above 30). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
}

export function lifeStageOf(c: SeededCustomer, age: number): LifeStage {
  if (c.employment === Employment.STUDENT || age < 24) return 'STUDENT';
  if (c.employment === Employment.RETIRED || age >= 65) return 'RETIRED';
  if (c.householdSize >= 3) return age < 45 ? 'YOUNG_FAMILY' : 'MATURE_FAMILY';
  if (c.householdSize === 2 && age >= 50) return 'EMPTY_NEST';
  return age < 35 ? 'YOUNG_SINGLE' : 'SINGLE';
}

const BASE_MONTHLY: Record<LifeStage, number> = {
  STUDENT: 13,
  YOUNG_SINGLE: 19,
  SINGLE: 16,
  YOUNG_FAMILY: 21,
  MATURE_FAMILY: 19,
  EMPTY_NEST: 14,
  RETIRED: 9,
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** 0–3 cards; none for some young people and pensioners. The first card is the one used most. */
export function generateCards(rng: Rng, customer: SeededCustomer, now: Date): SeededCard[] {
  const today = koreanDate(now);
  const age = ageOn(customer.birthDate, today);
  const stage = lifeStageOf(customer, age);
  const noCard = stage === 'STUDENT' ? 0.25 : stage === 'RETIRED' ? 0.12 : 0.06;
  if (rng.chance(noCard)) return [];
  const count = 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.25) ? 1 : 0);
  const adult = addDays(customer.birthDate, Math.ceil(19 * 365.25));
  const earliest = [adult, addDays(today, -3650)].sort()[1];
  const windowStart = firstDay(seedQuarters(now)[0]);
  const latest = addDays(today, -30);
  if (earliest > latest) return [];
  const cards: SeededCard[] = [];
  for (let i = 0; i < count; i++) {
    const creditWorthy = customer.annualIncome > 0 && customer.creditScore >= 600 && age >= 20;
    const cardType = creditWorthy && rng.chance(i === 0 ? 0.8 : 0.6) ? 'CREDIT' : 'CHECK';
    const issuer = rng.weighted(ISSUER_SHARES);
    const products = CARD_PRODUCTS[issuer][cardType === 'CREDIT' ? 'credit' : 'check'];
    // The main card mostly predates the seeded window; others may be issued within it.
    const until = i === 0 && earliest < windowStart && rng.chance(0.85) ? addDays(windowStart, -1) : latest;
    const issuedOn = addDays(earliest, rng.int(0, Math.max(0, daysBetween(earliest, until))));
    let closedOn: string | null = null;
    const closeFrom = addDays(issuedOn, 90);
    if (i > 0 && rng.chance(0.1) && closeFrom < today) {
      closedOn = addDays(closeFrom, rng.int(0, daysBetween(closeFrom, addDays(today, -1))));
    }
    cards.push({
      id: uuid(rng),
      customerId: customer.id,
      issuer,
      productName: rng.pick(products),
      cardType,
      issuedOn,
      closedOn,
    });
  }
  return cards;
}

export function cardRow(card: SeededCard): Row {
  return [
    card.id,
    card.customerId,
    card.issuer,
    card.productName,
    card.cardType,
    card.issuedOn,
    card.closedOn,
    new Date(Date.parse(`${card.issuedOn}T00:00:00Z`) - KST_MS),
  ];
}

export function profileOf(
  rng: Rng,
  customer: SeededCustomer,
  cards: SeededCard[],
  now: Date,
): SpendingProfile {
  const age = ageOn(customer.birthDate, koreanDate(now));
  const stage = lifeStageOf(customer, age);
  const income = customer.annualIncome;
  const incomeFactor = income > 0 ? clamp((income / 40_000_000) ** 0.25, 0.7, 1.5) : 0.75;
  const family = stage === 'YOUNG_FAMILY' || stage === 'MATURE_FAMILY';
  return {
    customer,
    stage,
    age,
    monthlyTransactions: BASE_MONTHLY[stage] * incomeFactor * rng.logNormal(1, 0.45),
    ticketScale: (income > 0 ? clamp((income / 40_000_000) ** 0.3, 0.6, 2.0) : 0.7) * rng.logNormal(1, 0.2),
    onlineProbability: age < 30 ? 0.3 : age < 40 ? 0.25 : age < 50 ? 0.17 : age < 60 ? 0.1 : 0.05,
    nightFactor:
      (age < 30 ? 1.7 : age < 40 ? 1.25 : age < 50 ? 1.0 : age < 60 ? 0.7 : 0.35) * rng.logNormal(1, 0.3),
    tripsPerYear:
      (income > 0 ? 0.2 + 0.35 * Math.min(income / 50_000_000, 3) : 0.12) *
      (age < 30 ? 1.2 : age >= 70 ? 0.5 : 1),
    telecom: rng.chance(0.85) ? Math.round(rng.logNormal(62_000, 0.25) / 100) * 100 : null,
    insurance: rng.chance(family ? 0.55 : 0.25) ? Math.round(rng.logNormal(110_000, 0.5) / 100) * 100 : null,
    utilities: rng.chance(0.3) ? 1 : null,
    education:
      family && customer.householdSize >= 3 && rng.chance(0.6)
        ? Math.round(rng.logNormal(350_000, 0.4) / 1000) * 1000
        : null,
    recurringDay: rng.int(1, 28),
    cards,
  };
}

// ——— transactions (hot path: epoch days and precomputed cumulative tables, no date strings) ———

/** Draws from fixed weights with one uniform and a binary search (rng.weighted re-validates every call). */
class Sampler<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  constructor(pairs: WeightedPairs<T>) {
    this.values = pairs.map(([v]) => v);
    let total = 0;
    this.cumulative = pairs.map(([, w]) => (total += w));
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i] /= total;
  }
  draw(rng: Rng): T {
    const u = rng.float();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < this.cumulative[mid]) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

const HOURS = HOUR_WEIGHT.map((w, h) => [h, w] as const);
const NIGHT_HOURS = HOURS.filter(([h]) => h >= 22 || h < 6);
const DAY_HOURS = HOURS.filter(([h]) => h >= 6 && h < 22);
const sum = (pairs: WeightedPairs<number>) => pairs.reduce((s, [, w]) => s + w, 0);
/** Night-time (22:00–06:00) share of everyday transactions at night factor 1: ≈ 9 %. */
export const BASE_NIGHT_SHARE = sum(NIGHT_HOURS) / (sum(NIGHT_HOURS) + sum(DAY_HOURS));
const NIGHT_SAMPLER = new Sampler(NIGHT_HOURS);
const DAY_SAMPLER = new Sampler(DAY_HOURS);

const MIX_SAMPLERS = Object.fromEntries(
  Object.entries(CATEGORY_MIX).map(([stage, mix]) => [
    stage,
    new Sampler(Object.entries(mix) as [CategoryCode, number][]),
  ]),
) as unknown as Record<LifeStage, Sampler<CategoryCode>>;

/** Groups a purchase of which can be made online (delivery apps, bookings, tickets). */
const ONLINE_CAPABLE = new Set<CategoryCode>(['FOOD', 'TRAVEL', 'LEISURE', 'SHOPPING', 'EDUCATION']);
const BILLS = new Set<CategoryCode>(['TELECOM', 'INSURANCE', 'UTILITIES', 'EDUCATION']);
const INSTALMENT_GROUPS = new Set<CategoryCode>([
  'SHOPPING',
  'ONLINE_SHOPPING',
  'TRAVEL',
  'MEDICAL',
  'EDUCATION',
  'LEISURE',
]);
const INSTALMENT_MONTHS = [2, 3, 3, 3, 6, 6, 10, 12];
const TRIP_SAMPLER = new Sampler<CategoryCode>([
  ['FOOD', 50],
  ['SHOPPING', 25],
  ['TRANSPORT', 12],
  ['LEISURE', 8],
]);
const GIFT_SAMPLER = new Sampler<CategoryCode>([
  ['GROCERY', 5],
  ['SHOPPING', 3],
  ['ONLINE_SHOPPING', 2],
]);

const epochDayOf = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const HOLIDAY_DAYS = HOLIDAYS.map(epochDayOf);
/** Epoch day (KST calendar) of an instant. */
const kstDay = (ms: number) => Math.floor((ms + KST_MS) / DAY_MS);

function roundWon(amount: number): number {
  return amount < 10_000 ? Math.max(100, Math.round(amount / 10) * 10) : Math.round(amount / 100) * 100;
}

interface Tx {
  category: CategoryCode;
  at: number;
  amount: number;
  online: boolean;
  overseas: boolean;
  merchant?: readonly [string, number];
  noInstalment?: boolean;
}

interface CardDays {
  card: SeededCard;
  from: number;
  until: number;
}

/** Transactions of one customer in one quarter, up to `now`. */
export function* quarterTransactions(
  rng: Rng,
  profile: SpendingProfile,
  quarter: Quarter,
  now: Date,
): Generator<Row> {
  if (profile.cards.length === 0) return;
  const cards: CardDays[] = profile.cards.map((card) => ({
    card,
    from: epochDayOf(card.issuedOn),
    until: card.closedOn ? epochDayOf(card.closedOn) : Infinity,
  }));
  const nowMs = now.getTime();
  const txs: Tx[] = [];
  const nightShare = clamp(BASE_NIGHT_SHARE * profile.nightFactor, 0, 0.5);
  const onlineNightShare = clamp(BASE_NIGHT_SHARE * profile.nightFactor * 1.6, 0, 0.6);
  const instant = (day: number, category: CategoryCode) => {
    const hour = BILLS.has(category)
      ? rng.int(8, 19)
      : rng.chance(category === 'ONLINE_SHOPPING' ? onlineNightShare : nightShare)
        ? NIGHT_SAMPLER.draw(rng)
        : DAY_SAMPLER.draw(rng);
    return day * DAY_MS - KST_MS + hour * 3_600_000 + rng.int(0, 3599) * 1000;
  };
  const ticket = (category: CategoryCode, scale = 1) => {
    const [median, sigma] = TICKET[category];
    return roundWon(rng.logNormal(median * profile.ticketScale * scale, sigma));
  };

  const firstMonth = (quarter.q - 1) * 3;
  const quarterFirstDay = Date.UTC(quarter.year, firstMonth, 1) / DAY_MS;
  for (let m = 0; m < 3; m++) {
    const month = firstMonth + m;
    const monthFirstDay = Date.UTC(quarter.year, month, 1) / DAY_MS;
    if (monthFirstDay * DAY_MS - KST_MS >= nowMs) break;
    const days = new Date(Date.UTC(quarter.year, month + 1, 0)).getUTCDate();
    const monthLastDay = monthFirstDay + days - 1;

    // Everyday spending, with the month's seasonality (December parties and shopping, summer leisure).
    const n = poisson(rng, profile.monthlyTransactions * MONTH_FACTOR[month]);
    for (let i = 0; i < n; i++) {
      const category = MIX_SAMPLERS[profile.stage].draw(rng);
      const boost =
        month === 11 && (category === 'SHOPPING' || category === 'FOOD')
          ? 1.25
          : (month === 6 || month === 7) && category === 'LEISURE'
            ? 1.2
            : 1;
      const online =
        category === 'ONLINE_SHOPPING' ||
        (ONLINE_CAPABLE.has(category) && rng.chance(profile.onlineProbability));
      const overseas = category === 'ONLINE_SHOPPING' && rng.chance(profile.age < 50 ? 0.04 : 0.01);
      txs.push({
        category,
        at: instant(monthFirstDay + rng.int(0, days - 1), category),
        amount: ticket(category, boost),
        online,
        overseas,
        merchant: overseas ? rng.pick(OVERSEAS_MERCHANTS.ONLINE_SHOPPING!) : undefined,
      });
    }

    // Monthly bills on a fixed day, paid automatically (card not present).
    const billDay = monthFirstDay + Math.min(profile.recurringDay, days) - 1;
    const bill = (category: CategoryCode, amount: number) =>
      txs.push({
        category,
        at: instant(billDay, category),
        amount,
        online: true,
        overseas: false,
        noInstalment: true,
      });
    if (profile.telecom) bill('TELECOM', profile.telecom);
    if (profile.insurance) bill('INSURANCE', profile.insurance);
    if (profile.utilities) bill('UTILITIES', ticket('UTILITIES', month <= 1 || month === 11 ? 1.5 : 1));
    if (profile.education) bill('EDUCATION', profile.education);

    // 설 and 추석: groceries and gift sets in the two weeks before the holiday.
    for (const holiday of HOLIDAY_DAYS) {
      if (holiday < monthFirstDay || holiday - 14 > monthLastDay) continue;
      const extra = poisson(rng, 3 + 2 * profile.ticketScale);
      for (let i = 0; i < extra; i++) {
        const day = holiday - 14 + rng.int(0, 13);
        if (day < monthFirstDay || day > monthLastDay) continue;
        const category = GIFT_SAMPLER.draw(rng);
        txs.push({
          category,
          at: instant(day, category),
          amount: ticket(category, 2.2),
          online: category === 'ONLINE_SHOPPING',
          overseas: false,
        });
      }
    }
  }

  // Trips abroad: a flight booked weeks ahead (domestic, online), then a few days of spending abroad.
  const tripWeights = [0, 1, 2].map((m) => [m, TRIP_MONTH_WEIGHT[firstMonth + m]] as const);
  const trips = poisson(rng, (profile.tripsPerYear / 4) * (sum(tripWeights) / 3));
  for (let t = 0; t < trips; t++) {
    const month = rng.weighted(tripWeights);
    const start = Date.UTC(quarter.year, firstMonth + month, 1) / DAY_MS + rng.int(0, 25);
    const length = rng.int(3, 7);
    const booked = Math.max(quarterFirstDay, start - rng.int(14, 60));
    txs.push({
      category: 'TRAVEL',
      at: instant(booked, 'TRAVEL'),
      amount: roundWon(rng.logNormal(450_000, 0.45)),
      online: true,
      overseas: false,
      merchant: rng.pick(MERCHANTS.TRAVEL.slice(0, 2)),
    });
    txs.push({
      category: 'TRAVEL',
      at: instant(start, 'TRAVEL'),
      amount: roundWon(rng.logNormal(150_000, 0.4) * (length - 1)),
      online: false,
      overseas: true,
      merchant: rng.pick(OVERSEAS_MERCHANTS.TRAVEL!),
      noInstalment: true,
    });
    for (let d = 0; d < length; d++) {
      for (let k = rng.int(2, 5); k > 0; k--) {
        const category = TRIP_SAMPLER.draw(rng);
        txs.push({
          category,
          at: instant(start + d, category),
          amount: ticket(category, 1.3),
          online: false,
          overseas: true,
          merchant: rng.pick(OVERSEAS_MERCHANTS[category]!),
          noInstalment: true,
        });
      }
    }
  }

  const quarterEnd = Date.UTC(quarter.year, firstMonth + 3, 1) - KST_MS;
  const customerId = profile.customer.id;
  for (const tx of txs) {
    if (tx.at >= nowMs || tx.at >= quarterEnd) continue;
    const card = pickCard(rng, cards, kstDay(tx.at));
    if (!card) continue;
    const [merchant, mcc] = tx.merchant ?? rng.pick(MERCHANTS[tx.category]);
    const instalments =
      card.cardType === 'CREDIT' &&
      !tx.noInstalment &&
      !tx.overseas &&
      tx.amount >= 200_000 &&
      INSTALMENT_GROUPS.has(tx.category) &&
      rng.chance(0.35)
        ? rng.pick(INSTALMENT_MONTHS)
        : 0;
    const issuerCode = ISSUER_PREFIX[card.issuer] + ISSUER_CATEGORY_SUFFIX[tx.category];
    const channel = tx.online ? 'ONLINE' : 'OFFLINE';
    const locality = tx.overseas ? 'OVERSEAS' : 'DOMESTIC';
    yield [
      card.id,
      customerId,
      'PURCHASE',
      tx.amount,
      new Date(tx.at),
      merchant,
      mcc,
      issuerCode,
      tx.category,
      channel,
      locality,
      instalments,
    ];
    // Returns and cancellations: their own row, negative, a few days later (same day for cancellations).
    const returnable = tx.category === 'SHOPPING' || tx.category === 'ONLINE_SHOPPING';
    if (rng.chance(returnable ? 0.04 : 0.004)) {
      const refundAt = tx.at + (returnable ? rng.int(1, 10) * DAY_MS : rng.int(60, 3600) * 1000);
      if (refundAt < nowMs) {
        yield [
          card.id,
          customerId,
          'REFUND',
          -tx.amount,
          new Date(refundAt),
          merchant,
          mcc,
          issuerCode,
          tx.category,
          channel,
          locality,
          instalments,
        ];
      }
    }
  }
}

/** The main card when it is open on `day` (70 %), otherwise any card open then; none → no transaction. */
function pickCard(rng: Rng, cards: CardDays[], day: number): SeededCard | undefined {
  const open = (c: CardDays) => c.from <= day && day < c.until;
  if (open(cards[0]) && (cards.length === 1 || rng.chance(0.7))) return cards[0].card;
  let count = 0;
  for (const c of cards) if (open(c)) count++;
  if (count === 0) return undefined;
  let k = rng.int(0, count - 1);
  for (const c of cards) if (open(c) && k-- === 0) return c.card;
  return undefined;
}

export const quarterStreamLabel = (customerNumber: string, quarter: Quarter) =>
  `${customerNumber}/${formatQuarter(quarter)}`;
