import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

// FAQ entries and intent example phrases as data (issue 17). The staff FAQ bot's fixed answers (one per figure of
// an import summary, in the order its code tried them) are seeded as entries whose answers cite the latest import
// with placeholders, so the bot answers as before until an ADMIN changes them. No intent phrases are seeded: the
// trained intent model alone decides until an ADMIN adds some. faq_catalogue holds the one catalogue version that
// every change bumps (replicas cache the catalogue by it).
const SEED: [string, number, string[], string[], string, string][] = [
  [
    'average-order',
    10,
    ['평균 주문', '객단가', '주문당'],
    ['average order', 'average basket', 'average invoice', 'aov'],
    '평균 주문금액(총액 ÷ 인보이스 수)은 {{import.averageOrder}}입니다.',
    'Average order value (total ÷ invoices): {{import.averageOrder}}.',
  ],
  [
    'top',
    20,
    ['상위', '가장 많', '가장 큰', '가장 높', '1위', '최고'],
    ['top', 'best', 'largest', 'biggest'],
    '{{import.breakdownBy}} 기준 1위는 {{import.topKey}}으로/로 {{import.topRows}}, 금액 {{import.topAmount}}입니다.',
    'Top {{import.breakdownBy}}: {{import.topKey}} with {{import.topRows}}, amount {{import.topAmount}}.',
  ],
  [
    'cancellations',
    30,
    ['취소', '반품', '환불'],
    ['cancel', 'refund', 'return'],
    '취소(환불) 건수는 {{import.cancellations}}건입니다.',
    'Cancellations: {{import.cancellations}}.',
  ],
  [
    'invoices',
    40,
    ['인보이스', '송장', '주문 수', '주문 건수', '주문 몇'],
    ['invoice', 'order'],
    '인보이스(주문) 수는 {{import.invoices}}건이며, 그중 취소 {{import.cancellations}}건입니다.',
    'Invoices: {{import.invoices}}, of which {{import.cancellations}} cancelled.',
  ],
  [
    'customers',
    50,
    ['고객 수', '고객 몇', '고객이 몇', '몇 명'],
    ['customer', 'client'],
    '고객 수(중복 제외)는 {{import.distinctCustomers}}명입니다.',
    'Distinct customers: {{import.distinctCustomers}}.',
  ],
  [
    'revenue',
    60,
    ['총 매출', '매출', '총액', '합계', '금액'],
    ['revenue', 'sales', 'total amount', 'turnover'],
    '최신 {{import.target}} 업로드의 총액(총매출)은 {{import.totalAmount}}입니다.',
    'Total amount of the latest {{import.target}} import: {{import.totalAmount}}.',
  ],
  [
    'quantity',
    70,
    ['수량'],
    ['quantity', 'units'],
    '총 수량은 {{import.totalQuantity}}입니다.',
    'Total quantity: {{import.totalQuantity}}.',
  ],
  [
    'rows',
    80,
    ['행', '줄', '건수', '레코드'],
    ['row', 'line', 'record'],
    '가져온 행 수는 {{import.rowsImported}}행입니다.',
    'Rows imported: {{import.rowsImported}}.',
  ],
];

export class FaqCatalogue1767730000000 implements MigrationInterface {
  name = 'FaqCatalogue1767730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE faq_catalogue (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version integer NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`INSERT INTO faq_catalogue (id, version, updated_at) VALUES (true, 1, now())`);
    await q.query(`
      CREATE TABLE faq_entry (
        id uuid PRIMARY KEY,
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
        questions_ko text[] NOT NULL,
        questions_en text[] NOT NULL,
        answer_ko text NOT NULL CHECK (length(answer_ko) BETWEEN 1 AND 2000),
        answer_en text NOT NULL CHECK (length(answer_en) BETWEEN 1 AND 2000),
        priority integer NOT NULL DEFAULT 100,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (cardinality(questions_ko) + cardinality(questions_en) >= 1)
      )`);
    await q.query(`
      CREATE TABLE intent_phrase (
        id uuid PRIMARY KEY,
        intent text NOT NULL,
        language text NOT NULL CHECK (language IN ('ko', 'en')),
        phrase text NOT NULL CHECK (length(phrase) BETWEEN 1 AND 200),
        normalised text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One active phrase per normalised text: the same words cannot name two intents.
    await q.query(`CREATE UNIQUE INDEX intent_phrase_active_uq ON intent_phrase (normalised) WHERE active`);
    for (const [key, priority, ko, en, answerKo, answerEn] of SEED)
      await q.query(
        `INSERT INTO faq_entry (id, key, questions_ko, questions_en, answer_ko, answer_en, priority, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
        [randomUUID(), key, ko, en, answerKo, answerEn, priority],
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intent_phrase`);
    await q.query(`DROP TABLE faq_entry`);
    await q.query(`DROP TABLE faq_catalogue`);
  }
}
