// The enums file itself, not the module's index: the staging workers load the targets and must stay light.
import { Employment, Gender } from '../../customers/customer.enums';
import {
  parseAmount,
  parseChoice,
  parseDate,
  parseEmail,
  parseInteger,
  parseRegion,
  parseText,
} from '../normalize';
import type { ImportTarget, TargetField } from './import-target';

const GENDER_ALIASES: Record<string, Gender> = {
  남: Gender.MALE,
  남성: Gender.MALE,
  남자: Gender.MALE,
  m: Gender.MALE,
  male: Gender.MALE,
  여: Gender.FEMALE,
  여성: Gender.FEMALE,
  여자: Gender.FEMALE,
  f: Gender.FEMALE,
  female: Gender.FEMALE,
};

const EMPLOYMENT_ALIASES: Record<string, Employment> = {
  회사원: Employment.SALARIED,
  직장인: Employment.SALARIED,
  공무원: Employment.PUBLIC_SECTOR,
  자영업: Employment.SELF_EMPLOYED,
  자영업자: Employment.SELF_EMPLOYED,
  프리랜서: Employment.FREELANCER,
  학생: Employment.STUDENT,
  주부: Employment.HOMEMAKER,
  은퇴: Employment.RETIRED,
  퇴직: Employment.RETIRED,
  무직: Employment.UNEMPLOYED,
};

const CUSTOMER_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

const fields: TargetField[] = [
  {
    name: 'customer_number',
    description: 'Bank customer number (natural key: an existing number is not imported again).',
    required: true,
    pgType: 'text',
    parse: (cell) => {
      const text = String(cell ?? '')
        .trim()
        .toUpperCase();
      return CUSTOMER_NUMBER.test(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `"${String(cell)}" is not a customer number (3–32 letters, digits, -)` };
    },
  },
  {
    name: 'name',
    description: 'Full name.',
    required: true,
    pgType: 'text',
    parse: (cell) => parseText(cell, 100),
  },
  {
    name: 'email',
    description: 'E-mail address.',
    required: false,
    pgType: 'text',
    parse: (c) => parseEmail(c),
  },
  {
    name: 'birth_date',
    description: 'Date of birth (many date formats, Excel serials).',
    required: true,
    pgType: 'date',
    parse: (cell, ctx) => {
      const r = parseDate(cell, ctx.dateOrder);
      if (!r.ok) return r;
      return r.value < '1900-01-01' ? { ok: false, reason: `${r.value} is before 1900` } : r;
    },
  },
  {
    name: 'gender',
    description: 'MALE/FEMALE, M/F or 남/여.',
    required: true,
    pgType: 'text',
    parse: (cell) => parseChoice(cell, Object.values(Gender), GENDER_ALIASES),
  },
  {
    name: 'region',
    description: 'Region code or Korean name (서울, 경기도, 강원특별자치도…).',
    required: true,
    pgType: 'text',
    parse: (cell) => parseRegion(cell),
  },
  {
    name: 'household_size',
    description: 'People in the household (1–20).',
    required: true,
    pgType: 'integer',
    parse: (cell) => parseInteger(cell, 1, 20),
  },
  {
    name: 'employment',
    description: 'Employment code or Korean name (회사원, 자영업…).',
    required: true,
    pgType: 'text',
    parse: (cell) => parseChoice(cell, Object.values(Employment), EMPLOYMENT_ALIASES),
  },
  {
    name: 'annual_income',
    description: 'Annual income in whole won (₩, 원 and thousands separators accepted; not negative).',
    required: true,
    pgType: 'numeric(18,0)',
    parse: (cell) => {
      const r = parseAmount(cell, 0);
      if (!r.ok) return r;
      return r.value.startsWith('-') ? { ok: false, reason: `${r.value} is negative` } : r;
    },
  },
  {
    name: 'credit_score',
    description: 'Credit score 0–1000.',
    required: true,
    pgType: 'integer',
    parse: (cell) => parseInteger(cell, 0, 1000),
  },
];

const columns = fields.map((f) => f.name);

export const customersTarget: ImportTarget = {
  name: 'CUSTOMERS',
  description: 'Customers (our customer table); natural key customer_number, e-mail addresses stay unique.',
  fields,
  presets: {
    customers: columns.map((name) => ({ column: name, field: name })),
    // The Korean headers of the card-spending platform's customer seed.
    'customers-ko': [
      ['고객번호', 'customer_number'],
      ['이름', 'name'],
      ['이메일', 'email'],
      ['생년월일', 'birth_date'],
      ['성별', 'gender'],
      ['지역', 'region'],
      ['가구원수', 'household_size'],
      ['직업', 'employment'],
      ['연소득', 'annual_income'],
      ['신용점수', 'credit_score'],
    ].map(([column, field]) => ({ column, field })),
  },
  qualityChecks: [
    {
      name: 'future_birth_date',
      description: 'Born after the import date.',
      condition: 'birth_date > now()::date',
    },
    { name: 'zero_income', description: 'Annual income of 0.', condition: 'annual_income = 0' },
    { name: 'missing_email', description: 'No e-mail address.', condition: 'email IS NULL' },
  ],
  mergeSql: (stage) => `
    INSERT INTO customer (customer_number, name, email, birth_date, gender, region, household_size, employment,
                          annual_income, credit_score)
    SELECT ${columns.join(', ')} FROM ${stage} ORDER BY source_line
    ON CONFLICT DO NOTHING`,
  summary: (stage) => ({
    totals: { amount: 'sum(annual_income)::text' },
    customerField: 'customer_number',
    breakdown: {
      label: 'region',
      sql: `SELECT region AS key, count(*)::int AS rows, sum(annual_income)::text AS amount, NULL::text AS quantity
            FROM ${stage} GROUP BY region ORDER BY count(*) DESC, region LIMIT 20`,
    },
  }),
};
