import { fromGlobalId } from '../src/common/global-id';
import { DEMO, startTestApp, TestApp } from './support/app';
import { send, StreamEvent, streamAll } from './support/chat';
import { FakeOpenAi, startFakeOpenAi } from './support/fake-openai';

// The chat engine through the REAL counselling pipeline (src/modules/chat/counsel), offline counsellor: the
// demo customer's worried question gets a data-grounded finance answer with scenario and emotion, audited.

describe('chat through the counselling pipeline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CHAT_OFFLINE_TOKEN_DELAY_MS: '0' });
  });
  afterAll(() => t?.stop());

  it('answers a worried Korean repayment question with a finance answer, scenario and emotion', async () => {
    const token = await t.login(DEMO.customer);
    const sent = await send(t, token, '대출 상환이 너무 걱정돼요');
    const events: StreamEvent[] = await streamAll(t.ws(token), sent.assistantMessage.id);
    const deltas = events.filter((e) => !e.done).map((e) => e.delta);
    const message = events.at(-1)!.message!;
    expect(deltas.length).toBeGreaterThan(5);
    expect(message).toMatchObject({
      status: 'COMPLETE',
      provider: 'offline',
      fallback: false,
      language: 'ko',
      topic: { topic: 'FINANCE' },
      text: deltas.join(''),
      tokenCount: deltas.length,
    });
    expect(message.text).toMatch(/[가-힣]/u);
    expect(message.emotion!.label).toBe('ANXIOUS');
    expect(message.emotion!.intensity).toBeGreaterThan(0);
    expect(message.scenario).not.toBeNull();
    expect(message.scenario!.probability).toBeGreaterThanOrEqual(0);
    expect(message.scenario!.probability).toBeLessThanOrEqual(1);
    expect(message.scenario!.keyMetrics.length).toBeGreaterThan(0);
    expect(message.toolsUsed.length).toBeGreaterThan(0);
    expect(message.citations.length).toBeGreaterThan(0);
    const [audit] = await t.app.container.dataSource.query(
      'SELECT answer_kind, scenario_label, threshold_version, customer_id, audit_data FROM advice_audit WHERE message_id = $1',
      [fromGlobalId(sent.assistantMessage.id).id],
    );
    expect(audit.scenario_label).toBe(message.scenario!.label);
    expect(audit.threshold_version).toBe(message.scenario!.thresholdVersion);
    expect(['COUNSEL', 'FORECAST']).toContain(audit.answer_kind);
    expect(audit.customer_id).not.toBeNull();

    // The same question again streams from the answer cache, identical.
    const again = await send(t, token, '대출 상환이 너무 걱정돼요');
    const repeat = (await streamAll(t.ws(token), again.assistantMessage.id)).at(-1)!.message!;
    expect(repeat).toMatchObject({ provider: 'cache', text: message.text, status: 'COMPLETE' });
  });

  it('answers general chat in English without finance data', async () => {
    const token = await t.login(DEMO.customer);
    const sent = await send(t, token, 'Hello! How are you today?');
    const message = (await streamAll(t.ws(token), sent.assistantMessage.id)).at(-1)!.message!;
    expect(message).toMatchObject({
      status: 'COMPLETE',
      language: 'en',
      topic: { topic: 'GENERAL' },
      scenario: null,
    });
    expect(message.text.length).toBeGreaterThan(0);
  });
});

describe('chat through the counselling pipeline with a model asking for tools', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await startTestApp({
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: 'fake-model',
      LLM_RETRY_BASE_MS: '10',
      CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
    });
  });
  afterAll(async () => {
    await t?.stop();
    await fake?.stop();
  });

  it("executes only allowlisted tools for the session customer and never sends another customer's data", async () => {
    const session = await t.demoSession();
    const other = await t.request<{ node: { name: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Customer { name } } }',
      { id: session.otherCustomerId },
      session.analyst,
    );
    const otherName = other.data!.node.name;
    fake.enqueue(
      {
        kind: 'tool_calls',
        calls: [
          { name: 'get_loans', arguments: JSON.stringify({ customerId: session.otherCustomerId }) },
          { name: 'get_loans', arguments: '{}' },
          { name: 'drop_database', arguments: '{}' },
        ],
      },
      { kind: 'text', tokens: ['대출', ' 현황을', ' 확인했어요.'] },
    );
    const sent = await send(t, session.customer, '내 대출 목록 보여줘');
    const events = await streamAll(t.ws(session.customer), sent.assistantMessage.id);
    const message = events.at(-1)!.message!;
    expect(message).toMatchObject({
      status: 'COMPLETE',
      provider: 'openai-compatible:fake-model',
      text: events
        .filter((e) => !e.done)
        .map((e) => e.delta)
        .join(''),
    });
    expect(message.toolsUsed).toContain('get_loans');
    expect(message.toolsUsed).not.toContain('drop_database');
    const toolMessages = fake.requests.at(-1)!.body.messages.filter((m) => m.role === 'tool');
    expect(toolMessages).toHaveLength(3);
    expect(toolMessages[0].content).toMatch(/signed-in customer/);
    expect(toolMessages[2].content).not.toMatch(/loan/i);
    // Nothing the model received names the other customer.
    expect(JSON.stringify(fake.requests.map((r) => r.body))).not.toContain(otherName);
    // The model was offered only allowlisted tools.
    const offered = fake.requests.at(-2)!.body.tools!.map((x) => x.function.name);
    expect(offered).toContain('get_loans');
    expect(offered).not.toContain('drop_database');
  });

  it("streams a repeated question from the answer cache, read while the model is asked, never the model's deltas", async () => {
    const session = await t.demoSession();
    const question = '다음 달 납입액이 얼마인지 알려 주세요';
    fake.enqueue({ kind: 'text', tokens: ['다음', ' 납입액을', ' 안내해', ' 드릴게요.'] });
    const first = await send(t, session.customer, question);
    const answer = (await streamAll(t.ws(session.customer), first.assistantMessage.id)).at(-1)!.message!;
    expect(answer).toMatchObject({ provider: 'openai-compatible:fake-model', status: 'COMPLETE' });
    expect(answer.text).toBe('다음 납입액을 안내해 드릴게요.');
    // Asked again: the model is asked too (the cache is read beside it), but its different answer never streams.
    const asked = fake.requests.length;
    fake.enqueue({ kind: 'text', tokens: ['다른', ' 답'], delayMs: 50 });
    const again = await send(t, session.customer, question);
    const events = await streamAll(t.ws(session.customer), again.assistantMessage.id);
    const repeat = events.at(-1)!.message!;
    expect(repeat).toMatchObject({ provider: 'cache', status: 'COMPLETE', text: answer.text });
    expect(
      events
        .filter((e) => !e.done)
        .map((e) => e.delta)
        .join(''),
    ).toBe(answer.text);
    expect(fake.requests.length).toBe(asked + 1);
  });

  it("streams the crisis lines before the model's answer to a message that speaks of self-harm", async () => {
    const session = await t.demoSession();
    const tokens = ['상환', ' 방법을', ' 함께', ' 찾아봐요.'];
    fake.enqueue({ kind: 'text', tokens });
    const sent = await send(t, session.customer, '빚 때문에 죽고 싶어요');
    const events = await streamAll(t.ws(session.customer), sent.assistantMessage.id);
    const message = events.at(-1)!.message!;
    expect(message.provider).toBe('openai-compatible:fake-model');
    expect(message.text.startsWith('지금 많이 힘드시다는 말씀이')).toBe(true);
    expect(message.text).toContain('☎ 109');
    expect(message.text.endsWith(tokens.join(''))).toBe(true);
  });
});
