import { ageOn, isValidIsoDate, koreanDate } from '../../../common/dates';
import { createRng } from '../../../common/random';
import { Employment, Gender, Region } from '../customer.enums';
import {
  CUSTOMER_COLUMNS,
  type GeneratedCustomer,
  customerRow,
  generateCustomers,
} from './customer-generator';
import { romanizeHangul } from './hangul-romanization';

const NOW = new Date('2025-11-20T15:00:00Z'); // 2025-11-21 00:00 in Korea
const TODAY = koreanDate(NOW);
const generate = (seed: string, count: number, startNumber = 1): GeneratedCustomer[] => [
  ...generateCustomers(createRng(seed).fork('customers'), count, { now: NOW, startNumber }),
];

const PINNED_FIRST_CUSTOMER: GeneratedCustomer = {
  id: 'ced18e93-dd37-444b-a908-adda9e74dce4',
  customerNumber: 'C00000001',
  name: '도만태',
  email: 'mantae.do.c00000001@example.net',
  birthDate: '1960-12-28',
  gender: Gender.MALE,
  region: Region.SEOUL,
  householdSize: 1,
  employment: Employment.RETIRED,
  annualIncome: 2_190_000,
  creditScore: 781,
  createdAt: new Date('2022-09-16T18:55:36.000Z'),
  updatedAt: new Date('2022-09-16T18:55:36.000Z'),
};

const share = <T>(rows: readonly T[], test: (row: T) => boolean): number =>
  (100 * rows.filter(test).length) / rows.length;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('generateCustomers', () => {
  const N = 20_000;
  const rows = generate('fingraph', N);

  describe('determinism', () => {
    it('gives identical rows for the same seed and different rows for another', () => {
      expect(generate('fingraph', 500)).toEqual(rows.slice(0, 500));
      const other = generate('fingraph-2', 500);
      expect(other.map((r) => r.id)).not.toEqual(rows.slice(0, 500).map((r) => r.id));
      expect(other.map((r) => r.name)).not.toEqual(rows.slice(0, 500).map((r) => r.name));
    });

    it('is prefix-stable: the first rows do not depend on how many are generated', () => {
      expect(generate('fingraph', 10)).toEqual(rows.slice(0, 10));
    });

    it('pins the first customer so that an output change is a conscious decision', () => {
      expect(rows[0]).toEqual(PINNED_FIRST_CUSTOMER);
    });

    it('numbers customers from startNumber', () => {
      expect(generate('fingraph', 3, 41).map((r) => r.customerNumber)).toEqual([
        'C00000041',
        'C00000042',
        'C00000043',
      ]);
      expect(() => generate('x', 2, 99_999_999)).toThrow(RangeError);
      expect(() => generate('x', 1, 0)).toThrow(RangeError);
    });
  });

  describe('every row satisfies the customer table', () => {
    const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const HANGUL_NAME = /^[\uac00-\ud7a3]{3,4}$/;
    const EMAIL = /^[a-z]+\.[a-z]+\.c\d{8}@example\.(com|net|org)$/;
    const sinceMs = NOW.getTime() - 5 * 365.25 * 86_400_000;

    it('has valid, unique keys', () => {
      expect(new Set(rows.map((r) => r.id)).size).toBe(N);
      expect(rows.every((r) => UUID_V4.test(r.id))).toBe(true);
      expect(rows.map((r) => r.customerNumber)).toEqual(
        Array.from({ length: N }, (_, i) => `C${String(i + 1).padStart(8, '0')}`),
      );
      const emails = rows.flatMap((r) => (r.email === null ? [] : [r.email.toLowerCase()]));
      expect(new Set(emails).size).toBe(emails.length);
    });

    it('keeps every column within its constraints', () => {
      const problems = rows.flatMap((r) => {
        const age = ageOn(r.birthDate, TODAY);
        const bad: string[] = [];
        if (!HANGUL_NAME.test(r.name)) bad.push(`name ${r.name}`);
        if (r.email !== null && !(EMAIL.test(r.email) && r.email.includes(r.customerNumber.toLowerCase())))
          bad.push(`email ${r.email}`);
        if (!isValidIsoDate(r.birthDate) || age < 19 || age > 85) bad.push(`birthDate ${r.birthDate}`);
        if (!Object.values(Gender).includes(r.gender)) bad.push(`gender ${r.gender}`);
        if (!Object.values(Region).includes(r.region)) bad.push(`region ${r.region}`);
        if (!Number.isInteger(r.householdSize) || r.householdSize < 1 || r.householdSize > 7)
          bad.push(`householdSize ${r.householdSize}`);
        if (!Object.values(Employment).includes(r.employment)) bad.push(`employment ${r.employment}`);
        if (!Number.isSafeInteger(r.annualIncome) || r.annualIncome < 0 || r.annualIncome % 10_000 !== 0)
          bad.push(`annualIncome ${r.annualIncome}`);
        if (!Number.isInteger(r.creditScore) || r.creditScore < 1 || r.creditScore > 1000)
          bad.push(`creditScore ${r.creditScore}`);
        const created = r.createdAt.getTime();
        const adultSince = Date.parse(
          `${19 + Number(r.birthDate.slice(0, 4))}${r.birthDate.slice(4)}T00:00:00+09:00`,
        );
        if (!(created <= NOW.getTime() && created >= sinceMs && created >= adultSince - 86_400_000))
          bad.push(`createdAt ${r.createdAt.toISOString()}`);
        if (r.updatedAt.getTime() !== created) bad.push('updatedAt');
        return bad.length > 0 ? [`${r.customerNumber}: ${bad.join(', ')}`] : [];
      });
      expect(problems).toEqual([]);
    });

    it('maps to one value per COPY column', () => {
      expect(customerRow(rows[0])).toHaveLength(CUSTOMER_COLUMNS.length);
      expect(customerRow(rows[0])[CUSTOMER_COLUMNS.indexOf('customer_number')]).toBe('C00000001');
    });
  });

  describe('distributions (20,000 rows)', () => {
    const ages = rows.map((r) => ageOn(r.birthDate, TODAY));

    it('has an adult age pyramid: median about 50, an old-age tail', () => {
      expect(median(ages)).toBeGreaterThanOrEqual(47);
      expect(median(ages)).toBeLessThanOrEqual(53);
      expect(share(ages, (a) => a < 30)).toBeGreaterThan(11);
      expect(share(ages, (a) => a < 30)).toBeLessThan(16);
      expect(share(ages, (a) => a >= 65)).toBeGreaterThan(16);
      expect(share(ages, (a) => a >= 65)).toBeLessThan(21);
      expect(share(ages, (a) => a >= 80)).toBeLessThan(share(ages, (a) => a >= 50 && a < 55));
    });

    it('has about as many women as men, more women among the oldest', () => {
      expect(share(rows, (r) => r.gender === Gender.FEMALE)).toBeGreaterThan(48);
      expect(share(rows, (r) => r.gender === Gender.FEMALE)).toBeLessThan(53);
      const oldest = rows.filter((_, i) => ages[i] >= 80);
      expect(share(oldest, (r) => r.gender === Gender.FEMALE)).toBeGreaterThan(56);
    });

    it.each([
      [Region.GYEONGGI, 25, 28.5],
      [Region.SEOUL, 16.5, 20],
      [Region.BUSAN, 5.6, 7.2],
      [Region.SEJONG, 0.5, 1.2],
    ])('puts %s customers within %d–%d %%', (region, low, high) => {
      const pct = share(rows, (r) => r.region === region);
      expect(pct).toBeGreaterThan(low);
      expect(pct).toBeLessThan(high);
    });

    it('reproduces the household-size distribution, conditioned on age', () => {
      const bands: [string, (size: number) => boolean, number][] = [
        ['1', (s) => s === 1, 35.5],
        ['2', (s) => s === 2, 28.8],
        ['3', (s) => s === 3, 19.2],
        ['4', (s) => s === 4, 14.0],
        ['5+', (s) => s >= 5, 2.9],
      ];
      for (const [, test, target] of bands) {
        expect(Math.abs(share(rows, (r) => test(r.householdSize)) - target)).toBeLessThan(2);
      }
      const young = rows.filter((_, i) => ages[i] < 30);
      const forties = rows.filter((_, i) => ages[i] >= 40 && ages[i] < 50);
      expect(share(young, (r) => r.householdSize === 1)).toBeGreaterThan(50);
      expect(share(forties, (r) => r.householdSize >= 4)).toBeGreaterThan(28);
    });

    it('conditions employment on age: students young, retirees old', () => {
      const students = rows.filter((r) => r.employment === Employment.STUDENT);
      const retirees = rows.filter((r) => r.employment === Employment.RETIRED);
      expect(share(students, (r) => ageOn(r.birthDate, TODAY) < 30)).toBeGreaterThan(90);
      expect(share(retirees, (r) => ageOn(r.birthDate, TODAY) >= 60)).toBeGreaterThan(97);
      const employed = share(rows, (r) =>
        [
          Employment.SALARIED,
          Employment.PUBLIC_SECTOR,
          Employment.SELF_EMPLOYED,
          Employment.FREELANCER,
        ].includes(r.employment),
      );
      expect(employed).toBeGreaterThan(58);
      expect(employed).toBeLessThan(70);
      const homemakers = rows.filter((r) => r.employment === Employment.HOMEMAKER);
      expect(share(homemakers, (r) => r.gender === Gender.FEMALE)).toBeGreaterThan(85);
    });

    it('draws incomes by employment: salaried median 30–35 million, none for most students', () => {
      const incomes = (e: Employment): number[] =>
        rows.filter((r) => r.employment === e).map((r) => r.annualIncome);
      expect(median(incomes(Employment.SALARIED))).toBeGreaterThanOrEqual(30_000_000);
      expect(median(incomes(Employment.SALARIED))).toBeLessThanOrEqual(35_000_000);
      expect(median(incomes(Employment.PUBLIC_SECTOR))).toBeGreaterThan(median(incomes(Employment.SALARIED)));
      expect(median(incomes(Employment.STUDENT))).toBe(0);
      expect(median(incomes(Employment.UNEMPLOYED))).toBe(0);
      expect(median(incomes(Employment.RETIRED))).toBeGreaterThanOrEqual(8_000_000);
      expect(median(incomes(Employment.RETIRED))).toBeLessThanOrEqual(15_000_000);
      const salariedByAge = (from: number, to: number): number =>
        median(
          rows
            .filter((r, i) => r.employment === Employment.SALARIED && ages[i] >= from && ages[i] < to)
            .map((r) => r.annualIncome),
        );
      expect(salariedByAge(45, 55)).toBeGreaterThan(1.4 * salariedByAge(19, 30));
    });

    it('skews credit scores high with a tail, mildly tied to income and age', () => {
      const scores = rows.map((r) => r.creditScore);
      expect(median(scores)).toBeGreaterThanOrEqual(850);
      expect(median(scores)).toBeLessThanOrEqual(900);
      expect(share(scores, (s) => s < 600)).toBeGreaterThan(2);
      expect(share(scores, (s) => s < 600)).toBeLessThan(9);
      const incomeMedian = median(rows.map((r) => r.annualIncome));
      const richer = rows.filter((r) => r.annualIncome > 2 * incomeMedian).map((r) => r.creditScore);
      const noIncome = rows.filter((r) => r.annualIncome === 0).map((r) => r.creditScore);
      expect(median(richer) - median(noIncome)).toBeGreaterThan(15);
      expect(median(richer) - median(noIncome)).toBeLessThan(120); // mild, not a step
      const young = rows.filter((_, i) => ages[i] < 25).map((r) => r.creditScore);
      expect(median(young)).toBeLessThan(median(scores));
    });

    it.each([
      ['김', 20.5, 22.5],
      ['이', 13.8, 15.6],
      ['박', 7.7, 9.1],
      ['최', 4.2, 5.2],
    ])('gives surname %s a %d–%d %% share', (surname, low, high) => {
      const pct = share(rows, (r) => r.name.startsWith(surname)); // no two-syllable surname starts with these
      expect(pct).toBeGreaterThan(low);
      expect(pct).toBeLessThan(high);
    });

    it('uses gendered given names and leaves most e-mail addresses empty', () => {
      const maleGiven = new Set(rows.filter((r) => r.gender === Gender.MALE).map((r) => r.name.slice(-2)));
      expect(maleGiven.has('순자')).toBe(false);
      expect(share(rows, (r) => r.email !== null)).toBeGreaterThan(27);
      expect(share(rows, (r) => r.email !== null)).toBeLessThan(33);
      expect(new Set(rows.map((r) => r.name)).size).toBeGreaterThan(8_000);
    });
  });
});

describe('romanizeHangul', () => {
  it('spells syllables by the Revised Romanization', () => {
    expect(romanizeHangul('민준')).toBe('minjun');
    expect(romanizeHangul('서연')).toBe('seoyeon');
    expect(romanizeHangul('영희')).toBe('yeonghui');
    expect(romanizeHangul('혁철')).toBe('hyeokcheol');
    expect(romanizeHangul('A-1')).toBe('A-1');
  });
});
