import { createRng } from '../../../common/random';
import { formatQuarter } from '../../../common/quarters';
import { generateCustomers } from '../../customers';
import {
  BASE_NIGHT_SHARE,
  TRANSACTION_COLUMNS,
  generateCards,
  lifeStageOf,
  profileOf,
  quarterTransactions,
  seedQuarters,
} from './spending-generator';

// Shape checks of the synthetic spending over 800 customers × 9 quarters (pure: no database).
const now = new Date('2025-11-20T15:00:00Z'); // 2025-11-21 00:00 KST
const col = (name: (typeof TRANSACTION_COLUMNS)[number]) => TRANSACTION_COLUMNS.indexOf(name);
const [AMOUNT, AT, CATEGORY, CHANNEL, LOCALITY] = [
  col('amount'),
  col('occurred_at'),
  col('category_code'),
  col('channel'),
  col('locality'),
];

interface Stat {
  gross: number;
  online: number;
  night: number;
  overseas: number;
  medical: number;
}

describe('spending generator', () => {
  const rng = createRng('spending-spec');
  const customers = [...generateCustomers(rng.fork('customers'), 800, { now, startNumber: 1 })];
  const byAgeBand = new Map<string, Stat>();
  const byMonth = new Map<string, number>();
  let rows = 0;
  const blank = (): Stat => ({ gross: 0, online: 0, night: 0, overseas: 0, medical: 0 });

  beforeAll(() => {
    for (const customer of customers) {
      const cards = generateCards(rng.fork(`cards/${customer.customerNumber}`), customer, now);
      if (cards.length === 0) continue;
      const profile = profileOf(rng.fork(`profile/${customer.customerNumber}`), customer, cards, now);
      const band = profile.age < 30 ? '<30' : profile.age < 60 ? '30-59' : '60+';
      const stat = byAgeBand.get(band) ?? blank();
      byAgeBand.set(band, stat);
      for (const quarter of seedQuarters(now)) {
        for (const row of quarterTransactions(
          rng.fork(`${customer.customerNumber}/${formatQuarter(quarter)}`),
          profile,
          quarter,
          now,
        )) {
          rows++;
          const amount = row[AMOUNT] as number;
          const at = row[AT] as Date;
          const month = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
          byMonth.set(month, (byMonth.get(month) ?? 0) + amount);
          if (amount <= 0) continue;
          const hour = (at.getUTCHours() + 9) % 24;
          stat.gross += amount;
          if (row[CHANNEL] === 'ONLINE') stat.online += amount;
          if (row[LOCALITY] === 'OVERSEAS') stat.overseas += amount;
          if (hour >= 22 || hour < 6) stat.night += amount;
          if (row[CATEGORY] === 'MEDICAL') stat.medical += amount;
        }
      }
    }
  });

  it('seeds 8 complete quarters before now and the current one', () => {
    expect(seedQuarters(now).map(formatQuarter)).toEqual([
      '2023Q4',
      '2024Q1',
      '2024Q2',
      '2024Q3',
      '2024Q4',
      '2025Q1',
      '2025Q2',
      '2025Q3',
      '2025Q4',
    ]);
    expect(rows).toBeGreaterThan(800 * 9 * 30);
  });

  it('gives younger customers more online and night-time spending, older ones more medical', () => {
    const share = (band: string, key: keyof Stat) => byAgeBand.get(band)![key] / byAgeBand.get(band)!.gross;
    expect(share('<30', 'online')).toBeGreaterThan(share('30-59', 'online'));
    expect(share('30-59', 'online')).toBeGreaterThan(share('60+', 'online'));
    expect(share('<30', 'night')).toBeGreaterThan(share('60+', 'night') * 2);
    expect(share('60+', 'medical')).toBeGreaterThan(share('<30', 'medical') * 2);
    for (const band of ['<30', '30-59', '60+']) {
      expect(share(band, 'overseas')).toBeGreaterThan(0.01);
      expect(share(band, 'overseas')).toBeLessThan(0.25);
    }
    expect(BASE_NIGHT_SHARE).toBeGreaterThan(0.05);
    expect(BASE_NIGHT_SHARE).toBeLessThan(0.15);
  });

  it('has seasonality: December above November, 설/추석 months above their neighbours', () => {
    const m = (key: string) => byMonth.get(key)!;
    expect(m('2024-12')).toBeGreaterThan(m('2024-11'));
    // 설 2025-01-29: January above March; 추석 2024-09-17: September above June
    expect(m('2025-01')).toBeGreaterThan(m('2025-03'));
    expect(m('2024-09')).toBeGreaterThan(m('2024-06'));
  });

  it('assigns life stages from age, employment and household', () => {
    const c = customers[0];
    expect(lifeStageOf({ ...c, employment: 'STUDENT' as never }, 21)).toBe('STUDENT');
    expect(lifeStageOf({ ...c, employment: 'SALARIED' as never, householdSize: 4 }, 38)).toBe('YOUNG_FAMILY');
    expect(lifeStageOf({ ...c, employment: 'SALARIED' as never, householdSize: 4 }, 52)).toBe(
      'MATURE_FAMILY',
    );
    expect(lifeStageOf({ ...c, employment: 'SALARIED' as never, householdSize: 2 }, 58)).toBe('EMPTY_NEST');
    expect(lifeStageOf({ ...c, employment: 'RETIRED' as never, householdSize: 2 }, 66)).toBe('RETIRED');
    expect(lifeStageOf({ ...c, employment: 'SALARIED' as never, householdSize: 1 }, 29)).toBe('YOUNG_SINGLE');
  });
});
