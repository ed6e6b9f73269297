import { startTestApp, TestApp } from './support/app';
import { ClassifyMessageDocument } from './generated/operations';

describe('classifyMessage', () => {
  let t: TestApp;
  let customer: string;
  let analyst: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ customer, analyst } = await t.demoSession());
  });
  afterAll(() => t.stop());

  it('routes a Korean repayment-trouble message to FINANCE / REPAYMENT_TROUBLE and reads the anxiety', async () => {
    const res = await t.execute(
      ClassifyMessageDocument,
      { text: '대출 연체돼서 너무 불안해요 ㅠㅠ' },
      customer,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.classifyMessage;
    expect(c.topic).toBe('FINANCE');
    expect(c.confidence).toBeGreaterThan(0.9);
    expect(c.intent!.label).toBe('REPAYMENT_TROUBLE');
    expect(c.alternatives).toHaveLength(3);
    expect(c.alternatives.map((a) => a.label)).not.toContain('REPAYMENT_TROUBLE');
    expect(c.emotion.label).toBe('ANXIOUS');
    expect(c.emotion.intensity).toBeGreaterThan(0.3);
    const s = c.emotion.scores;
    expect(s.anxious + s.frustrated + s.sad + s.neutral + s.hopeful).toBeCloseTo(1, 3);
    expect(c.language).toBe('KO');
    expect(c.modelVersion).toMatch(/^topic-[0-9a-f]{12}\+emotion-[0-9a-f]{12}$/);
  });

  it('leaves general chat without an intent, in English and mixed text too', async () => {
    const general = await t.execute(ClassifyMessageDocument, { text: '오늘 점심 뭐 먹지' }, analyst);
    expect(general.data!.classifyMessage).toMatchObject({ topic: 'GENERAL', intent: null, language: 'KO' });
    const en = await t.execute(
      ClassifyMessageDocument,
      { text: 'how much can I borrow with my income' },
      customer,
    );
    expect(en.data!.classifyMessage).toMatchObject({ topic: 'FINANCE', language: 'EN' });
    expect(en.data!.classifyMessage.intent!.label).toBe('LOAN_LIMIT');
    const mixed = await t.execute(
      ClassifyMessageDocument,
      { text: '대환 refinancing 하면 이득일까요?' },
      customer,
    );
    expect(mixed.data!.classifyMessage).toMatchObject({ topic: 'FINANCE', language: 'MIXED' });
    expect(mixed.data!.classifyMessage.intent!.label).toBe('REFINANCE');
  });

  it('needs a signed-in user', async () => {
    const res = await t.execute(ClassifyMessageDocument, { text: '안녕' });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('rejects empty and oversized text with BAD_USER_INPUT naming the field', async () => {
    for (const text of ['', '   ', 'x'.repeat(100_000)]) {
      const res = await t.execute(ClassifyMessageDocument, { text }, customer);
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'text' }],
      });
    }
  });

  it('refuses binary garbage with a coded error naming the argument (the input policy), never crashing', async () => {
    const res = await t.execute(
      ClassifyMessageDocument,
      { text: '\u0000\u0001\ufffd\ufffd\u0007 ÿþ' },
      customer,
    );
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text', message: 'must not contain NUL or other control characters' }],
    });
    // Replacement characters alone are text, not control characters: classified as usual.
    const replaced = await t.execute(ClassifyMessageDocument, { text: '\ufffd\ufffd ÿþ' }, customer);
    expect(['GENERAL', 'FINANCE']).toContain(replaced.data!.classifyMessage.topic);
  });
});
