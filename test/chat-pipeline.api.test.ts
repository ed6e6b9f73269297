import { fromGlobalId } from '../src/common/global-id';
import { DEMO, startTestApp, TestApp } from './support/app';
import { send, StreamEvent, streamAll } from './support/chat';

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
