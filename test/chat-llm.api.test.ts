import { fromGlobalId } from '../src/common/global-id';
import type { ChatMessageStreamSubscription } from './generated/operations';
import { send, STREAM, StreamEvent, streamAll } from './support/chat';
import { DEMO, startTestApp, subscribe, TestApp } from './support/app';
import { testCounsellor, testReply, TestCounsellor, TEST_TOOL } from './support/chat-counsellor';
import { FakeOpenAi, startFakeOpenAi } from './support/fake-openai';

// The chat engine with an OpenAI-compatible model (the fake server): retries before the first token, a stream
// cut mid-way (offline fallback, flagged, or FAILED), tool rounds through the counsellor, the review appendix,
// and a subscriber that reconnects mid-message. In every case the stored text is the concatenation of the
// streamed deltas, each delivered exactly once.

const llmEnv = (fake: FakeOpenAi, fallback: 'offline' | 'fail') => ({
  LLM_BASE_URL: fake.baseUrl,
  LLM_MODEL: 'fake-model',
  LLM_API_KEY: 'test-key',
  LLM_FALLBACK: fallback,
  LLM_MAX_RETRIES: '2',
  LLM_RETRY_BASE_MS: '10',
  LLM_FIRST_TOKEN_TIMEOUT_MS: '5000',
  LLM_IDLE_TIMEOUT_MS: '5000',
  CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
  CHAT_MESSAGES_PER_MINUTE: '1000',
});

function checkStream(events: StreamEvent[]) {
  const deltas = events.filter((e) => !e.done);
  const final = events.at(-1)!;
  expect(deltas.map((e) => e.index)).toEqual(deltas.map((_, i) => i));
  expect(final.done).toBe(true);
  expect(final.index).toBe(deltas.length);
  expect(final.message!.text).toBe(deltas.map((e) => e.delta).join(''));
  expect(final.message!.tokenCount).toBe(deltas.length);
  return { deltas: deltas.map((e) => e.delta!), message: final.message! };
}

describe('chat with an LLM (fallback: offline)', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let counsellor: TestCounsellor;
  let token: string;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    counsellor = testCounsellor();
    t = await startTestApp(llmEnv(fake, 'offline'), { counsellor });
    token = await t.login(DEMO.customer);
  });
  afterAll(async () => {
    await t?.stop();
    await fake?.stop();
  });

  it('retries two 429s before the first token, then streams every token once', async () => {
    const tokens = ['상환', ' 부담이', ' 크시죠.', ' 월', ' 상환액을', ' 함께', ' 줄여', ' 봐요.'];
    const before = fake.requests.length;
    fake.enqueue(
      { kind: 'status', status: 429 },
      { kind: 'status', status: 429 },
      { kind: 'text', tokens, delayMs: 10 },
    );
    const sent = await send(t, token, '대출 상환이 너무 걱정돼요');
    const { deltas, message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(fake.requests.length - before).toBe(3);
    expect(deltas).toEqual(tokens);
    expect(message).toMatchObject({
      status: 'COMPLETE',
      provider: 'openai-compatible:fake-model',
      fallback: false,
      text: tokens.join(''),
      scenario: { label: 'DEBT_BURDEN' },
    });
    // The model got the counsellor's prompt and only the turn's allowlisted tools.
    const request = fake.requests.at(-1)!.body;
    expect(request.model).toBe('fake-model');
    expect(request.messages.at(-1)).toMatchObject({ role: 'user', content: '대출 상환이 너무 걱정돼요' });
    expect(request.tools!.map((x) => x.function.name)).toEqual([TEST_TOOL.name]);
  });

  it('falls back to the offline counsellor, flagged, when the stream is cut mid-way', async () => {
    const tokens = ['Your', ' loans', ' are', ' manageable', ' if', ' you', ' keep', ' paying.'];
    fake.enqueue({ kind: 'cut', tokens, after: 4, delayMs: 5 });
    const question = 'Can I keep up with my loan repayments?';
    const sent = await send(t, token, question);
    const { message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(message).toMatchObject({ status: 'COMPLETE', provider: 'offline', fallback: true });
    // The cut answer is never taken back: the offline reply continues after a paragraph break.
    expect(message.text).toBe(`${tokens.slice(0, 4).join('')}\n\n${testReply(question)}`);
    const [audit] = await t.app.container.dataSource.query(
      'SELECT fallback, provider FROM advice_audit WHERE message_id = $1',
      [fromGlobalId(sent.assistantMessage.id).id],
    );
    expect(audit).toEqual({ fallback: true, provider: 'offline' });
  });

  it('answers with the offline counsellor, flagged, when the model never answers (retries exhausted)', async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })));
    const question = 'What about my loan payments this month?';
    const sent = await send(t, token, question);
    const { message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(message).toMatchObject({
      status: 'COMPLETE',
      provider: 'offline',
      fallback: true,
      text: testReply(question),
    });
  });

  it('gives a subscriber that reconnects mid-message every token exactly once', async () => {
    const tokens = Array.from({ length: 30 }, (_, i) => ` t${i}`);
    fake.enqueue({ kind: 'text', tokens, delayMs: 25 });
    const sent = await send(t, token, 'Tell me about my loan schedule, slowly');
    const id = sent.assistantMessage.id;
    const first = t.ws(token);
    const sub = subscribe<ChatMessageStreamSubscription>(first, STREAM, { messageId: id });
    await sub.next(5);
    await first.dispose(); // the network drops
    const seen = sub.results.map((r) => r.chatMessageStream);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.some((e) => e.done)).toBe(false);
    // A subscriber asking from far beyond the live end gets only the final event when it comes.
    const ahead = streamAll(t.ws(token), id, 1_000);
    const last = seen.at(-1)!.index;
    const rest = await streamAll(t.ws(token), id, last);
    expect(rest[0].index).toBe(last + 1);
    const { deltas, message } = checkStream([...seen, ...rest]);
    expect(deltas).toEqual(tokens);
    expect(message).toMatchObject({ status: 'COMPLETE', text: tokens.join('') });
    expect(await ahead).toEqual([[...seen, ...rest].at(-1)]);
  });

  it('runs allowlisted tool calls through the counsellor with the session customer, then answers', async () => {
    fake.enqueue(
      {
        kind: 'tool_calls',
        calls: [
          { name: 'get_loans', arguments: '{}' },
          { name: 'transfer_money', arguments: '{"customerId":"someone-else"}' },
        ],
      },
      { kind: 'text', tokens: ['You', ' have', ' two', ' loans.'] },
    );
    const calls = counsellor.toolCalls.length;
    const sent = await send(t, token, 'How many loans do I have?');
    const { message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(message).toMatchObject({ text: 'You have two loans.', toolsUsed: ['get_loans'] });
    const made = counsellor.toolCalls.slice(calls);
    expect(made.map((c) => c.name)).toEqual(['get_loans', 'transfer_money']);
    const session = counsellor.prepared.at(-1)!.customerId;
    expect(made.every((c) => c.customerId === session)).toBe(true);
    // The second model request carries the tool results, the refused one saying so.
    const followUp = fake.requests.at(-1)!.body.messages.filter((m) => m.role === 'tool');
    expect(followUp.map((m) => m.tool_call_id)).toEqual(['call_0', 'call_1']);
    expect(followUp[1].content).toContain('not allowed');
  });

  it("streams the counsellor's review appendix after an answer that promises too much", async () => {
    const tokens = ['We', ' guarantee', ' approval.'];
    fake.enqueue({ kind: 'text', tokens });
    const sent = await send(t, token, 'Will my loan refinance be approved?');
    const { message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(message.text).toBe(`We guarantee approval.\n\n${counsellor.appendix}`);
    const [audit] = await t.app.container.dataSource.query(
      'SELECT review_flags FROM advice_audit WHERE message_id = $1',
      [fromGlobalId(sent.assistantMessage.id).id],
    );
    expect(audit.review_flags).toEqual(['PROMISE']);
  });
});

describe('chat with an LLM (fallback: fail)', () => {
  let fake: FakeOpenAi;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await startTestApp(llmEnv(fake, 'fail'), { counsellor: testCounsellor() });
  });
  afterAll(async () => {
    await t?.stop();
    await fake?.stop();
  });

  it('ends the message FAILED with the reason, keeping exactly the tokens streamed', async () => {
    const token = await t.login(DEMO.customer);
    const tokens = ['One', ' two', ' three', ' four', ' five', ' six'];
    fake.enqueue({ kind: 'cut', tokens, after: 3, delayMs: 5 });
    const sent = await send(t, token, 'Explain my loan interest please');
    const { deltas, message } = checkStream(await streamAll(t.ws(token), sent.assistantMessage.id));
    expect(deltas).toEqual(tokens.slice(0, 3));
    expect(message).toMatchObject({ status: 'FAILED', fallback: false, text: 'One two three' });
    expect(message.failureReason).toMatch(/^STREAM_CUT/);
    // Nothing streamed at all (500s until the retries run out): FAILED too, with no text.
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 500 })));
    const down = await send(t, token, 'Explain my loan fees please');
    const failed = checkStream(await streamAll(t.ws(token), down.assistantMessage.id));
    expect(failed.message).toMatchObject({ status: 'FAILED', text: '', tokenCount: 0 });
    expect(failed.message.failureReason).toMatch(/^UNAVAILABLE/);
  });
});

describe('chat with an LLM: the model is asked while the send is written', () => {
  let fake: FakeOpenAi;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await startTestApp(
      { ...llmEnv(fake, 'fail'), CHAT_MAX_CONCURRENT_STREAMS: '1' },
      { counsellor: testCounsellor() },
    );
  });
  afterAll(async () => {
    await t?.stop();
    await fake?.stop();
  });

  const SEND_RAW = `mutation ($text: String!) { sendChatMessage(input: { text: $text }) {
    __typename ... on SendChatMessagePayload { assistantMessage { id } } ... on ChatLimitError { limit } } }`;
  const COUNT = '{ conversations(first: 1) { totalCount } }';

  it('sends racing for the last answer slot: one answers, the others write and stream nothing and their model requests stop', async () => {
    const token = await t.login(DEMO.customer);
    const count = async () =>
      (await t.request<{ conversations: { totalCount: number } }>(COUNT, {}, token)).data!.conversations
        .totalCount;
    const before = await count();
    const requestsBefore = fake.requests.length;
    // Slow enough that every racing request is still open when the transactions have decided.
    fake.fallback = { kind: 'text', tokens: ['하나', ' 둘', ' 셋'], delayMs: 300 };
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        t.request<{
          sendChatMessage: { __typename: string; assistantMessage?: { id: string }; limit?: string };
        }>(SEND_RAW, { text: `대출 상환 계획이 궁금해요 ${i}` }, token),
      ),
    );
    const kinds = results.map((r) => r.data!.sendChatMessage.__typename).sort();
    expect(kinds).toEqual(['ChatLimitError', 'ChatLimitError', 'ChatLimitError', 'SendChatMessagePayload']);
    for (const r of results)
      if (r.data!.sendChatMessage.__typename === 'ChatLimitError')
        expect(r.data!.sendChatMessage.limit).toBe('CONCURRENT_STREAMS');
    const winner = results.find((r) => r.data!.sendChatMessage.assistantMessage)!.data!.sendChatMessage
      .assistantMessage!.id;
    const { deltas, message } = checkStream(await streamAll(t.ws(token), winner));
    expect(deltas).toEqual(['하나', ' 둘', ' 셋']);
    expect(message.status).toBe('COMPLETE');
    // Exactly one conversation was written; a refused send that had already asked the model (it lost the race
    // inside the transaction) closed that request without streaming anything.
    expect(await count()).toBe(before + 1);
    const raced = fake.requests.slice(requestsBefore);
    expect(raced.filter((r) => !r.closedByClient)).toHaveLength(1);
  });
});
